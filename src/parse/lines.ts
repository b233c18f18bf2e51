/**
 * Chunked line source: text arrives in chunks of any size (1 byte to megabytes, split anywhere,
 * even between the CR and LF of one line ending) and leaves as complete physical lines numbered
 * from 1. Line endings: LF, CRLF and a lone CR (old Mac, some terminal captures).
 *
 * This is the hot path of the parser, so lines are cut with `indexOf` over the chunk, never with
 * a per-character loop, and only the unterminated tail of a chunk is carried to the next one
 * (the input as a whole is never concatenated).
 */

export type LineSink = (raw: string, lineNumber: number) => void;

export interface LineSource {
  /** Feed the next piece of text; complete lines are passed to the sink before this returns. */
  push(chunk: string): void;
  /** Flush the last line if it had no terminator; returns the number of lines emitted. */
  end(): number;
  /** Lines emitted so far. */
  readonly lineCount: number;
}

const LF = 10;
const CR = 13;
const BOM = 0xfeff;

export function createLineSource(sink: LineSink): LineSource {
  let carry = '';
  let lineNumber = 0;
  /** The previous chunk ended in CR: an LF at the start of the next chunk belongs to it. */
  let pendingCr = false;
  let atStart = true;

  function emit(raw: string): void {
    lineNumber++;
    sink(raw, lineNumber);
  }

  /** Split `chunk` from `start`, knowing it holds no CR: the common case, one indexOf per line. */
  function splitLf(chunk: string, start: number): number {
    let pos = start;
    let nl = chunk.indexOf('\n', pos);
    while (nl !== -1) {
      if (carry.length > 0) {
        emit(carry + chunk.slice(pos, nl));
        carry = '';
      } else {
        emit(chunk.slice(pos, nl));
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
      const piece = chunk.slice(pos, end);
      if (carry.length > 0) {
        emit(carry + piece);
        carry = '';
      } else {
        emit(piece);
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
      if (rest < chunk.length) carry = carry.length > 0 ? carry + chunk.slice(rest) : chunk.slice(rest);
    },
    end(): number {
      if (carry.length > 0) {
        emit(carry);
        carry = '';
      }
      pendingCr = false;
      return lineNumber;
    },
    get lineCount() {
      return lineNumber;
    },
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
