/**
 * Public entry of the parser: text chunks in, a typed ParseResult out.
 *
 *   chunks → lines.ts (physical lines, numbered) → prefix.ts (strip transport prefixes)
 *          → repair.ts (undo #012, merged records, pager cuts) → events.ts (segment into events)
 *
 * The parser never needs the whole input as one string and never throws: an internal failure
 * becomes an `error` diagnostic and the parse goes on. Memory is bounded by the events found
 * (plus their raw lines when `keepRaw`), not by the size of the input.
 */
import { createEventBuilder } from './events';
import { createLineSource, detach, MAX_LINE_CHARS, RawLineKeeper, utf8Length, type QuietRuns } from './lines';
import type { Diagnostic, OomEvent, ParseResult } from './model';
import { describeStyles, stripPrefix } from './prefix';
import { createRepairer } from './repair';
export * from './model';

export interface ParserOptions {
  /** Called as soon as an event is complete (or cut off), before the input ends. */
  onEvent?: (event: OomEvent) => void;
  /** Keep the raw text of lines inside events so rawLinesOf() can return them. */
  keepRaw?: boolean;
  /** Send every line through the full path, quiet ones too (tests prove the result is the same). */
  fullScan?: boolean;
}

export interface StreamingParser {
  /**
   * Feed the next piece of text (any size, split anywhere). `byteLength` is the chunk's size in
   * the original encoding when the caller knows it (a stream reader does); otherwise the UTF-8
   * length of the text is counted.
   */
  push(chunk: string, byteLength?: number): void;
  end(): ParseResult;
  /** Raw input lines (prefixes included) of event `index`; [] unless keepRaw. */
  rawLinesOf(index: number): { line: number; raw: string }[];
}

export function createParser(options: ParserOptions = {}): StreamingParser {
  const internalErrors: Diagnostic[] = [];
  const raw = options.keepRaw ? new RawLineKeeper() : null;
  const sniffer = createSniffer();
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
  const quiet = options.fullScan ? null : createQuietFilter();
  let quietLines = 0;
  /** Quiet lines outside events are only counted; the first ones, then one now and then, have their prefix read for the style report. */
  const sampleQuiet = (): boolean => ++quietLines <= STYLE_SAMPLE_FIRST || quietLines % STYLE_SAMPLE_EVERY === 0;
  /**
   * Most lines of a big log are quiet: decide that from their place in the chunk, before they are
   * cut out of it, so they cost no string at all. Not with keepRaw: the raw-line buffer is indexed
   * by line number and takes every line.
   */
  const skipQuiet =
    quiet !== null && raw === null
      ? (chunk: string, start: number, end: number, number: number): boolean => {
          if (!quiet.isQuietAt(start, end, number) || builder.openFirstLine() !== null) return true;
          if (sampleQuiet()) styles |= stripPrefix(chunk.slice(start, end)).style;
          return false;
        }
      : undefined;
  /** The same decision for whole runs of quiet lines, stopping at each line whose prefix is sampled. */
  const quietRuns: QuietRuns | undefined =
    skipQuiet === undefined || quiet === null
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
      raw?.add(text, number);
      if (quiet?.isQuiet(text, number, endInChunk) && builder.openFirstLine() === null) {
        if (sampleQuiet()) styles |= stripPrefix(text).style;
        raw?.release(null, number);
        return;
      }
      // Per line, so one bad line costs only itself, never the rest of its chunk (inline, not
      // through guard(): this runs for every line of every report).
      try {
        // Events keep pieces of these lines: they must not pin the chunk (see detach).
        const stripped = stripPrefix(detach(text));
        styles |= stripped.style;
        repairer.feed(number, stripped.text, stripped.time, stripped.uptime);
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
      sniffer.look(chunk);
      quiet?.scan(chunk);
      guard(lines.lineCount + 1, () => lines.push(chunk));
    },
    end() {
      if (result !== null) return result;
      guard(lines.lineCount + 1, () => lines.end());
      guard(lines.lineCount, () => repairer.end());
      const built = builder.end();
      for (const event of built.events) raw?.capture(event);
      raw?.dropBuffer();
      const diagnostics = [
        ...sniffer.diagnostics(),
        ...repairer.diagnostics(),
        ...built.diagnostics,
        ...internalErrors,
      ];
      if (lines.overlong.count > 0)
        diagnostics.push(overlongLines(lines.overlong.count, lines.overlong.firstLine ?? 0));
      if (built.events.length === 0 && built.allocationFailures.length === 0) {
        diagnostics.push(nothingFound(lines.lineCount, describeStyles(styles)));
      }
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
  };
}

/**
 * Words without which a line cannot start or feed anything while no event is open: a superset of
 * the event builder's own `mayMatterOutsideEvents` (index.test.ts checks that on every fixture line).
 * Case-sensitive on purpose (kernel text has fixed case; twice as fast as /i). Each word starts a
 * word, as it does wherever the kernel prints it: `\b` lets the engine pass most positions faster
 * (measured 16 %) and keeps out `room`, `skill`, `hispanic`.
 */
export const MAY_MATTER =
  /\b(?:[Oo][Oo][Mm]|[Kk]ill|[Pp]anic|[Mm]emory|[Mm]em-|[Tt]asks state|total_vm|[Tt]ask in |[Uu]sage|allocation failure|[Dd]eadlock)/g;
/**
 * Lines after a `page allocation failure` that still take the full path: the builder absorbs that
 * warning's dump (stack, Mem-Info, zones: lines without any OOM word) while no event is open.
 * Longer than any such dump. OOM events need no such margin: while one is open, every line is fed.
 */
const FAILURE_DUMP_LINES = 5000;
/** Quiet lines still have their prefix read (the first ones, then now and then) so the styles are reported. */
const STYLE_SAMPLE_FIRST = 1000;
const STYLE_SAMPLE_EVERY = 1024;

/**
 * Most of a big journal is other daemons' chatter that cannot change the result. One regex scan
 * per chunk finds the few places that mention anything OOM-like; any other line, far from them
 * and outside an open event, is only counted. This is what keeps the parse near the floor.
 */
export function createQuietFilter() {
  let hits: number[] = [];
  let nextHit = 0;
  let loudUntilLine = 0;
  /** No OOM word between `start` and `end` of the chunk last scanned (lines come in order). */
  const noHitIn = (start: number, end: number): boolean => {
    while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
    return !(nextHit < hits.length && hits[nextHit] < end);
  };
  return {
    scan(chunk: string): void {
      hits = [];
      nextHit = 0;
      MAY_MATTER.lastIndex = 0;
      for (let m = MAY_MATTER.exec(chunk); m !== null; m = MAY_MATTER.exec(chunk)) hits.push(m.index);
    },
    /**
     * isQuiet for a line known only by its place in the chunk (not yet cut out). A line it calls
     * loud must still go through isQuiet, which notes the start of an allocation failure's dump.
     */
    isQuietAt(start: number, end: number, line: number): boolean {
      return noHitIn(start, end) && line > loudUntilLine;
    },
    /** Where the next OOM word lies from `start` on (lines ending before it are quiet), or -1 within an allocation failure's dump. */
    quietUntil(start: number, line: number): number {
      if (line <= loudUntilLine) return -1;
      while (nextHit < hits.length && hits[nextHit] < start) nextHit++;
      return nextHit < hits.length ? hits[nextHit] : Infinity;
    },
    isQuiet(raw: string, line: number, endInChunk: number): boolean {
      const start = endInChunk - raw.length;
      let loud: boolean;
      if (endInChunk < 0 || start < 0) {
        // The line began in an earlier chunk, so the chunk scan may have seen only part of a word.
        MAY_MATTER.lastIndex = 0;
        loud = MAY_MATTER.test(raw);
      } else {
        loud = !noHitIn(start, endInChunk);
      }
      if (loud) {
        // The next line may be the rest of this one, hard-wrapped (`... reaped process 1 (a` then
        // `), now anon-rss:0kB`): it takes the full path too, where the builder can join them.
        loudUntilLine = Math.max(loudUntilLine, line + 1);
        if (raw.indexOf('allocation failure') >= 0) loudUntilLine = line + FAILURE_DUMP_LINES;
      }
      return !loud && line > loudUntilLine;
    },
  };
}

/** Signatures of files people drop by mistake: compressed or binary journals read as text. */
const BINARY_SIGNATURES: [RegExp, string][] = [
  [/^\x1f[\x8b\ufffd]/, 'gzip-compressed data (decompress it, or open the .gz file itself)'],
  [/^LPKSHHRH/, 'a binary systemd journal file (export it with `journalctl -k -o short-precise`)'],
  [/^\ufffd7zXZ|^\xfd7zXZ/, 'xz-compressed data'],
  [/^BZh\d/, 'bzip2-compressed data'],
  [/^(?:\x28\ufffd\/\ufffd|\x28\xb5\x2f\xfd)/, 'zstd-compressed data'],
];

/** Binary input shows itself at once; scanning further would only cost time on huge logs. */
const SNIFF_CHARS = 1 << 20;

/** Looks at the start of the input and for NUL bytes, to tell the user when this is not text at all. */
function createSniffer() {
  let first = true;
  let kind: string | null = null;
  let nulAt = -1;
  let seen = 0;
  return {
    look(chunk: string): void {
      if (first) {
        first = false;
        kind = BINARY_SIGNATURES.find(([re]) => re.test(chunk))?.[1] ?? null;
      }
      if (nulAt < 0 && seen < SNIFF_CHARS) {
        const at = chunk.indexOf('\0');
        if (at >= 0) nulAt = seen + at;
      }
      seen += chunk.length;
    },
    diagnostics(): Diagnostic[] {
      if (kind !== null) return [{ line: 1, severity: 'error', message: `This looks like ${kind}, not a text log.` }];
      if (nulAt >= 0) {
        return [
          {
            line: 1,
            severity: 'warning',
            message: `The input contains NUL bytes (first at character ${nulAt}): is it a binary file?`,
          },
        ];
      }
      return [];
    },
  };
}

function overlongLines(count: number, firstLine: number): Diagnostic {
  const which = count === 1 ? `Line ${firstLine} is` : `${count} lines (first: line ${firstLine}) are`;
  const limit = `${MAX_LINE_CHARS / 1024} KiB`;
  return {
    line: firstLine,
    severity: 'warning',
    message: `${which} longer than ${limit}; only the first ${limit} were read.`,
  };
}

function nothingFound(lineCount: number, styles: string[]): Diagnostic {
  const seen = styles.length > 0 ? `; log prefixes recognised: ${styles.join(', ')}` : '';
  const message =
    lineCount === 0
      ? 'The input is empty.'
      : `No OOM-killer report found in ${lineCount} line${lineCount === 1 ? '' : 's'} (no "invoked oom-killer", "Killed process" or "Out of memory" line${seen}).`;
  return { line: 0, severity: 'info', message };
}

/** Parse a whole text at once (tests, small pastes). */
export function parseText(text: string): ParseResult {
  const parser = createParser();
  parser.push(text);
  return parser.end();
}
