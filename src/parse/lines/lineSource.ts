/**
 * Chunked line source: text arrives in chunks of any size (1 byte to megabytes, split anywhere,
 * even between the CR and LF of one line ending) and leaves as complete physical lines numbered
 * from 1. Line endings: LF, CRLF and a lone CR (old Mac, some terminal captures).
 *
 * This is the hot path of the parser, so lines are cut with `indexOf` over the chunk, never with
 * a per-character loop, and only the unterminated tail of a chunk is carried to the next one
 * (the input as a whole is never concatenated).
 */

/**
 * Receives each line. `endInChunk` is where the line's terminator sits in the chunk being pushed
 * (so `endInChunk - raw.length` is its start there, negative when the line began in an earlier
 * chunk); -1 for the last, unterminated line flushed by end().
 */
export type LineSink = (raw: string, lineNumber: number, endInChunk: number) => void;

/**
 * Asked before a line lying wholly in the chunk being pushed is cut out of it (`start`..`end` in
 * that chunk, terminator excluded; `lineNumber` is the number it gets). False: the line is only
 * counted — no string is made and the sink is not called. Lines carried over from an earlier
 * chunk, and overlong ones, always reach the sink.
 */
export type LineFilter = (chunk: string, start: number, end: number, lineNumber: number) => boolean;

/**
 * Lets the source only count whole runs of lines (no string, no call per line) while they cannot
 * matter: most of a big journal. Asked at the start of a line lying wholly in the chunk.
 */
export interface QuietRuns {
  /**
   * Offset in the chunk being pushed before which every line from `start` on is quiet (the lines
   * whose terminator lies before it are only counted), or -1 to let line `lineNumber` through.
   */
  quietBefore(start: number, lineNumber: number): number;
  /** At most this many lines may be counted in one run. */
  readonly maxRun: number;
  /** `lines` lines were only counted. */
  counted(lines: number): void;
}

export interface LineSource {
  /** Feed the next piece of text; complete lines are passed to the sink before this returns. */
  push(chunk: string): void;
  /** Flush the last line if it had no terminator; returns the number of lines emitted. */
  end(): number;
  /** Lines emitted so far. */
  readonly lineCount: number;
  /** Lines longer than MAX_LINE_CHARS (cut to that length): how many, and the first one's number. */
  readonly overlong: { count: number; firstLine: number | null };
}

/**
 * Far longer than any kernel record (≤ 1 KiB) or rsyslog-joined block: a longer "line" is binary
 * data or text without line breaks, and only its start is read (regexes over megabytes of one
 * line would stall the parse, and the carried text would grow without bound).
 */
export const MAX_LINE_CHARS = 256 * 1024;

const LF = 10;
const BOM = 0xfeff;

export function createLineSource(sink: LineSink, wants?: LineFilter, quiet?: QuietRuns): LineSource {
  let carry = '';
  let lineNumber = 0;
  /** The previous chunk ended in CR: an LF at the start of the next chunk belongs to it. */
  let pendingCr = false;
  let atStart = true;
  const overlong = { count: 0, firstLine: null as number | null };

  function emit(raw: string, endInChunk: number): void {
    lineNumber++;
    if (raw.length > MAX_LINE_CHARS) {
      overlong.count++;
      overlong.firstLine ??= lineNumber;
      // The kept start no longer ends at endInChunk: report the position as unknown.
      sink(raw.slice(0, MAX_LINE_CHARS), lineNumber, -1);
      return;
    }
    sink(raw, lineNumber, endInChunk);
  }

  /** The line `start`..`end` of `chunk` (no carry before it): cut out and emitted, or only counted. */
  function emitInChunk(chunk: string, start: number, end: number): void {
    if (wants === undefined || end - start > MAX_LINE_CHARS || wants(chunk, start, end, lineNumber + 1)) {
      emit(chunk.slice(start, end), end);
    } else {
      lineNumber++;
    }
  }

  /** Split `chunk` from `start`, knowing it holds no CR: the common case, one indexOf per line. */
  function splitLf(chunk: string, start: number): number {
    let pos = start;
    let nl = chunk.indexOf('\n', pos);
    while (nl !== -1) {
      if (carry.length > 0) {
        emit(carry + chunk.slice(pos, nl), nl);
        carry = '';
      } else {
        const limit = quiet === undefined ? -1 : quiet.quietBefore(pos, lineNumber + 1);
        if (quiet !== undefined && nl < limit) {
          // A quiet run: count its lines (an overlong one ends the run: it is reported).
          let n = 0;
          for (const max = quiet.maxRun; n < max && nl !== -1 && nl < limit && nl - pos <= MAX_LINE_CHARS; n++) {
            pos = nl + 1;
            nl = chunk.indexOf('\n', pos);
          }
          lineNumber += n;
          quiet.counted(n);
          if (n > 0) continue;
        }
        emitInChunk(chunk, pos, nl);
      }
      pos = nl + 1;
      nl = chunk.indexOf('\n', pos);
    }
    return pos;
  }

  /** Split with CR handling: track the next LF and the next CR separately so each is searched once. */
  function splitMixed(chunk: string, start: number): number {
    let pos = start;
    let nl = chunk.indexOf('\n', pos);
    let cr = chunk.indexOf('\r', pos);
    const len = chunk.length;
    for (;;) {
      if (nl !== -1 && nl < pos) nl = chunk.indexOf('\n', pos);
      if (cr !== -1 && cr < pos) cr = chunk.indexOf('\r', pos);
      let end: number;
      if (nl === -1 && cr === -1) return pos;
      if (cr === -1 || (nl !== -1 && nl < cr)) end = nl;
      else end = cr;
      if (carry.length > 0) {
        emit(carry + chunk.slice(pos, end), end);
        carry = '';
      } else {
        emitInChunk(chunk, pos, end);
      }
      if (end === cr) {
        if (end + 1 < len) {
          pos = chunk.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
        } else {
          pendingCr = true;
          pos = len;
        }
      } else {
        pos = end + 1;
      }
    }
  }

  return {
    push(chunk: string): void {
      if (chunk.length === 0) return;
      let start = 0;
      if (atStart) {
        atStart = false;
        if (chunk.charCodeAt(0) === BOM) start = 1;
      }
      if (pendingCr) {
        pendingCr = false;
        if (chunk.charCodeAt(start) === LF) start++;
      }
      const hasCr = chunk.indexOf('\r', start) !== -1;
      const rest = hasCr ? splitMixed(chunk, start) : splitLf(chunk, start);
      if (rest < chunk.length && carry.length <= MAX_LINE_CHARS) {
        carry = carry.length > 0 ? carry + chunk.slice(rest) : chunk.slice(rest);
      }
    },
    end(): number {
      if (carry.length > 0) {
        emit(carry, -1);
        carry = '';
      }
      pendingCr = false;
      return lineNumber;
    },
    get lineCount() {
      return lineNumber;
    },
    overlong,
  };
}

/** Convenience for tests and small inputs: all physical lines of `text`. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  const source = createLineSource((raw) => out.push(raw));
  source.push(text);
  source.end();
  return out;
}
