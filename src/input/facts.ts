/**
 * What the input module learns about an input while it streams: typed facts, no sentences (src/present
 * words them, in the reader's language). The counters cost a few indexOf scans per chunk.
 */
import type { TextEncoding } from './encoding';
import type { BinaryFormat } from './signatures';

export interface InputFacts {
  /** Pasted text, or bytes (a file, standard input). */
  source: 'text' | 'bytes';
  /** Bytes taken from the source: compressed bytes for gzip, the UTF-8 size of pasted text. */
  bytesRead: number;
  /** Bytes of text before decoding (after gunzip): what the parser's byte count means. */
  textBytes: number;
  /** UTF-16 code units of decoded text. */
  chars: number;
  /** Lines: line feeds, plus one for a last line without one. */
  lines: number;
  encoding: TextEncoding;
  /** A byte order mark opened the text (and was dropped). */
  bom: boolean;
  /** Bytes that were not valid in the encoding, each read as U+FFFD (a U+FFFD in the text counts too). */
  undecodable: number;
  /** The input was gzip; `broken`: the stream ended early or was damaged (the text before the break was read). */
  gzip: { broken: boolean } | null;
  /**
   * Not text. `format`: named by its first bytes (then nothing past the head was read); null when only
   * the characters tell (mostly control or undecodable characters in the first 64 KiB).
   */
  binary: { format: BinaryFormat | null } | null;
  /** No text at all. */
  empty: boolean;
  /** No character other than white space (true when empty). */
  blank: boolean;
  /** NUL characters anywhere in the text, and the line of the first. */
  nul: { count: number; firstLine: number } | null;
}

/** Decoded characters sampled for the "mostly not text" verdict: a log does not turn binary halfway. */
export const SAMPLE_CHARS = 64 * 1024;
/** Above this share of control / undecodable characters in the sample, the input is called binary. */
export const BINARY_RATIO = 0.1;

function isNonText(code: number): boolean {
  if (code === 0xfffd) return true; // a decoder's replacement for an invalid byte
  if (code >= 0x20) return code === 0x7f;
  // Tab, line feed, form feed, carriage return and ESC (colour codes of a terminal capture) are text.
  return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

/** The facts of an input before anything was read (nothing at all: empty). */
export function initialFacts(source: InputFacts['source']): InputFacts {
  return {
    source,
    bytesRead: 0,
    textBytes: 0,
    chars: 0,
    lines: 0,
    encoding: 'utf-8',
    bom: false,
    undecodable: 0,
    gzip: null,
    binary: null,
    empty: true,
    blank: true,
    nul: null,
  };
}

/** Counts lines, NULs, undecodable characters and the sample's non-text share as decoded text goes by. */
export class FactsCollector {
  readonly facts: InputFacts;
  private sampled = 0;
  private nonText = 0;
  private endsInNewline = true;
  private newlines = 0;

  constructor(source: InputFacts['source']) {
    this.facts = initialFacts(source);
  }

  see(text: string, textBytes: number): void {
    const f = this.facts;
    f.textBytes += textBytes;
    if (text.length === 0) return;
    f.chars += text.length;
    f.empty = false;
    if (f.blank && /\S/.test(text)) f.blank = false;
    for (let at = text.indexOf('\0'); at >= 0; at = text.indexOf('\0', at + 1)) {
      if (f.nul === null) f.nul = { count: 0, firstLine: this.newlines + countLf(text, 0, at) + 1 };
      f.nul.count++;
    }
    for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) f.undecodable++;
    this.newlines += countLf(text, 0, text.length);
    this.endsInNewline = text.charCodeAt(text.length - 1) === 10;
    f.lines = this.newlines + (this.endsInNewline ? 0 : 1);
    if (this.sampled < SAMPLE_CHARS) this.sample(text);
  }

  private sample(text: string): void {
    const take = Math.min(text.length, SAMPLE_CHARS - this.sampled);
    for (let i = 0; i < take; i++) if (isNonText(text.charCodeAt(i))) this.nonText++;
    this.sampled += take;
    if (this.facts.binary?.format == null) {
      this.facts.binary = this.nonText / this.sampled > BINARY_RATIO ? { format: null } : null;
    }
  }
}

function countLf(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
