/**
 * Public entry of the parser. PLACEHOLDER until the streaming parser lands (owner: parse-transport).
 * createParser(): push text chunks as they arrive; end() returns the whole result.
 */
import type { OomEvent, ParseResult } from './model';
export * from './model';

export interface ParserOptions {
  /** Called as soon as an event is complete (or cut off), before the input ends. */
  onEvent?: (event: OomEvent) => void;
  /** Keep the raw text of lines inside events so rawLinesOf() can return them. */
  keepRaw?: boolean;
}

export interface StreamingParser {
  push(chunk: string): void;
  end(): ParseResult;
  /** Raw input lines (prefixes included) of event `index`; [] unless keepRaw. */
  rawLinesOf(index: number): { line: number; raw: string }[];
}

export function createParser(options: ParserOptions = {}): StreamingParser {
  void options;
  let bytes = 0;
  return {
    push(chunk) {
      bytes += chunk.length;
    },
    end() {
      return { events: [], allocationFailures: [], diagnostics: [], stats: { bytes, lines: 0, prefixStyles: [] } };
    },
    rawLinesOf() {
      return [];
    },
  };
}

export function parseText(text: string): ParseResult {
  const p = createParser();
  p.push(text);
  return p.end();
}
