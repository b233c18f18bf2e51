import { describe, expect, it } from 'vitest';
import { createParser } from '../../parse/index';
import { numberedPieces } from './numbered';
import { formatRanges, lineNumbers, rangesAreSane, readRanges, toRanges } from './lineRanges';

const joined = (text: string, ranges: [number, number][]) => {
  let padded = -1;
  const out = [...numberedPieces(text, ranges, (n) => (padded = n))].map((p) => p.text).join('');
  return { out, padded };
};

describe('line ranges', () => {
  it('writes and reads the compact form', () => {
    const ranges = toRanges([3, 4, 5, 9, 11, 12]);
    expect(ranges).toEqual([
      [3, 5],
      [9, 9],
      [11, 12],
    ]);
    expect(formatRanges(ranges)).toBe('3-5,9,11-12');
    expect(readRanges('3-5,9,11-12')).toEqual(ranges);
    expect(rangesAreSane(ranges, 100)).toBe(true);
    expect(rangesAreSane([[5, 3]], 100)).toBe(false);
    expect(
      rangesAreSane(
        [
          [3, 5],
          [5, 6],
        ],
        100,
      ),
    ).toBe(false);
    expect(rangesAreSane([[3, 500]], 100)).toBe(false);
    expect([...lineNumbers([[3, 4]], 4)]).toEqual([3, 4, 5, 6]);
  });
});

describe('numbered text', () => {
  it('places each line at its number with empty lines before and between', () => {
    expect(joined('a\nb', [[3, 4]])).toEqual({ out: '\n\na\nb', padded: 2 });
    expect(
      joined('a\nb\nc', [
        [1, 1],
        [5, 6],
      ]),
    ).toEqual({ out: 'a\n\n\n\nb\nc', padded: 3 });
    expect(joined('a\nb', [[1, 2]])).toEqual({ out: 'a\nb', padded: 0 });
  });

  it('the parser then reports the original numbers', () => {
    const text = 'Out of memory: Killed process 4242 (java) total-vm:100kB, anon-rss:50kB, file-rss:0kB';
    const parser = createParser({ keepRaw: true });
    for (const piece of numberedPieces(text, [[1_234_567, 1_234_567]], () => {})) parser.push(piece.text);
    const result = parser.end();
    expect(result.events[0].firstLine).toBe(1_234_567);
    expect(parser.rawLinesOf(0)).toEqual([{ line: 1_234_567, raw: text }]);
  });
});
