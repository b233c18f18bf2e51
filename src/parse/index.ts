/**
 * Public entry of the parser: text chunks in, a typed ParseResult out.
 *
 *   chunks → lines/ (physical lines, numbered) → prefix/ (strip transport prefixes, give glued dates back)
 *          → repair/ (undo #012, merged records, pager cuts) → segment/ + build/ (classify lines, build events,
 *            each kind of line as declared in kinds/)
 *
 * Each stage only calls the next one. Every piece of state (the remembered prefix, held lines, the
 * open event) belongs to one parser: parses in one process never affect each other.
 *
 * The parser never needs the whole input as one string and never throws: an internal failure
 * becomes an `error` diagnostic and the parse goes on. Memory is bounded by the events found
 * (plus their raw lines when `keepRaw`), not by the size of the input.
 */
import { createEventBuilder } from './build/events';
import { createLineSource, MAX_LINE_CHARS, type QuietRuns } from './lines/lineSource';
import { RawLineKeeper } from './lines/rawLines';
import { detach, utf8Length } from './lines/strings';
import type { Diagnostic, OomEvent, ParseResult } from './model';
import { createGluedDateStage } from './prefix/gluedDate';
import { createPrefixStripper } from './prefix/prefix';
import { describeStyles, PrefixStyle } from './prefix/styles';
import { createQuietFilter } from './lines/quiet';
import { createRepairer } from './repair/repair';
export * from './model';
export { createQuietFilter, MAY_MATTER } from './lines/quiet';
export { eventClock, yearlessClock, NOMINAL_YEAR, type EventClock, type WallClock } from './prefix/clock';

export interface ParserOptions {
  /** Called as soon as an event is complete (or cut off), before the input ends. */
  onEvent?: (event: OomEvent) => void;
  /** Keep the raw text of lines inside events so rawLinesOf() can return them. */
  keepRaw?: boolean;
  /** Send every line through the full path, quiet ones too (tests prove the result is the same). */
  fullScan?: boolean;
  /**
   * Endless input (`oomscope --follow`): keep nothing that is done. Closed events, allocation failures
   * and diagnostics are dropped after each push, so memory stays flat over days; onEvent is the output.
   */
  follow?: boolean;
}

export interface StreamingParser {
  /**
   * Feed the next piece of text (any size, split anywhere). `byteLength` is the chunk's size in
   * the original encoding when the caller knows it (a stream reader does); otherwise the UTF-8
   * length of the text is counted.
   */
  push(chunk: string, byteLength?: number): void;
  end(): ParseResult;
  /** The input paused (follow mode): an event past its kill line is closed now, not at the next line. */
  idle(): void;
  /** Raw input lines (prefixes included) of event `index`; [] unless keepRaw. */
  rawLinesOf(index: number): { line: number; raw: string }[];
  /** Complete lines read so far (the next line read is number lineCount + 1). */
  readonly lineCount: number;
}

export function createParser(options: ParserOptions = {}): StreamingParser {
  const internalErrors: Diagnostic[] = [];
  const raw = options.keepRaw ? new RawLineKeeper() : null;
  let styles = 0;
  let bytes = 0;
  let result: ParseResult | null = null;

  const builder = createEventBuilder({
    onEvent(event) {
      raw?.capture(event);
      options.onEvent?.(event);
    },
  });
  const repairer = createRepairer((line) => builder.feed(line));
  const prefix = createPrefixStripper();
  const gluedDates = createGluedDateStage(prefix, repairer.feed);
  const quiet = options.fullScan ? null : createQuietFilter();
  let quietLines = 0;
  /** Quiet lines outside events are only counted; the first ones, then one now and then, have their prefix read for the style report. */
  const sampleQuiet = (): boolean => ++quietLines <= STYLE_SAMPLE_FIRST || quietLines % STYLE_SAMPLE_EVERY === 0;
  /**
   * Most lines of a big log are quiet: decide that from their place in the chunk, before they are
   * cut out of it, so they cost no string at all (nor a place among the raw lines: no event has them).
   */
  const skipQuiet =
    quiet !== null
      ? (chunk: string, start: number, end: number, number: number): boolean => {
          if (!quiet.isQuietAt(start, end, number) || builder.openFirstLine() !== null) return true;
          if (sampleQuiet()) styles |= prefix.strip(chunk.slice(start, end)).style;
          return false;
        }
      : undefined;
  /** The same decision for whole runs of quiet lines, stopping at each line whose prefix is sampled. */
  const quietRuns: QuietRuns | undefined =
    quiet === null
      ? undefined
      : {
          quietBefore(start, number) {
            const sampled = quietLines < STYLE_SAMPLE_FIRST || (quietLines + 1) % STYLE_SAMPLE_EVERY === 0;
            return sampled || builder.openFirstLine() !== null ? -1 : quiet.quietUntil(start, number);
          },
          get maxRun() {
            return STYLE_SAMPLE_EVERY - 1 - (quietLines % STYLE_SAMPLE_EVERY);
          },
          counted(n) {
            quietLines += n;
          },
        };
  const lines = createLineSource(
    (text, number, endInChunk) => {
      if (quiet?.isQuiet(text, number, endInChunk) && builder.openFirstLine() === null) {
        if (sampleQuiet()) styles |= prefix.strip(text).style;
        return; // no event holds a quiet line: the raw-line keeper does not need it either
      }
      // Events (and the raw-line keeper) keep pieces of these lines: they must not pin the chunk.
      const own = detach(text);
      raw?.add(own, number);
      // Per line, so one bad line costs only itself, never the rest of its chunk (inline, not
      // through guard(): this runs for every line of every report).
      try {
        const stripped = prefix.strip(own);
        styles |= stripped.style;
        const timeOnly = (stripped.style & PrefixStyle.TimeOnly) !== 0;
        gluedDates.feed(number, stripped.text, stripped.time, stripped.uptime, stripped.source, timeOnly);
      } catch (err) {
        noteInternalError(number, err);
      }
      raw?.release(builder.openFirstLine(), number);
    },
    skipQuiet,
    quietRuns,
  );

  function guard(line: number, work: () => void): void {
    try {
      work();
    } catch (err) {
      noteInternalError(line, err);
    }
  }

  function noteInternalError(line: number, err: unknown): void {
    if (internalErrors.length < 20) {
      const message = err instanceof Error ? err.message : String(err);
      internalErrors.push({ line, severity: 'error', message: `internal parser error: ${message}` });
    }
  }

  return {
    push(chunk, byteLength) {
      if (result !== null || typeof chunk !== 'string') return;
      bytes += byteLength ?? utf8Length(chunk);
      if (chunk.length === 0) return;
      quiet?.scan(chunk);
      guard(lines.lineCount + 1, () => lines.push(chunk));
      if (options.follow) builder.forget();
    },
    idle() {
      if (result !== null) return;
      builder.idle();
      if (options.follow) builder.forget();
    },
    end() {
      if (result !== null) return result;
      guard(lines.lineCount + 1, () => lines.end());
      guard(lines.lineCount, () => gluedDates.end());
      guard(lines.lineCount, () => repairer.end());
      const built = builder.end();
      for (const event of built.events) raw?.capture(event);
      raw?.dropBuffer();
      const diagnostics = [...repairer.diagnostics(), ...built.diagnostics, ...internalErrors];
      if (lines.overlong.count > 0)
        diagnostics.push(overlongLines(lines.overlong.count, lines.overlong.firstLine ?? 0));
      diagnostics.sort((a, b) => a.line - b.line);
      result = {
        events: built.events,
        allocationFailures: built.allocationFailures,
        diagnostics,
        stats: { bytes, lines: lines.lineCount, prefixStyles: describeStyles(styles) },
      };
      return result;
    },
    rawLinesOf(index) {
      return raw?.linesOf(index) ?? [];
    },
    get lineCount() {
      return lines.lineCount;
    },
  };
}

/** Quiet lines still have their prefix read (the first ones, then now and then) so the styles are reported. */
const STYLE_SAMPLE_FIRST = 1000;
const STYLE_SAMPLE_EVERY = 1024;

function overlongLines(count: number, firstLine: number): Diagnostic {
  const which = count === 1 ? `Line ${firstLine} is` : `${count} lines (first: line ${firstLine}) are`;
  const limit = `${MAX_LINE_CHARS / 1024} KiB`;
  return {
    line: firstLine,
    severity: 'warning',
    message: `${which} longer than ${limit}; only the first ${limit} were read.`,
  };
}

/** Parse a whole text at once (tests, small pastes). */
export function parseText(text: string): ParseResult {
  const parser = createParser();
  parser.push(text);
  return parser.end();
}
