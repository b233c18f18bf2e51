import { describe, expect, it } from 'vitest';
import type { LogLine } from '../model';
import { createRepairer } from '../repair/repair';
import { createGluedDateStage } from './gluedDate';
import { createPrefixStripper } from './prefix';
import { PrefixStyle } from './styles';

/** The lines through the prefix stage and repair, as the parser wires them (src/parse/index.ts). */
function read(lines: string[]) {
  const out: LogLine[] = [];
  const repairer = createRepairer((l) => out.push(l));
  const prefix = createPrefixStripper();
  const stage = createGluedDateStage(prefix, repairer.feed);
  lines.forEach((raw, i) => {
    const s = prefix.strip(raw);
    stage.feed(i + 1, s.text, s.time, s.uptime, s.source, (s.style & PrefixStyle.TimeOnly) !== 0);
  });
  stage.end();
  repairer.end();
  return { out, texts: out.map((l) => l.text), numbers: out.map((l) => l.line), diagnostics: repairer.diagnostics() };
}

describe('syslog date cut from its record', () => {
  // LKML 2008 ("OOM killer on idle machine"): a bad copy glued the next record's date on, a wrap cut it.
  it('gives the date back to the record it starts', () => {
    const r = read([
      '[<c0141f8a>] __get_free_pages+0x39/0x47 Feb 4',
      '16:15:16 kernel: [<c011bbc8>] copy_process+0x89/0x1051',
      'Mem-Info:',
    ]);
    expect(r.texts).toEqual([
      '[<c0141f8a>] __get_free_pages+0x39/0x47',
      '[<c011bbc8>] copy_process+0x89/0x1051',
      'Mem-Info:',
    ]);
    expect(r.numbers).toEqual([1, 2, 3]);
    expect(r.out[1].time).toBe('Feb 4 16:15:16');
    // A day ending in 0 or 1 (also the last characters of a cut `#012`) is a date all the same.
    expect(read(['x+0x39/0x47 Dec 21', '16:15:16 kernel: y']).texts).toEqual(['x+0x39/0x47', 'y']);
    // repair/ counts it among the merged records.
    expect(r.diagnostics).toEqual([
      { line: 1, severity: 'info', message: expect.stringContaining('merged') as string },
    ]);
  });

  it('leaves a line ending in a month and a day alone when no time follows (and at the end)', () => {
    expect(read(['BIOS built on Feb  4', 'Mem-Info:']).texts).toEqual(['BIOS built on Feb  4', 'Mem-Info:']);
    expect(read(['a line ending on Dec 24']).texts).toEqual(['a line ending on Dec 24']);
    expect(read(['order=0, oomkilladj=0', '16:15:16 x']).texts).toEqual(['order=0, oomkilladj=0', '16:15:16 x']);
  });

  it('gives a date back after a line whose escaped line break a wrap cut in two', () => {
    const r = read(['Mem-Info:#0', '12active_anon:1 Feb 4', '16:15:16 kernel: inactive_anon:2']);
    expect(r.texts).toEqual(['Mem-Info:', 'active_anon:1', 'inactive_anon:2']);
    expect(r.out.map((l) => l.time)).toEqual([null, null, 'Feb 4 16:15:16']);
  });
});
