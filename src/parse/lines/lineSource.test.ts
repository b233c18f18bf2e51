import { describe, expect, it } from 'vitest';
import { createLineSource, MAX_LINE_CHARS, splitLines } from './lineSource';
import { RawLineKeeper } from './rawLines';
import { utf8Length } from './strings';

/** Feed `text` cut into pieces of `size` code units; return [line, number] pairs. */
function chunked(text: string, size: number): [string, number][] {
  const out: [string, number][] = [];
  const source = createLineSource((raw, n) => out.push([raw, n]));
  for (let i = 0; i < text.length; i += size) source.push(text.slice(i, i + size));
  source.end();
  return out;
}

describe('createLineSource', () => {
  it('numbers lines from 1 and flushes an unterminated last line', () => {
    expect(chunked('a\nb\nc', 100)).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('does not invent an empty line after a final newline', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });

  it('keeps empty lines in the middle', () => {
    expect(splitLines('a\n\n\nb')).toEqual(['a', '', '', 'b']);
  });

  it('handles CRLF, lone CR and mixtures', () => {
    expect(splitLines('a\r\nb\rc\nd\r\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\r\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('a\n\rb')).toEqual(['a', '', 'b']);
  });

  it('does not split a CRLF that straddles two chunks into two lines', () => {
    const out: string[] = [];
    const source = createLineSource((raw) => out.push(raw));
    source.push('first\r');
    source.push('\nsecond\r');
    source.push('\r\nthird');
    source.end();
    expect(out).toEqual(['first', 'second', '', 'third']);
  });

  it('gives the same lines for every chunk size', () => {
    const text = 'Mem-Info:\r\nactive_anon:1\r\n inactive:2\rlone\n\nlast line without end\r';
    const whole = chunked(text, text.length);
    for (let size = 1; size <= 9; size++) expect(chunked(text, size)).toEqual(whole);
  });

  it('joins a line spread over many chunks', () => {
    expect(chunked('abcdef\nxy', 2)).toEqual([
      ['abcdef', 1],
      ['xy', 2],
    ]);
  });

  it('drops a leading byte-order mark only at the very start', () => {
    expect(chunked('\uFEFFa\n\uFEFFb', 1)).toEqual([
      ['a', 1],
      ['\uFEFFb', 2],
    ]);
  });

  it('counts lines emitted', () => {
    const source = createLineSource(() => {});
    source.push('a\nb\nc');
    expect(source.lineCount).toBe(2);
    expect(source.end()).toBe(3);
  });
});

describe('line positions in the chunk', () => {
  it('tells where each line ends in the chunk being pushed, negative starts for carried lines', () => {
    const seen: [string, number][] = [];
    const source = createLineSource((raw, _n, endInChunk) => seen.push([raw, endInChunk]));
    source.push('ab\ncd\r\nef');
    source.push('gh\nij');
    source.end();
    expect(seen).toEqual([
      ['ab', 2],
      ['cd', 5],
      ['efgh', 2],
      ['ij', -1],
    ]);
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes like Buffer.byteLength, also across a split surrogate pair', () => {
    for (const s of ['', 'abc', 'grüße', '[二 9月  3 10:00:00 2024]', '...(此处有省略)', 'a😀b', '\u0800\u07ff']) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s));
    }
    const emoji = '😀';
    expect(utf8Length(emoji[0]) + utf8Length(emoji[1])).toBe(4);
  });
});

describe('overlong lines', () => {
  it('cuts a line longer than MAX_LINE_CHARS, also when it grows over many chunks', () => {
    for (const size of [1 << 20, 4096]) {
      const seen: [number, number][] = [];
      const source = createLineSource((raw, _n, end) => seen.push([raw.length, end]));
      const text = 'x'.repeat(MAX_LINE_CHARS + 10) + '\nshort\n';
      for (let i = 0; i < text.length; i += size) source.push(text.slice(i, i + size));
      source.end();
      expect(seen.map(([len]) => len)).toEqual([MAX_LINE_CHARS, 5]);
      expect(seen[0][1]).toBe(-1);
      expect(source.overlong).toEqual({ count: 1, firstLine: 1 });
    }
  });
});

describe('createLineSource with a line filter', () => {
  it('only counts the lines the filter declines, keeping every number and line ending right', () => {
    const text = 'keep 1\nskip 2\r\nkeep 3\rskip 4\nkeep 5';
    for (const size of [1, 3, 7, 100]) {
      const out: [string, number][] = [];
      const asked: number[] = [];
      const source = createLineSource(
        (raw, n) => out.push([raw, n]),
        (chunk, start, end, n) => {
          asked.push(n);
          return !chunk.slice(start, end).startsWith('skip');
        },
      );
      for (let i = 0; i < text.length; i += size) source.push(text.slice(i, i + size));
      expect(source.end()).toBe(5);
      // Lines carried over from an earlier chunk reach the sink without being asked about.
      const skipped = out.filter(([raw]) => raw.startsWith('skip')).map(([, n]) => n);
      expect(skipped.every((n) => !asked.includes(n))).toBe(true);
      expect(out.filter(([raw]) => raw.startsWith('keep'))).toEqual([
        ['keep 1', 1],
        ['keep 3', 3],
        ['keep 5', 5],
      ]);
      if (size === 100) expect(out.map(([, n]) => n)).toEqual([1, 3, 5]);
    }
  });
});

describe('createLineSource with quiet runs', () => {
  /** Lines `q…` are quiet; a run may stop early (maxRun), and every line keeps its number. */
  function run(text: string, size: number, maxRun: number) {
    const out: [string, number][] = [];
    const runs: number[] = [];
    let chunk = '';
    const source = createLineSource((raw, n) => out.push([raw, n]), undefined, {
      quietBefore(start) {
        const loud = chunk.indexOf('L', start);
        return loud < 0 ? Infinity : loud;
      },
      maxRun,
      counted: (n) => runs.push(n),
    });
    for (let i = 0; i < text.length; i += size) {
      chunk = text.slice(i, i + size);
      source.push(chunk);
    }
    return { out, runs, lines: source.end(), overlong: source.overlong };
  }

  it('counts quiet lines in runs without making strings, and numbers the loud ones right', () => {
    const text = 'q1\nq2\nq3\nL4\nq5\nL6\nq7\nq8\n';
    const { out, runs, lines } = run(text, 1 << 20, 100);
    expect(lines).toBe(8);
    expect(out).toEqual([
      ['L4', 4],
      ['L6', 6],
    ]);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('stops a run after maxRun lines and when a line was carried over from the last chunk', () => {
    const text = 'q1\nq2\nq3\nq4\nq5\nL6\n';
    expect(run(text, 1 << 20, 2).runs).toEqual([2, 2, 1]);
    // In 4-character chunks most lines straddle a chunk edge: those reach the sink.
    const small = run(text, 4, 2);
    expect(small.lines).toBe(6);
    expect(small.out.map(([, n]) => n)).toContain(6);
    expect(small.out.every(([raw, n]) => raw === (raw.startsWith('L') ? 'L' : 'q') + n)).toBe(true);
  });

  it('reports an overlong quiet line instead of counting it', () => {
    const text = 'q1\n' + 'q'.repeat(MAX_LINE_CHARS + 1) + '\nq3\n';
    const { out, overlong, lines } = run(text, 1 << 20, 100);
    expect(lines).toBe(3);
    expect(out.map(([raw, n]) => [raw.length, n])).toEqual([[MAX_LINE_CHARS, 2]]);
    expect(overlong).toEqual({ count: 1, firstLine: 2 });
  });
});

describe('RawLineKeeper', () => {
  it('returns the lines it holds for an event, also with gaps where quiet lines were only counted', () => {
    const keeper = new RawLineKeeper();
    for (const n of [1, 2, 5, 6, 7, 9]) keeper.add(`line ${n}`, n);
    keeper.capture({ index: 0, firstLine: 5, lastLine: 7 });
    keeper.capture({ index: 1, firstLine: 3, lastLine: 4 });
    expect(keeper.linesOf(0)).toEqual([
      { line: 5, raw: 'line 5' },
      { line: 6, raw: 'line 6' },
      { line: 7, raw: 'line 7' },
    ]);
    expect(keeper.linesOf(1)).toEqual([]);
  });

  it('forgets what no event can need in batches, keeping the open event and a look-back', () => {
    const keeper = new RawLineKeeper();
    for (let n = 1; n <= 5000; n += 2) {
      keeper.add(`line ${n}`, n);
      keeper.release(n >= 4001 ? 4001 : null, n);
    }
    keeper.capture({ index: 0, firstLine: 4001, lastLine: 4005 });
    keeper.capture({ index: 1, firstLine: 1, lastLine: 9 });
    expect(keeper.linesOf(0).map((l) => l.line)).toEqual([4001, 4003, 4005]);
    expect(keeper.linesOf(1)).toEqual([]); // long gone
  });
});
