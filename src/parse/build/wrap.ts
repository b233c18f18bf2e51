/**
 * Hard-wrapped lines (mail clients break at 72 columns, often mid-word). When a line fails every
 * rule, it may be the tail of the line before it: join them, with and without a space, and keep
 * the reading that understands the most. What each kind allows (whether a cut line of it takes a
 * tail, whether a joined reading of it is believed, its own weights) is in its record (kinds/).
 */
import { extendsNumber, gainOf, weightOf } from './gain';
import { cutLength, type PrevLine } from './state';
import { kindOf, type Classified } from '../kinds/index';
import type { ClassifyContext, CutText } from '../kinds/kind';
import type { LogLine, OomEvent } from '../model';
import { classifyLine } from '../segment/classify';

/** The longest kernel line (a 6.x zone line) is under 1000 characters; longer joins are never a wrap. */
const MAX_JOINED_LENGTH = 2048;

/** Below this an understood line is never taken as cut (short lines end blocks: `Call Trace:`, `Mem-Info:`). */
const MIN_WRAPPED_LENGTH = 10;

/**
 * Lines that begin a record of their own are never the tail of the line before, even when
 * they are cut themselves (a cut zone line must not be glued onto the node line above it).
 */
const LINE_START =
  /^\s*(Node \d+ |(DMA|DMA32|Normal|HighMem|Movable|Device)[ :]|lowmem_reserve\[\]|\[\s*(\d+|pid\s*)\]|CPU: |Call Trace|Mem-Info|Hardware name|oom-kill:|oom_reaper|Out of memory|Memory cgroup|Killed process|Tasks state|(memory|memory\+swap|swap|kmem): usage|Task in |\d+ (total pagecache|pages )|Free swap|Total swap)/;

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
  return !before || kindOf(before).wrap.cut.takesTail !== 'never';
}

export function tryJoinWrapped(
  prev: PrevLine | null,
  cur: LogLine,
  ctx: ClassifyContext,
  widest: number,
  event: OomEvent,
): WrapJoin | null {
  if (!prev || !mayContinue(prev, cur)) return null;
  const before = prev.classified;
  const wrapOfBefore = before ? kindOf(before).wrap : null;
  // Two lines nobody understood that make sense together are evidence enough; an understood line
  // must look cut (long) before anything is appended to it.
  if (before && !looksCut(prev, cur, widest)) return null;
  if (before && wrapOfBefore?.mayTakeTail && !wrapOfBefore.mayTakeTail(before, cutText(prev, widest), cur.text))
    return null;
  const readings: Reading[] = [];
  // A hard cut keeps every character (spaces included); a break at a space lost one space.
  for (const text of [prev.line.text + cur.text, prev.line.text.trimEnd() + ' ' + cur.text.trimStart()]) {
    const joined = classifyLine(text, prev.line.line, ctx);
    if (!joined || !believedJoined(joined, prev.line.text)) continue;
    if (before && joined.kind !== before.kind) continue;
    if (before && wrapOfBefore?.cut.takesTail === 'absorbed')
      return { classified: joined, replacesPrevious: true, text };
    readings.push({
      classified: joined,
      text,
      weight: before ? readingGain(before, joined) : standaloneWeight(joined),
    });
  }
  const best = pickReading(readings, cutLength(prev.lastPiece) >= widest, before, event);
  if (!best || !before) return best ? { classified: best.classified, replacesPrevious: false, text: best.text } : null;
  // The tail must add to what the cut line said, or finish its fixed wording (`... or sa` + `crifice child`).
  const harmless = wrapOfBefore?.tailAddsNothingHarmless;
  if (best.weight < 0 || (best.weight === 0 && !harmless?.(cutText(prev, widest), cur.text, best.text))) return null;
  return { classified: best.classified, replacesPrevious: true, text: best.text };
}

function cutText(prev: PrevLine, widest: number): CutText {
  return {
    text: prev.line.text,
    lastPiece: prev.lastPiece.text,
    lastPieceLength: cutLength(prev.lastPiece),
    widest,
  };
}

/** A reading made by joining two lines, unless its kind is one any text could read as (noise, elisions). */
function believedJoined(joined: Classified, firstPiece: string): boolean {
  const believed = kindOf(joined).wrap.joinedReading;
  return typeof believed === 'boolean' ? believed : believed(firstPiece);
}

/**
 * A number list with one entry per zone type (`lowmem_reserve[]`) has the same count on every zone
 * of a report, so `0 2780` + `15835 15835` and `0 0 15` + `835 15835` are told apart by the count
 * the earlier lines had.
 */
function listOfExpectedLength(readings: Reading[], event: OomEvent): Reading | undefined {
  const fitting = readings.filter((r) => {
    const list = kindOf(r.classified).wrap.numberList;
    if (!list) return false;
    const expected = list.expected(event);
    return expected !== 0 && list.length(r.classified) === expected;
  });
  return fitting.length === 1 ? fitting[0] : undefined;
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
  event: OomEvent,
): Reading | undefined {
  if (readings.length < 2) return readings[0];
  const [noSpace, withSpace] = readings;
  const byLength = listOfExpectedLength(readings, event);
  if (byLength) return byLength;
  // A bare number list (`lowmem_reserve[]`) is continued by either reading: only the width can tell.
  const numberList = kindOf(noSpace.classified).wrap.numberList !== undefined;
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

/** What the joined reading adds: by the kind's own weight when it has one (task headers), else field by field. */
function readingGain(before: Classified, joined: Classified): number {
  const weight = kindOf(before).wrap.weight;
  if (weight && joined.kind === before.kind) return weight(joined) - weight(before);
  return gainOf(before, joined);
}

function standaloneWeight(c: Classified): number {
  const weight = kindOf(c).wrap.weight;
  return weight ? weight(c) : weightOf(c);
}
