/**
 * Issue 3, "hard-wrapped lines (mail at 72 columns, broken mid-word)": every fixture re-wrapped at
 * 72 columns, once cut mid-word (hard) and once broken at spaces (word wrap), must give the same
 * model as the original, apart from line numbers (the pieces are new physical lines) and the free
 * text of `Hardware name:` / taint flags, whose lost spaces cannot be told from none.
 *
 * Known gaps, left out below: hard cuts of lines whose long syslog prefix leaves some 25 columns
 * for the text (a Mem-Info counter's name cut in two, each half read on its own: `inactiv` + `e_anon`),
 * a wrap of a line that a bad copy had already merged (the nginx paste), and task names longer than
 * the kernel's 15 characters (two derived fixtures) when broken at a space.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeResult } from './fixtures/describe';
import { parseFixture } from './fixtures/parseFixture';

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

const BOTH = [
  '3.10.el7_cgroupv1_gfp0x50_lkml',
  '4.18_cgroupv1_leaker_lkml',
  '6.11_newpstable_dmesg',
  '6.5.0_nixos_cgroupv2_2events_dmesg',
  'archlinux_6.1.1-arch1-1_embedded_example',
  'centos-nmap-syslog-fragment',
  'hist_rhel7_3.10.0-514.6.1.el7_2017-11-25_original_multiline-meminfo_inline-lowmem_java',
  'proxmox_5.15.158-2-pve_cgroupv2_lxc_embedded_example',
  'python3-killed-line-only',
  't030_archlinux_6.1.1_prefix_kernel-only',
  't030_archlinux_6.1.1_prefix_timestamp-only',
  't035_end_only_no_begin',
  't040_rhel7_journalctl_timestamp-only',
  't107_archlinux_6.1.1_without_dma_zone',
  't107_ubuntu21.10_without_dma_zone',
  'tproxmox030_proxmox_cgroupv1_memory+swap',
  'tproxmox060_proxmox_cgroupv2_swap_unlimited',
  'ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example',
  // `#012`-joined Mem-Info: hard cuts split escapes (`#0` + `12`) and cut the last piece of a line.
  'rhel7_3.10.0-514.6.1.el7_embedded_example',
  't036_rhel7_no_process_table',
  't070_rhel7_manual_order-1',
  't125_rhel7_without_watermarks',
];
/** Long syslog prefixes and a merged paste (see the known gaps above): word wrap only. */
const WORD_ONLY = [
  'ubuntu-3.13-nginx-xen-elided',
  't030_rhel7_prefix_syslog-warning',
  't030_archlinux_6.1.1_prefix_syslog-kernel-timestamp',
];

describe('fixtures re-wrapped at 72 columns', () => {
  const cases = [
    ...BOTH.flatMap((n) => [
      [n, 'hard'],
      [n, 'word'],
    ]),
    ...WORD_ONLY.map((n) => [n, 'word']),
  ];
  for (const [name, mode] of cases) {
    it(`${name} (${mode})`, () => {
      const text = readFileSync(join(__dirname, 'fixtures', `${name}.log`), 'utf8');
      const wrapped = text
        .split('\n')
        .flatMap((l) => wrapLine(l, mode === 'word'))
        .join('\n');
      expect(wrapped).not.toBe(text);
      expect(comparable(wrapped)).toBe(comparable(text));
    });
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
