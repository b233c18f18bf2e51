import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../analyze/index';
import { parseText } from '../parse/index';
import { translator } from './i18n';
import { markdownReport } from './markdown';
import { code, escapeText, table } from './markdownSyntax';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');

describe('markdown syntax', () => {
  it('escapes what would turn into emphasis, links, HTML or a new table cell', () => {
    expect(escapeText('a*b_c [x](y) <script> |cell| ~~s~~ `c`')).toBe(
      'a\\*b\\_c \\[x\\](y) \\<script\\> \\|cell\\| \\~\\~s\\~\\~ \\`c\\`',
    );
    expect(escapeText('two\n  lines')).toBe('two lines');
  });

  it('keeps names literal in code spans, pipes escaped for tables', () => {
    expect(code('kworker/0:1')).toBe('`kworker/0:1`');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('x`y')).toBe('``x`y``');
  });

  it('writes pipe tables with right-aligned number columns', () => {
    expect(table(['n', 'name'], [['1', 'a']], ['r'])).toBe('| n | name |\n| ---: | --- |\n| 1 | a |');
  });
});

describe('markdownReport', () => {
  const event = parseText(fixture('6.5.0_nixos_cgroupv2_2events_dmesg.log')).events[0];
  const report = markdownReport(event, analyzeEvent(event), { t: translator('en'), file: 'dmesg.txt', number: 1 });

  it('has the sections of the page, in order', () => {
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## OOM event 1: cgroup OOM',
      '### Findings',
      '### Request and kill',
      '### gfp_mask decoded: `0xcc0`',
      '### Zones',
      '### Top 4 tasks by RSS (of 4)',
      '### Kernel',
    ]);
    expect(report).toContain('Lines 1–89 of `dmesg.txt` · stamped `[144381.714151]`');
    expect(report).toMatch(/^> Cgroup .* hit its memory limit/m);
  });

  it('puts the numbers in: findings with evidence lines, the cgroup, the victim, the killed task marked', () => {
    expect(report).toMatch(/^- \*\*critical\*\* — .*hit its memory limit \(lines 10, 26, 28, 88, 89\)/m);
    expect(report).toContain(
      '| cgroup | `/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-thunderbird-265606.scope`: usage 701.6 MiB of limit 476.8 MiB |',
    );
    expect(report).toMatch(/\| 265606 \| `\.thunderbird-wr` \(killed\) \| /);
    expect(report).toContain('| Flags | `GFP_KERNEL` |');
  });

  it('is plain Markdown: no HTML, every table row closed', () => {
    expect(report).not.toMatch(/<\/?[a-z][^>]*>/i);
    for (const line of report.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });

  it('speaks Chinese with the same tables', () => {
    const zh = markdownReport(event, analyzeEvent(event), { t: translator('zh-CN'), file: 'dmesg.txt', number: 1 });
    expect(zh).toMatch(/^## OOM 事件 1：cgroup OOM/);
    expect(zh).toContain('### 内核');
    expect(zh.split('\n').filter((l) => l.startsWith('|')).length).toBe(
      report.split('\n').filter((l) => l.startsWith('|')).length,
    );
  });
});
