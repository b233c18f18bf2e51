/**
 * A shared event keeps its original line numbers by being fed to the parser at those numbers: the lines
 * before it (and in any gap) are fed as empty lines, which the parser counts and skips. Padding is
 * produced in slices (never one string of millions of newlines) and is cheap: 10 million empty lines
 * parse in about 0.2 s. MAX_LINE_NUMBER (limits.ts) bounds it.
 */
import type { LineRange } from '../protocol';
import { lineNumbers } from './lineRanges';

const PAD_SLICE = '\n'.repeat(1 << 16);

export interface NumberedPiece {
  text: string;
  /** Padding (empty lines), not the user's text: it counts no bytes. */
  padding: boolean;
}

function* padding(count: number): Generator<NumberedPiece> {
  for (let left = count; left > 0; left -= PAD_SLICE.length) {
    yield { text: left >= PAD_SLICE.length ? PAD_SLICE : PAD_SLICE.slice(0, left), padding: true };
  }
}

/** `text`'s lines placed at the numbers in `ranges`; `padded` receives the total of empty lines added. */
export function* numberedPieces(
  text: string,
  ranges: readonly LineRange[],
  padded: (lines: number) => void,
): Generator<NumberedPiece> {
  let expected = 1;
  let start = 0; // start of the text not yet yielded
  let lineStart = 0;
  let total = 0;
  const numbers = lineNumbers(ranges, Number.MAX_SAFE_INTEGER);
  while (lineStart <= text.length) {
    const n = numbers.next().value as number;
    if (n > expected) {
      if (lineStart > start) yield { text: text.slice(start, lineStart), padding: false };
      start = lineStart;
      total += n - expected;
      yield* padding(n - expected);
    }
    expected = n + 1;
    const end = text.indexOf('\n', lineStart);
    if (end < 0) break;
    lineStart = end + 1;
  }
  if (start < text.length) yield { text: text.slice(start), padding: false };
  padded(total);
}
