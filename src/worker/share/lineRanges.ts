/**
 * Original line numbers, written compactly: `120-340` for one event's lines, `120-340,345-350` when there are
 * gaps. Ranges are inclusive and ascending.
 */
import type { LineRange } from '../protocol';

export function toRanges(numbers: readonly number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const n of numbers) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}

export function formatRanges(ranges: readonly LineRange[]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}

/** `120-340,345` → ranges; the text must already match /^\d+(-\d+)?(,\d+(-\d+)?)*$/. */
export function readRanges(text: string): LineRange[] {
  return text.split(',').map((part) => {
    const [a, b = a] = part.split('-');
    return [Number(a), Number(b)];
  });
}

/** Ascending, non-overlapping, each first ≤ last, all within 1..max. */
export function rangesAreSane(ranges: readonly LineRange[], max: number): boolean {
  let previous = 0;
  for (const [a, b] of ranges) {
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a <= previous || b < a || b > max) return false;
    previous = b;
  }
  return true;
}

export function countRangeLines(ranges: readonly LineRange[]): number {
  return ranges.reduce((sum, [a, b]) => sum + b - a + 1, 0);
}

/** Lines 1..count as ranges: what a log without line numbers means. */
export const fromOne = (count: number): LineRange[] => (count > 0 ? [[1, count]] : []);

/**
 * The number of each of `count` lines: from the ranges while they last, then counting on from the last one
 * (a text with more lines than its ranges still opens).
 */
export function* lineNumbers(ranges: readonly LineRange[], count: number): Generator<number> {
  let given = 0;
  let last = 0;
  for (const [a, b] of ranges) {
    for (let n = a; n <= b && given < count; n++, given++) yield (last = n);
  }
  while (given++ < count) yield ++last;
}
