/**
 * The registry of line kinds: one record per kind (kind.ts says what a record holds), grouped by
 * report section in the files imported below. `Readings` lists every kind with what its line
 * carries; KINDS must hold a complete record for each of them, or this file does not compile.
 */
import type { BalloonReadings } from './balloon';
import { BALLOON_KINDS } from './balloon';
import type { BugReadings } from './bug';
import { BUG_KINDS } from './bug';
import type { CallTraceReadings } from './callTrace';
import { CALL_TRACE_KINDS } from './callTrace';
import type { DumpStackReadings } from './dumpStack';
import { DUMP_STACK_KINDS } from './dumpStack';
import type { KillReadings } from './kill';
import { KILL_KINDS } from './kill';
import type { LineKind, Reading } from './kind';
import type { MemcgReadings } from './memcg';
import { MEMCG_KINDS } from './memcg';
import type { MemInfoReadings } from './memInfo';
import { MEM_INFO_KINDS } from './memInfo';
import type { NoiseReadings } from './noise';
import { NOISE_KINDS } from './noise';
import type { OpeningReadings } from './opening';
import { OPENING_KINDS } from './opening';
import type { PanicReadings } from './panic';
import { PANIC_KINDS } from './panic';
import type { TaskReadings } from './tasks';
import { TASK_KINDS } from './tasks';
import type { ZoneReadings } from './zones';
import { ZONE_KINDS } from './zones';

/** Every kind of line the builder understands, with what its reading carries. */
type Readings = OpeningReadings &
  DumpStackReadings &
  CallTraceReadings &
  MemInfoReadings &
  ZoneReadings &
  TaskReadings &
  MemcgReadings &
  KillReadings &
  PanicReadings &
  BugReadings &
  BalloonReadings &
  NoiseReadings;

export type ClassifiedKind = keyof Readings;

/** What a line was understood as: its kind and what it carries. */
export type Classified<K extends ClassifiedKind = ClassifiedKind> = { [P in K]: Reading<P, Readings[P]> }[K];

export const KINDS = {
  ...OPENING_KINDS,
  ...DUMP_STACK_KINDS,
  ...CALL_TRACE_KINDS,
  ...MEM_INFO_KINDS,
  ...ZONE_KINDS,
  ...TASK_KINDS,
  ...MEMCG_KINDS,
  ...KILL_KINDS,
  ...PANIC_KINDS,
  ...BUG_KINDS,
  ...BALLOON_KINDS,
  ...NOISE_KINDS,
} satisfies { [K in ClassifiedKind]: LineKind<Classified<K>> };

/**
 * The record of a reading's kind, typed for that reading. (TypeScript cannot follow a lookup by
 * `c.kind` to the matching record on its own; the mapped type above guarantees the match.)
 */
export function kindOf<C extends Classified>(c: C): LineKind<C> {
  return KINDS[c.kind] as unknown as LineKind<C>;
}

/** The record of a kind by name. */
export function lineKind(kind: ClassifiedKind): LineKind<Classified> {
  return KINDS[kind] as unknown as LineKind<Classified>;
}
