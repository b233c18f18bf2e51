/**
 * Issue 3, "hard-wrapped lines (mail at 72 columns, broken mid-word)": every fixture re-wrapped at
 * 72 columns, once cut mid-word (hard) and once broken at spaces (word wrap), must give the same
 * model as the original, apart from line numbers (the pieces are new physical lines) and the free
 * text of `Hardware name:` / taint flags, whose lost spaces cannot be told from none.
 *
 * Every fixture runs both ways. The ones known to read differently are listed in KNOWN_FAILURES
 * with the reason; a listed one that starts reading the same fails the test until it is taken off
 * the list, so the list stays true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeResult } from './support/describeResult';
import { parseFixture } from './support/fixtures';

const WIDTH = 72;

function wrapLine(line: string, atSpaces: boolean): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    const space = atSpaces ? rest.lastIndexOf(' ', WIDTH) : -1;
    const at = space > 20 ? space : WIDTH;
    out.push(rest.slice(0, at));
    rest = space > 20 ? rest.slice(at + 1) : rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** The summary without what a re-wrap legitimately changes. */
function comparable(text: string): string {
  return describeResult(parseFixture(text))
    .split('\n')
    .filter((l) => !/^\s+hardware:|^diagnostics:/.test(l))
    .map((l) =>
      l
        .replace(/@\d+(\/\d+)?/g, '@')
        .replace(/lines \d+-\d+/, 'lines')
        .replace(/ tainted=.*$/, ''),
    )
    .join('\n');
}

type Mode = 'hard' | 'word';

/** Both halves of the cut line read as Mem-Info counters on their own, so nothing tells that they belong together. */
const COUNTER_NAME_CUT =
  'a hard cut inside a Mem-Info counter name (`… inactiv` + `e_anon:1509191 …`, `… slab_unrecl` + `aimable:13708#012 …`): each half reads as counters on its own, they are not joined, and the counter is lost';
const ESCAPED_PIECE_CUT =
  'a hard cut leaves a word fragment between two `#012` escapes of one Mem-Info record (`slab_`, `une`): the fragment is not joined to the next piece';
const LONG_TASK_NAME =
  'the derived fixture names a task `VM Monitoring Task`, longer than the 15 characters a kernel prints, so the tail of a row broken before it is not taken as the end of its name';

const MAILED_ALREADY =
  'the paste was wrapped by mail before: its kill line was cut after `shmem-rss:0kB, UID:0` and the rest kept apart; re-wrapping moves the cuts so the tail is joined and the victim gets its uid, pgtables and oom_score_adj';
const REVERSED_WRAP =
  'read newest first, each wrapped line arrives tail first: the pieces are not joined, so the report falls apart into fragments';
const FAILURE_DUMP_WRAP =
  'lines inside an allocation failure’s dump are not joined when a wrap cuts them (only the warning’s own line is): the `CPU:` line cut inside the release (`5.16.15-` + `1.37.fc32…`) is read as cut';

/** Fixture and mode that read differently re-wrapped, and why. */
const KNOWN_FAILURES: Record<string, Partial<Record<Mode, string>>> = {
  't030_archlinux_6.1.1_prefix_syslog-kernel': { hard: COUNTER_NAME_CUT },
  't030_archlinux_6.1.1_prefix_syslog-kernel-timestamp': { hard: COUNTER_NAME_CUT },
  't030_archlinux_6.1.1_prefix_syslog-warning': { hard: COUNTER_NAME_CUT },
  't030_archlinux_6.1.1_prefix_syslog-warning-2': { hard: COUNTER_NAME_CUT },
  't030_archlinux_6.1.1_prefix_syslog-prefix': {
    hard: 'the `CPU:` line is cut inside the blanks of its taint flags (`Tainted: G      ` + `     OE      6.1.1-arch1-1 #1 …`): the tail is not joined and the kernel version is lost',
  },
  't030_rhel7_prefix_syslog-kernel-timestamp': { hard: COUNTER_NAME_CUT },
  't030_rhel7_prefix_syslog-warning': { hard: COUNTER_NAME_CUT },
  't030_rhel7_prefix_timestamp-only': { hard: COUNTER_NAME_CUT },
  't040_rhel7_journalctl_syslog-warning': { hard: COUNTER_NAME_CUT },
  't030_rhel7_prefix_syslog-warning-2': { hard: ESCAPED_PIECE_CUT },
  't030_rhel7_prefix_syslog-prefix': { hard: `${COUNTER_NAME_CUT}; and ${ESCAPED_PIECE_CUT}` },
  't030_rhel7_prefix_kernel-only': {
    hard: `${ESCAPED_PIECE_CUT}; a number cut at the end of an escaped record reads as a whole one (\`free:395\` + \`13\`); and a row's oom_score_adj cut after \`-1\` (+ \`000 systemd-udevd\`)`,
  },
  t050_rhel7_trigger_proc_with_space: { hard: LONG_TASK_NAME, word: LONG_TASK_NAME },
  t060_rhel7_killed_proc_with_space: { hard: LONG_TASK_NAME, word: LONG_TASK_NAME },
  // The cases of issue 10 (real corpus logs and the synthetic pastes built from them).
  '016-dmesg-T-human-time-elided-fragment': {
    hard: 'the task header is cut inside `pgtables_bytes` with no other header in the fragment to weigh the readings: `pgtable` + `s_bytes` stay two columns',
  },
  '020-syzkaller-5.10-printk-caller-id-email-wrapped-partial': {
    hard: MAILED_ALREADY,
    word: MAILED_ALREADY,
  },
  'synthetic-journalctl-p-warning-from-003': {
    hard: 'the trigger line is cut inside `oom-killer` under a 52-column syslog prefix: neither half names the report, and the report is read as a fragment',
    word: 'the syslog prefix leaves 20 columns of the trigger line: the comm is cut off from `invoked oom-killer`, and the first `0` of each `lowmem_reserve[]` list (alone on its piece) is not joined back',
  },
  'synthetic-reversed-journalctl-r-from-001': {
    hard: REVERSED_WRAP,
    word: REVERSED_WRAP,
  },
  'synthetic-vmemmap-xen-balloon-5.16-from-xen-devel': {
    hard: FAILURE_DUMP_WRAP,
    word: FAILURE_DUMP_WRAP,
  },
  'ubuntu-3.13-nginx-xen-elided': {
    hard: 'a bad copy merged two buddy lines into one, which the wrap then cut: merged records are split per physical line, before wrapped pieces are joined',
  },
};

/** No line is longer than 72 columns: re-wrapping changes nothing, so it proves nothing. */
const NOTHING_TO_WRAP = [
  't034_rhel7_begin_but_no_end',
  '009-arm64-android-caller-prefix-wrapped-kill-fragment',
  'synthetic-vmalloc-3.2-arm-two-line-from-raspberrypi-linux-95',
];

const dir = join(__dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .map((f) => f.slice(0, -'.log'.length))
  .sort();

describe('fixtures re-wrapped at 72 columns', () => {
  it('lists only fixtures that exist', () => {
    for (const name of [...Object.keys(KNOWN_FAILURES), ...NOTHING_TO_WRAP]) expect(fixtures, name).toContain(name);
  });

  for (const name of fixtures) {
    const text = readFileSync(join(dir, `${name}.log`), 'utf8');
    let original: string | undefined;
    for (const mode of ['hard', 'word'] as const) {
      const known = KNOWN_FAILURES[name]?.[mode];
      it(`${name} (${mode})${known ? ': known to differ' : ''}`, () => {
        const wrapped = text
          .split('\n')
          .flatMap((l) => wrapLine(l, mode === 'word'))
          .join('\n');
        if (NOTHING_TO_WRAP.includes(name)) {
          expect(wrapped, `${name} now has lines to wrap: take it off NOTHING_TO_WRAP`).toBe(text);
          return;
        }
        expect(wrapped).not.toBe(text);
        original ??= comparable(text);
        if (known === undefined) expect(comparable(wrapped)).toBe(original);
        else
          expect(
            comparable(wrapped) === original,
            `${name} (${mode}) now reads the same: take it off KNOWN_FAILURES`,
          ).toBe(false);
      });
    }
  }
});

describe('a number list hard-cut under a long syslog prefix', () => {
  it('reads the cut number whole, not as two (the first zone has no list before it to count by)', () => {
    const text = readFileSync(join(__dirname, 'fixtures', 't030_rhel7_prefix_syslog-warning.log'), 'utf8');
    const wrapped = text
      .split('\n')
      .flatMap((l) => wrapLine(l, false))
      .join('\n');
    expect(wrapped).toContain('lowmem_reserve[]: 0 2780 15\n835 15835');
    const zones = parseFixture(wrapped).events[0].zones;
    expect(zones.map((z) => z.lowmemReserve)).toEqual([
      [0, 2780, 15835, 15835],
      [0, 0, 13055, 13055],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });
});
