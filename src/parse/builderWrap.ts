/**
 * Hard-wrapped lines (mail clients break at 72 columns, often mid-word). When a line fails every
 * rule, it may be the tail of the line before it: join them, with and without a space, and keep
 * the reading that understands the most.
 */
import type { LogLine } from './model';
import { classifyLine, type Classified, type ClassifiedKind, type ClassifyContext } from './segmentClassify';

/** A wrapped line is long; short lines ending a block are not joined to whatever follows. */
const MIN_WRAPPED_LENGTH = 40;

/** Joined readings of these kinds would be accidents (any text can look like noise or an elision). */
const NEVER_JOINED: ReadonlySet<ClassifiedKind> = new Set([
  'stackNoise',
  'knownNoise',
  'elision',
  'ignoredSummary',
  'perCpu',
  'callTraceHeader',
  'memInfoHeader',
  'taskBanner',
]);

/** Kinds whose already-parsed reading may be replaced by a fuller joined one (the line was cut mid-field). */
const REPLACEABLE: ReadonlySet<ClassifiedKind> = new Set([
  'trigger',
  'zone',
  'buddy',
  'nodeInfo',
  'victim',
  'selection',
  'reaped',
  'constraint',
  'kernelInfo',
]);

export interface WrapJoin {
  classified: Classified;
  /** True when the previous line had been understood and its reading must be replaced. */
  replacesPrevious: boolean;
  /** The joined text that was understood. */
  text: string;
}

export function tryJoinWrapped(
  prev: { line: LogLine; classified: Classified | null } | null,
  cur: LogLine,
  ctx: ClassifyContext,
): WrapJoin | null {
  if (!prev || prev.line.text.length < MIN_WRAPPED_LENGTH || cur.text.trim() === '') return null;
  const before = prev.classified;
  if (before && !REPLACEABLE.has(before.kind)) return null;
  let best: Classified | null = null;
  let bestText = '';
  let bestWeight = before ? weightOf(before) : 0;
  for (const joiner of ['', ' ']) {
    const text = prev.line.text.replace(/\s+$/, '') + joiner + cur.text.replace(/^\s+/, '');
    const joined = classifyLine(text, prev.line.line, ctx);
    if (!joined || NEVER_JOINED.has(joined.kind)) continue;
    if (before && joined.kind !== before.kind) continue;
    const weight = weightOf(joined);
    if (weight > bestWeight || (!before && best === null)) {
      best = joined;
      bestWeight = weight;
      bestText = text;
    }
  }
  return best ? { classified: best, replacesPrevious: before !== null, text: bestText } : null;
}

/** How much a reading understood: non-null leaf values, counting record entries and array items. */
export function weightOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + Math.max(1, weightOf(v)), 0);
  if (typeof value === 'object') {
    let n = 0;
    for (const v of Object.values(value as Record<string, unknown>)) n += weightOf(v);
    return n;
  }
  return 1;
}
