/**
 * The parts every kind of report line declares (see README.md). One record per kind holds how the
 * line is recognised, what it does to the event being built, how that is taken back when a
 * hard-wrap join finds a fuller reading, how it moves the section state, and what it means outside
 * an event or inside an allocation failure's dump. The registry (index.ts) is typed as a mapped type
 * over the kind union, so a kind that lacks a part does not compile.
 */
import { emptyMemcg } from '../build/emptyEvent';
import type { LogLine, MemcgInfo, OomEvent } from '../model';

/** Which multi-line block the last understood line belonged to; decides context-only lines. */
export type Section = 'none' | 'callTrace' | 'counters' | 'tasks' | 'memcgStats';

/** What recognition may depend on besides the line itself (see build/state.ts contextOf). */
export interface ClassifyContext {
  /** Columns of the task table currently being read, or null outside one. */
  taskColumns: string[] | null;
  /** Inside a v2 `Memory cgroup stats for` block (bare `key value` lines). */
  inMemcgStats: boolean;
  /** Bare Mem-Info counter lines are accepted (after `Mem-Info:` or while no counters were seen). */
  acceptCounters: boolean;
}

/**
 * The event being built, as far as a line kind may read or change it. The builder's own
 * bookkeeping (pending lines, the previous line for wrap joins, widths) is in build/state.ts.
 */
export interface EventInProgress {
  event: OomEvent;
  /** A kill line said `Memory cgroup out of memory`. */
  sawMemcgKillMessage: boolean;
  section: Section;
  taskColumns: string[] | null;
  /** True once a v1 `Memory cgroup stats for` line or a v2 block was taken (later ones are children). */
  statsTaken: boolean;
  /** A Mem-Info dump after the kill line: applied as the event's own, only recorded, or none yet (lateDumpLine). */
  lateDump: 'apply' | 'recorded' | null;
}

/** One recogniser. RECOGNITION_ORDER (order.ts) says when it is asked; the first that understands a line wins. */
export interface Rule<R> {
  /**
   * Characters a trimmed line this rule accepts can start with, or ANY. segment/classify.ts asks a
   * line only the rules its first character allows (segment/classify.test.ts proves it changes nothing).
   */
  starts: string | null;
  /** The reading, or null. A cheap substring test comes first: most lines are refused by it. */
  classify(text: string, line: number, ctx: ClassifyContext): R | null;
}

/** The rule may accept a line starting with any character. */
export const ANY = null;

/** What a line of this kind, seen while no event is open, does. */
export type Outside =
  /** The builder opens an event at it (the trigger line). */
  | 'opensEvent'
  /** The builder starts a page allocation failure at it. */
  | 'opensFailure'
  /** The builder attaches it to an earlier event (a late reaper line). */
  | 'joinsEarlierEvent'
  /** Only an OOM report prints it: it opens an event without a trigger (a `fragment`). */
  | 'opensFragment'
  /** Kept a while for the event that may follow (a balloon driver's line before a report). */
  | 'notedForNextEvent'
  /** Nothing: outside a report the line is someone else's. */
  | 'nothing';

/** The piece of text a wrapped tail may finish, as the wrap heuristics see it (build/wrap.ts). */
export interface CutText {
  /** The cut line's text (with any pieces already folded into it). */
  text: string;
  /** Its last physical piece. */
  lastPiece: string;
  /** How long that piece was where a wrap could cut it (its physical line's length for an escaped line's end). */
  lastPieceLength: number;
  /** The wrap width the piece is judged against. */
  widest: number;
}

/** What a hard-wrap join may do with a line of this kind that a tail completes (build/wrap.ts, build/core.ts). */
export type CutLine<R> =
  /** Never continued: short block headers and one-word lines end where they end. */
  | { takesTail: 'never' }
  /** The model keeps nothing of it: a tail is simply absorbed and the joined reading applied. */
  | { takesTail: 'absorbed' }
  /** The fuller joined reading replaces this one: `undo` takes back exactly what apply did. */
  | { takesTail: 'replaces'; undo(open: EventInProgress, old: R): void }
  /** As `replaces`, for readings the builder keeps itself (apply does not set them): replaced where they are. */
  | { takesTail: 'replacesOutOfBand'; replace(event: OomEvent, old: R, joined: R): void };

/** How hard-wrapped lines of this kind are joined (build/wrap.ts holds the general rules). */
export interface WrapPart<R> {
  cut: CutLine<R>;
  /** A reading of this kind made by joining two lines is believed; false when any text could read as it, or a test of the first piece. */
  joinedReading: boolean | ((firstPiece: string) => boolean);
  /** How much a reading understood, when the generic count (build/gain.ts weightOf) would mislead. */
  weight?(c: R): number;
  /** A tail that adds no modelled value still belongs to the cut line (it finishes fixed wording). */
  tailAddsNothingHarmless?(cut: CutText, tail: string, joinedText: string): boolean;
  /** Whether a parsed (not cut-looking) reading can take this tail at all. */
  mayTakeTail?(before: R, cut: CutText, tail: string): boolean;
  /** A list of numbers with one entry per zone type: the count the event's earlier lines had tells two cut readings apart. */
  numberList?: { length(c: R): number; expected(event: OomEvent): number };
}

export interface LineKind<R> {
  /** The recognisers of this kind, by name; order.ts places each in the recognition order. */
  recognise: Record<string, Rule<R>>;
  /** The block the event is in after this line: a fixed one, or decided from the current one. */
  section: Section | ((current: Section, c: R) => Section);
  /** Puts the reading into the event being built (after the section moved). */
  apply(open: EventInProgress, c: R, line: LogLine): void;
  /** The line ends its report (kill, panic, "no killable"): after it only a reaper line or a wrapped tail may still join. */
  closesEvent: boolean;
  /**
   * Right after the kill (or panic, "no killable") line: whether this line still belongs to the event — a
   * reaper line, a memory.oom.group kill, the panic that ends the report, a Mem-Info dump printed late, a
   * kernel bug, a balloon driver's line — and how (see AfterKill).
   */
  afterKill(open: EventInProgress, c: R, line: LogLine): AfterKill;
  outside: Outside;
  /** Part of a page allocation failure's dump (stack, Mem-Info, zones, buddy lists, RAM summary). */
  inFailureDump: boolean;
  /**
   * Part of a kernel bug's report (an Oops, BUG, WARNING inside or after an OOM report: its stack, registers,
   * identification line, the panic it ends in): while one is being read, such lines are the bug's, not the event's.
   */
  inKernelBug: boolean;
  wrap: WrapPart<R>;
}

/**
 * What a line after the kill line is to the event: not the event's (false: the event ends before it),
 * recorded by `afterKill` itself ('recorded'), or a line of the report the builder applies as any other
 * ('apply': a Mem-Info dump printed after the kill line).
 */
export type AfterKill = false | 'recorded' | 'apply';

/** For `afterKill` of every kind that never belongs to an event after its kill line. */
export const endsBeforeKill = (): AfterKill => false;

/** Whether the event holds a memory dump of its own (Mem-Info counters, per-node lines or zones). */
export function hasMemoryDump(e: OomEvent): boolean {
  return e.memInfo !== null || e.zones.length > 0 || e.nodes.length > 0 || e.buddy.length > 0;
}

/**
 * `afterKill` of the lines of a Mem-Info dump: one printed after the kill line stays in the report. It is
 * the report's own when the event had none (a paste out of order, a late show_mem); after an OOM panic it
 * is the panic's (`panic_print`), kept in the report but not read over the event's own. Otherwise it starts
 * something new (a dump whose header was lost: a fragment of its own).
 */
export function lateDumpLine(open: EventInProgress): AfterKill {
  if (open.lateDump === null) {
    if (!hasMemoryDump(open.event)) open.lateDump = 'apply';
    else if (open.event.panic !== null) open.lateDump = 'recorded';
    else return false;
  }
  return open.lateDump;
}

/** For `apply` of kinds the model keeps nothing of (the line is understood, not stored). */
export const storesNothing = (): void => {};

/** Removes `item` when it is still the last element (what apply pushed, if nothing came after it). */
export function dropLast<T>(list: T[], item: T): void {
  if (list.length > 0 && list[list.length - 1] === item) list.pop();
}

/** A reading: the kind's name and what its line carries. */
export type Reading<K extends string, P> = { kind: K } & P;

/** The records of one group of kinds: `P` maps each kind's name to what its line carries. */
export type KindRecords<P> = { [K in keyof P & string]: LineKind<Reading<K, P[K]>> };

/** The event's memcg section, created on the first memcg line (`line` is that line). */
export function ensureMemcg(event: OomEvent, line: number): MemcgInfo {
  return (event.memcg ??= emptyMemcg(line));
}
