import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../parse/model';
import { recognise, type InputFacts } from './recognise';
import { makeEvent } from '../../test/support/workerTesting';

const text: InputFacts = { chars: 100, nonBlank: true, nulChars: 0, binary: false, gzip: false, truncatedGzip: false };
const result = (over: Partial<ParseResult> = {}, lines = 3, prefixStyles: string[] = []): ParseResult => ({
  events: [],
  allocationFailures: [],
  diagnostics: [],
  stats: { bytes: 100, lines, prefixStyles },
  ...over,
});
const failure = { firstLine: 1, lastLine: 2, comm: 'x', gfpMask: null, order: 0 };

describe('recognise', () => {
  it('says the input is empty or blank', () => {
    expect(recognise({ ...text, chars: 0, nonBlank: false }, result({}, 0))).toBe(
      'The input is empty: paste a kernel log or open a file.',
    );
    expect(recognise({ ...text, nonBlank: false }, result({}, 4))).toContain('only blank space');
  });

  it('says binary data and hints at gzip', () => {
    const s = recognise({ ...text, binary: true, nulChars: 9 }, result());
    expect(s).toContain('binary data');
    expect(s).toContain('NUL bytes');
    expect(s).toContain('only gzip (.gz)');
  });

  it("prefers the parser's name for a known binary format", () => {
    const named = {
      line: 1,
      severity: 'error' as const,
      message: 'This looks like xz-compressed data, not a text log.',
    };
    expect(recognise({ ...text, binary: true }, result({ diagnostics: [named] }))).toBe(
      'This looks like xz-compressed data, not a text log. Only gzip (.gz) compression can be read.',
    );
  });

  it('describes a text that held no OOM report: lines, prefixes, allocation failures', () => {
    const s = recognise(text, result({ allocationFailures: [failure, failure] }, 1234, ['dmesg', 'syslog']));
    expect(s).toMatch(
      /^No OOM-killer report found\. Read 1,234 lines with dmesg, syslog prefixes and 2 page allocation failures/,
    );
  });

  it('counts events and the cut-short ones', () => {
    const events = [makeEvent(), makeEvent({ index: 1, complete: false })];
    expect(recognise(text, result({ events }, 50))).toBe('Found 2 OOM-killer events, 1 cut short in 50 lines.');
    expect(recognise(text, result({ events: [makeEvent({ complete: false })] }, 1))).toBe(
      'Found 1 OOM-killer event, cut short in 1 line.',
    );
  });

  it('says a gzip was truncated, with or without anything read', () => {
    expect(recognise({ ...text, gzip: true, truncatedGzip: true }, result({}, 10))).toContain(
      'truncated or damaged: only the first 10 lines could be read',
    );
    expect(recognise({ ...text, chars: 0, nonBlank: false, gzip: true, truncatedGzip: true }, result({}, 0))).toContain(
      'nothing could be decompressed',
    );
  });

  it('does not call a log binary when it did find events in it', () => {
    expect(recognise({ ...text, binary: true }, result({ events: [makeEvent()] }))).toMatch(
      /^Found 1 OOM-killer event/,
    );
  });
});
