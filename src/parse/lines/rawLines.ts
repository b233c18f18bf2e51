/**
 * The raw physical lines of each event (prefixes included) for the source view: kept only while
 * they may belong to an event, so memory follows the events, not the file.
 */

/** Raw lines of an event, for the source view. */
export interface RawLine {
  line: number;
  raw: string;
}

/** Lines kept before an event opens, in case the segmenter starts an event a little back. */
const LOOKBACK_LINES = 64;
/** Compact the buffer only in batches, so a long quiet stretch costs one splice per this many lines. */
const COMPACT_BATCH = 1024;

/**
 * Keeps raw physical lines only while they may belong to an event: the lines since the open
 * event's first line plus a short look-back, then a copy per closed event. Memory follows the
 * events, not the file. Quiet lines outside events never reach it (the parser only counts them),
 * so the lines it holds may have gaps; every line of an event is there.
 */
export class RawLineKeeper {
  /** Line numbers (ascending) and texts of the lines held. */
  private numbers: number[] = [];
  private raws: string[] = [];
  private readonly byEvent = new Map<number, RawLine[]>();

  /** `raw` must not pin a larger string (see detach): it is kept as given. */
  add(raw: string, line: number): void {
    this.numbers.push(line);
    this.raws.push(raw);
  }

  /** Forget lines no event can need any more. */
  release(openFirstLine: number | null, currentLine: number): void {
    const keepFrom = Math.min(openFirstLine ?? Infinity, currentLine - LOOKBACK_LINES + 1);
    const drop = this.indexOf(keepFrom);
    if (drop >= COMPACT_BATCH && drop * 2 >= this.numbers.length) {
      this.numbers.splice(0, drop);
      this.raws.splice(0, drop);
    }
  }

  capture(event: { index: number; firstLine: number; lastLine: number }): void {
    if (this.byEvent.has(event.index)) return;
    const lines: RawLine[] = [];
    for (let i = this.indexOf(event.firstLine); i < this.numbers.length && this.numbers[i] <= event.lastLine; i++) {
      lines.push({ line: this.numbers[i], raw: this.raws[i] });
    }
    this.byEvent.set(event.index, lines);
  }

  /** Index of the first line held whose number is at least `line` (binary search). */
  private indexOf(line: number): number {
    let lo = 0;
    let hi = this.numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.numbers[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  linesOf(index: number): RawLine[] {
    return this.byEvent.get(index) ?? [];
  }

  /** End of input: only the per-event copies remain. */
  dropBuffer(): void {
    this.numbers = [];
    this.raws = [];
  }
}
