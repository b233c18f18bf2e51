import { describe, expect, it } from 'vitest';
import type { InputFacts } from '../input/index';
import { translator } from './i18n';
import { describeInput, inputDiagnostics, type ParseCounts } from './input';

const en = translator('en');
const zh = translator('zh-CN');

const text: InputFacts = {
  source: 'bytes',
  bytesRead: 100,
  textBytes: 100,
  chars: 100,
  lines: 4,
  encoding: 'utf-8',
  bom: false,
  undecodable: 0,
  gzip: null,
  binary: null,
  empty: false,
  blank: false,
  nul: null,
};
const none: ParseCounts = { events: 0, incomplete: 0, allocationFailures: 0, lines: 4, prefixStyles: [] };

describe('describeInput', () => {
  it('says empty and blank', () => {
    expect(describeInput({ ...text, empty: true, blank: true }, { ...none, lines: 0 }, en)).toBe(
      'The input is empty: paste a kernel log or open a file.',
    );
    expect(describeInput({ ...text, blank: true }, none, en)).toContain('only blank space');
    expect(describeInput({ ...text, blank: true }, none, zh)).toBe('输入只包含空白：请粘贴内核日志或打开一个文件。');
  });

  it('names a known binary format and says what to do, inside gzip too', () => {
    expect(describeInput({ ...text, binary: { format: 'xz' } }, none, en)).toBe(
      'This looks like xz-compressed data, not a text log. Decompress it first; only gzip (.gz) is read directly.',
    );
    const journal = describeInput({ ...text, binary: { format: 'systemd-journal' } }, none, en);
    expect(journal).toContain('journalctl -k -o short-precise --file FILE');
    expect(describeInput({ ...text, gzip: { broken: false }, binary: { format: 'tar' } }, none, en)).toContain(
      'a tar archive inside a gzip file',
    );
    expect(describeInput({ ...text, binary: { format: 'xz' } }, none, zh)).toBe(
      '这看起来是xz 压缩数据，不是文本日志。请先解压；只有 gzip（.gz）可以直接读取。',
    );
  });

  it('says binary data when only the characters tell, with the gzip hint when it was not gzip', () => {
    const s = describeInput({ ...text, binary: { format: null }, nul: { count: 9, firstLine: 1 } }, none, en);
    expect(s).toBe(
      'This looks like binary data, not a text log (mostly non-text characters, with NUL bytes). If it is compressed, only gzip (.gz) can be read.',
    );
    expect(describeInput({ ...text, binary: { format: null }, gzip: { broken: false } }, none, en)).not.toContain(
      'only gzip',
    );
  });

  it('counts what it read when no report was found', () => {
    const counts = { ...none, lines: 1234, allocationFailures: 2, prefixStyles: ['dmesg', 'syslog'] };
    expect(describeInput(text, counts, en)).toMatch(
      /^No OOM-killer report found in 1,234 lines with dmesg, syslog prefixes \(2 page allocation failures, warnings\)\. An OOM report starts/,
    );
    expect(describeInput(text, { ...none, lines: 1 }, en)).toMatch(/^No OOM-killer report found in 1 line\. /);
    expect(describeInput(text, counts, zh)).toMatch(
      /^在 1,234 行（前缀格式：dmesg, syslog）中没有找到 OOM-killer 报告/,
    );
  });

  it('counts events, cut-short ones and allocation failures', () => {
    const counts = { ...none, events: 2, incomplete: 1, lines: 50 };
    expect(describeInput(text, counts, en)).toBe('Found 2 OOM-killer events, 1 cut short in 50 lines.');
    expect(describeInput(text, { ...counts, incomplete: 0, events: 1, allocationFailures: 1 }, en)).toBe(
      'Found 1 OOM-killer event and 1 page allocation failure (a warning, not an OOM kill) in 50 lines.',
    );
    expect(describeInput(text, counts, zh)).toBe('在 50 行中找到 2 个 OOM-killer 事件，其中 1 个不完整。');
  });

  it('words a broken gzip one way, whether something came out of it or not', () => {
    const cut = { ...text, gzip: { broken: true } };
    expect(describeInput(cut, { ...none, lines: 10 }, en)).toContain(
      'The gzip file is truncated or damaged: only the first 10 lines could be read.',
    );
    expect(describeInput({ ...cut, empty: true, blank: true }, { ...none, lines: 0 }, en)).toBe(
      'The gzip file is truncated or damaged: nothing could be decompressed from it.',
    );
  });
});

describe('inputDiagnostics', () => {
  it('says why nothing was found, at line 0', () => {
    expect(inputDiagnostics(text, none, en)).toEqual([
      { line: 0, severity: 'info', message: expect.stringMatching(/^No OOM-killer report found in 4 lines/) as string },
    ]);
    expect(inputDiagnostics(text, { ...none, events: 1 }, en)).toEqual([]);
  });

  it('makes a known format or an empty broken gzip one error, and nothing else', () => {
    expect(inputDiagnostics({ ...text, binary: { format: 'zstd' } }, none, en)).toEqual([
      { line: 0, severity: 'error', message: expect.stringContaining('zstd-compressed data') as string },
    ]);
    const nothing = { ...text, empty: true, blank: true, gzip: { broken: true } };
    expect(inputDiagnostics(nothing, none, en).map((d) => d.severity)).toEqual(['error']);
  });

  it('warns of a broken gzip, NUL bytes (at their line), and notes undecodable bytes and UTF-16', () => {
    const facts = { ...text, gzip: { broken: true }, nul: { count: 3, firstLine: 7 }, undecodable: 2 };
    const d = inputDiagnostics(facts, { ...none, events: 1, lines: 10 }, en);
    expect(d).toEqual([
      {
        line: 0,
        severity: 'warning',
        message: 'The gzip file is truncated or damaged: only the first 10 lines could be read.',
      },
      {
        line: 7,
        severity: 'warning',
        message: 'The input contains 3 NUL bytes (the first on line 7): is part of it binary?',
      },
      { line: 0, severity: 'info', message: '2 bytes were not valid UTF-8 and show as �.' },
    ]);
    const utf16 = inputDiagnostics({ ...text, encoding: 'utf-16le', bom: true }, { ...none, events: 1 }, en);
    expect(utf16[0].message).toBe('Read as UTF-16LE text (it starts with a byte order mark).');
  });
});
