/**
 * Hard-wrapped lines (mail clients break at 72 columns, often mid-word). When a line fails every
 * rule, it may be the tail of the line before it: join them, with and without a space, and keep
 * the reading that understands the most.
 */
import { extendsNumber, gainOf, weightOf } from './gain';
import { cutLength, type PrevLine } from './state';
import type { LogLine } from '../model';
import { classifyLine, type Classified, type ClassifiedKind, type ClassifyContext } from '../segment/classify';
import { KNOWN_TASK_COLUMNS } from '../sections/taskTable';

/** The longest kernel line (a 6.x zone line) is under 1000 characters; longer joins are never a wrap. */
const MAX_JOINED_LENGTH = 2048;

/** Below this an understood line is never taken as cut (short lines end blocks: `Call Trace:`, `Mem-Info:`). */
const MIN_WRAPPED_LENGTH = 10;

/** Joined readings of these kinds would be accidents (any text can look like noise or an elision). */
const NEVER_JOINED: ReadonlySet<ClassifiedKind> = new Set(['stackNoise', 'knownNoise', 'elision']);

/** Kinds whose already-parsed reading may be replaced by a fuller joined one (the line was cut mid-field). */
const REPLACEABLE: ReadonlySet<ClassifiedKind> = new Set([
  'trigger',
  'cpuset',
  'kernelInfo',
  'hardware',
  'frame',
  'frames',
  'memInfoCounters',
  'zone',
  'lowmemReserve',
  'buddy',
  'nodeInfo',
  'hugepages',
  'summary',
  'taskHeader',
  'taskRow',
  'memcgCounter',
  'taskIn',
  'memcgStatsHeader',
  'victim',
  'selection',
  'reaped',
  'constraint',
]);

/** Understood lines the model does not keep: a joined tail is simply absorbed. */
const INERT: ReadonlySet<ClassifiedKind> = new Set(['stackNoise', 'knownNoise', 'ignoredSummary', 'perCpu']);

/**
 * Lines that begin a record of their own are never the tail of the line before, even when
 * they are cut themselves (a cut zone line must not be glued onto the node line above it).
 */
const LINE_START =
  /^\s*(Node \d+ |(DMA|DMA32|Normal|HighMem|Movable|Device)[ :]|lowmem_reserve\[\]|\[\s*(\d+|pid\s*)\]|CPU: |Call Trace|Mem-Info|Hardware name|oom-kill:|oom_reaper|Out of memory|Memory cgroup|Killed process|Tasks state|(memory|memory\+swap|swap|kmem): usage|Task in |\d+ (total pagecache|pages )|Free swap|Total swap)/;

/** A task name is at most 15 characters (TASK_COMM_LEN - 1), so only a short tail can finish a row. */
const MAX_NAME_TAIL = 15;
/** Rows are 70+ characters; a shorter row was not cut by a 72-column wrap. */
const MIN_WRAPPED_ROW = 60;

export interface WrapJoin {
  classified: Classified;
  /** True when the previous line had been understood and its reading must be replaced. */
  replacesPrevious: boolean;
  /** The joined text that was understood. */
  text: string;
}

/** Whether `cur` may be the tail of `prev`: it does not start a record of its own, and `prev` can take a tail. */
export function mayContinue(prev: PrevLine, cur: LogLine): boolean {
  const before = prev.classified;
  if (cur.text.trim() === '' || prev.line.text.length + cur.text.length > MAX_JOINED_LENGTH) return false;
  if (LINE_START.test(cur.text)) return false;
  return !before || REPLACEABLE.has(before.kind) || INERT.has(before.kind);
}

export function tryJoinWrapped(
  prev: PrevLine | null,
  cur: LogLine,
  ctx: ClassifyContext,
  widest: number,
  expectedReserve = 0,
): WrapJoin | null {
  if (!prev || !mayContinue(prev, cur)) return null;
  const before = prev.classified;
  // Two lines nobody understood that make sense together are evidence enough; an understood line
  // must look cut (long) before anything is appended to it.
  if (before && !looksCut(prev, cur, widest)) return null;
  if (before?.kind === 'taskRow' && !mayBeNameTail(before.task.name, prev, cur, widest)) return null;
  const readings: Reading[] = [];
  // A hard cut keeps every character (spaces included); a break at a space lost one space.
  for (const text of [prev.line.text + cur.text, prev.line.text.trimEnd() + ' ' + cur.text.trimStart()]) {
    const joined = classifyLine(text, prev.line.line, ctx);
    if (!joined || (NEVER_JOINED.has(joined.kind) && !isRegisterDump(joined, prev.line.text))) continue;
    if (before && joined.kind !== before.kind) continue;
    if (before && INERT.has(before.kind)) return { classified: joined, replacesPrevious: true, text };
    readings.push({
      classified: joined,
      text,
      weight: before ? readingGain(before, joined) : standaloneWeight(joined),
    });
  }
  const best = pickReading(readings, cutLength(prev.lastPiece) >= widest, before, expectedReserve);
  if (!best || !before) return best ? { classified: best.classified, replacesPrevious: false, text: best.text } : null;
  // The tail must add to what the cut line said, or finish its fixed wording (`... or sa` + `crifice child`).
  if (best.weight < 0 || (best.weight === 0 && !addsNothingHarmless(before.kind, prev, cur, widest, best.text)))
    return null;
  return { classified: best.classified, replacesPrevious: true, text: best.text };
}

/**
 * `lowmem_reserve[]` has one number per zone type, the same count on every zone of a report, so
 * `0 2780` + `15835 15835` and `0 0 15` + `835 15835` are told apart by the count the zone before had.
 */
function reserveOfExpectedLength(readings: Reading[], expected: number): Reading | undefined {
  if (expected === 0) return undefined;
  const fitting = readings.filter(
    (r) => r.classified.kind === 'lowmemReserve' && r.classified.reserve.length === expected,
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** `Code:` bytes and register lines are long stack noise that mail wraps too. */
function isRegisterDump(joined: Classified, firstPiece: string): boolean {
  return joined.kind === 'stackNoise' && /^\s*(Code|RIP|RSP|R[A-D]X|R[SD]I|RBP|R\d{1,2}):/.test(firstPiece);
}

/** Fixed endings a parser accepts cut, so a tail that completes them adds no field. */
const LITERAL_ENDINGS: Partial<Record<ClassifiedKind, RegExp>> = {
  selection: /(sacrifice child|or a child)\s*$/,
};

/**
 * A tail that adds no modelled value still belongs to the line when it finishes fixed wording, or
 * when a full-width kernel line was cut inside the one word we do not model (the 5.14+ build id).
 */
function addsNothingHarmless(
  kind: ClassifiedKind,
  prev: PrevLine,
  cur: LogLine,
  widest: number,
  joined: string,
): boolean {
  const ending = LITERAL_ENDINGS[kind];
  if (ending !== undefined && ending.test(joined) && !ending.test(prev.line.text)) return true;
  return kind === 'kernelInfo' && prev.lastPiece.text.length >= widest && /^\S+$/.test(cur.text.trim());
}

/**
 * A wrapped line reached the wrap width: cut there (hard) or it would have passed it with the
 * next word (word wrap). `widest`, the longest line that stood on its own, stands in for the width.
 */
function looksCut(prev: PrevLine, cur: LogLine, widest: number): boolean {
  const last = cutLength(prev.lastPiece);
  const nextWord = /^\s*\S*/.exec(cur.text)?.[0].trim().length ?? 0;
  return prev.line.text.length >= MIN_WRAPPED_LENGTH && last + 1 + nextWord >= widest;
}

/**
 * A row that parsed can only have lost (the end of) its name. A row with a name was cut only if it
 * is as wide as the widest line, and the tail is short. Anything else would just lengthen the name.
 */
function mayBeNameTail(name: string, prev: PrevLine, cur: LogLine, widest: number): boolean {
  const tail = cur.text.trim();
  if (tail.length > MAX_NAME_TAIL || tail.startsWith('[')) return false;
  // A row cut just before its name (a break at the space) takes the next line as the whole name.
  if (name === '') return true;
  return prev.line.text.length >= MIN_WRAPPED_ROW && cutLength(prev.lastPiece) >= widest;
}

interface Reading {
  classified: Classified;
  text: string;
  weight: number;
}

/**
 * A line as long as the widest in the report was cut at a fixed width, usually mid-word: prefer
 * the reading without a space. A shorter one was broken at a space (word wrap): prefer the space.
 * A number that only the space-less reading completes (`15` + `835`) is proof of a mid-word cut;
 * otherwise the other reading wins when it understands at least one more field.
 */
function pickReading(
  readings: Reading[],
  hardCut: boolean,
  before: Classified | null,
  expectedReserve: number,
): Reading | undefined {
  if (readings.length < 2) return readings[0];
  const [noSpace, withSpace] = readings;
  const byLength = reserveOfExpectedLength(readings, expectedReserve);
  if (byLength) return byLength;
  // A bare number list (`lowmem_reserve[]`) is continued by either reading: only the width can tell.
  const numberList = noSpace.classified.kind === 'lowmemReserve';
  if (
    before &&
    !numberList &&
    noSpace.weight > 0 &&
    extendsNumber(before, noSpace.classified) &&
    !extendsNumber(before, withSpace.classified)
  ) {
    return noSpace;
  }
  const preferred = hardCut ? noSpace : withSpace;
  const other = hardCut ? withSpace : noSpace;
  // A cut number list reads as one more number with the space: a count the width overrules.
  if (numberList) return preferred;
  return other.weight >= preferred.weight + 0.5 ? other : preferred;
}

/** Headers accept unknown (future) columns, so count only real ones: `oom_scor e_adj` must lose to `oom_score_adj`. */
function readingGain(before: Classified, joined: Classified): number {
  if (before.kind === 'taskHeader' && joined.kind === 'taskHeader') return knownColumns(joined) - knownColumns(before);
  return gainOf(before, joined);
}

function standaloneWeight(c: Classified): number {
  return c.kind === 'taskHeader' ? knownColumns(c) : weightOf(c);
}

function knownColumns(c: Extract<Classified, { kind: 'taskHeader' }>): number {
  return c.columns.filter((col) => KNOWN_TASK_COLUMNS.has(col)).length;
}
