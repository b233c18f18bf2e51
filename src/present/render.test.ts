/**
 * Every finding and headline of the real fixtures, whole and cut, renders in both languages: no catalogue key
 * left unresolved, no "undefined", "NaN" or raw ICU in the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';
import { analyzeEvents } from '../analyze';
import { findingText } from './findings';
import { headlineText } from './headline';
import { translator } from './i18n';

const dir = resolve(__dirname, '../../test/fixtures');
const fixture = (name: string) => readFileSync(resolve(dir, name), 'utf8');
const LOGS = readdirSync(dir).filter((f) => f.endsWith('.log'));
const en = translator('en');
const zh = translator('zh-CN');

function words(text: string, t = en): string {
  return analyzeEvents(parseText(text).events)
    .flatMap((a) => [headlineText(t, a.headline), ...a.findings.flatMap((f) => Object.values(findingText(t, f)))])
    .join('\n');
}

const BROKEN = /undefined|NaN|\{[a-zA-Z_]+\}|findings\.|headline\.|\bnull\b/;

describe('rendering the analysis of real logs', () => {
  it('headlines of a global OOM, a memcg OOM and a SysRq OOM read as sentences', () => {
    const first = (name: string) => headlineText(en, analyzeEvents(parseText(fixture(name)).events)[0].headline);
    expect(first('rhel7_3.10.0-514.6.1.el7_embedded_example.log')).toBe(
      'The system ran out of memory: no zone the request could use had enough free memory above its high watermark. ' +
        'sed (pid 29481) asked for 4 KiB (order 0) and could not get it. ' +
        'The kernel killed mysqld (pid 6576, 19.7 GiB resident), which had the highest badness score.',
    );
    expect(first('4.18_cgroupv1_leaker_lkml.log')).toBe(
      'Cgroup /leaker hit its memory limit (512 MiB used of 512 MiB); the rest of the machine may have had memory to spare. ' +
        'leaker (pid 2746) asked for 4 KiB (order 0) and could not get it. ' +
        'The kernel killed leaker (pid 2746, 510.1 MiB resident), the same process that asked, which had the highest badness score (998).',
    );
    expect(first('ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example.log')).toBe(
      'The OOM killer was started by hand (SysRq-f); no allocation had failed. ' +
        'The kernel killed unattended-upgr (pid 651, 20.4 MiB resident), which had the highest badness score.',
    );
    expect(
      headlineText(zh, analyzeEvents(parseText(fixture('4.18_cgroupv1_leaker_lkml.log')).events)[0].headline),
    ).toBe(
      'cgroup /leaker 达到了内存上限（已用 512 MiB，上限 512 MiB）；机器的其余部分可能还有富余内存。' +
        'leaker（pid 2746）申请了 4 KiB（order 0），但没有得到。' +
        '内核杀掉了 leaker（pid 2746，常驻 510.1 MiB），正是申请内存的那个进程，它的 badness 分数最高（998）。',
    );
  });

  it('every fixture renders without holes in English and Chinese, and in English when cut at every 17th line', () => {
    const problems: string[] = [];
    const check = (name: string, text: string, t = en) => {
      const found = BROKEN.exec(words(text, t));
      if (found) problems.push(`${name}: …${found.input.slice(Math.max(0, found.index - 60), found.index + 40)}…`);
    };
    for (const name of LOGS) {
      const lines = fixture(name).split('\n');
      check(name, fixture(name), en);
      check(name, fixture(name), zh);
      for (let cut = 1; cut < lines.length; cut += 17) {
        check(name, lines.slice(0, cut).join('\n'));
        check(name, lines.slice(cut).join('\n'));
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  }, 30_000);
});
