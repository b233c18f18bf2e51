/**
 * Findings on the real corpus logs (test/fixtures), checked by reading each log: exactly these ids
 * fire, in this order. Rules that no real log triggers are checked on copies of a real log with one
 * documented edit each (the `derived` cases), so every finding id has a log where it fires and one
 * where it does not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';
import { analyzeEvents } from './index';
import { fixtureNames } from '../../test/support/fixtures';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../test/fixtures', name), 'utf8');
const idsOf = (text: string) => analyzeEvents(parseText(text).events).map((a) => a.findings.map((f) => f.id));

const RHEL7 = 'zone-below-min,trigger-is-not-victim,swap-exhausted,one-process-dominates,rss-is-pages';
const ARCH = 'zone-below-min,swap-exhausted,one-process-dominates,rss-is-pages';
const PROXMOX = 'memcg-limit,trigger-is-not-victim,many-copies,rss-is-pages';
const NIXOS = 'memcg-limit,trigger-is-not-victim,one-process-dominates,rss-is-pages';
const NIXOS_AGAIN = 'memcg-limit,trigger-is-not-victim,one-process-dominates,repeated-kills,rss-is-pages';

/** Per fixture, the finding ids of each event in file order. */
const EXPECTED: Record<string, string[]> = {
  // An Oops in queue_oom_reaper after the kill line (lines 6-30) is the fragment's own kernel bug.
  '009-arm64-android-caller-prefix-wrapped-kill-fragment.log': ['kernel-bug-during-oom,fragment-only'],
  '016-dmesg-T-human-time-elided-fragment.log': ['fragment-only,task-table-elided,rss-is-pages'],
  // Zones and buddy lists without their header: a report whose scope nothing tells. The zones still speak: on
  // this i386 kernel (HighMem with 1.5 GiB free; the empty DMA32 is 2.6.16 printing every zone index) Normal is
  // below min and DMA fenced by its reserve, for any request that cannot use HighMem (order 0 assumed).
  '019-busybox-syslog-userwarn-2.6.16-i386-zones-fragment.log': [
    'zone-below-min,lowmem-pressure,scope-unknown,fragment-only',
  ],
  '020-syzkaller-5.10-printk-caller-id-email-wrapped-partial.log': ['fragment-only', 'scope-unknown,incomplete-report'],
  // 003 without its KERN_INFO lines: no task table, so nothing read from it; cut, not vm.oom_dump_tasks.
  'synthetic-journalctl-p-warning-from-003.log': [
    'zone-below-min,trigger-is-not-victim,driver-memory,swap-exhausted,incomplete-report',
  ],
  // 001 newest first, read oldest first: 001's event 0.
  'synthetic-reversed-journalctl-r-from-001.log': ['memcg-limit,one-process-dominates,rss-is-pages'],
  'synthetic-time-only-prefix-from-003.log': [
    'zone-below-min,trigger-is-not-victim,driver-memory,swap-exhausted,rss-is-pages',
  ],
  // Allocation failures only: no OOM event.
  'synthetic-vmalloc-3.2-arm-two-line-from-raspberrypi-linux-95.log': [],
  'synthetic-vmalloc-4.14-arm32-from-ndpi-49.log': [],
  'synthetic-vmemmap-xen-balloon-5.16-from-xen-devel.log': [],
  // printed 970: estimated from the kill line, which lacks page tables and any root bonus: said so, not invented.
  '3.10.el7_cgroupv1_gfp0x50_lkml.log': ['memcg-limit,printed-score,no-task-table'],
  '4.18_cgroupv1_leaker_lkml.log': ['memcg-limit,no-task-table'],
  // 6.11.0-10669-g11a299a7933e-dirty is a merge-window snapshot: the kernel's own flag names are used.
  '6.11_newpstable_dmesg.log': ['zone-below-min,one-process-dominates,gfp-prerelease,no-swap,rss-is-pages'],
  '6.5.0_nixos_cgroupv2_2events_dmesg.log': [NIXOS, NIXOS_AGAIN],
  'archlinux_6.1.1-arch1-1_embedded_example.log': [ARCH],
  'centos-nmap-syslog-fragment.log': ['fragment-only,rss-is-pages'],
  'hist_rhel7_3.10.0-514.6.1.el7_2017-11-25_original_multiline-meminfo_inline-lowmem_java.log': [RHEL7],
  'hist_rhel7_3.10.0-514.6.1.el7_2021-07-18_multiline-meminfo_inline-lowmem.log': [RHEL7],
  'hist_rhel7_3.10.0-514.6.1.el7_2021-07-29_rsyslog012-meminfo_inline-lowmem.log': [RHEL7],
  'proxmox_5.15.158-2-pve_cgroupv2_lxc_embedded_example.log': [PROXMOX],
  'python3-killed-line-only.log': ['fragment-only'],
  'rhel7_3.10.0-514.6.1.el7_embedded_example.log': [RHEL7],
  't030_archlinux_6.1.1_prefix_kernel-only.log': [ARCH],
  't030_archlinux_6.1.1_prefix_syslog-kernel-timestamp.log': [ARCH],
  't030_archlinux_6.1.1_prefix_syslog-kernel.log': [ARCH],
  't030_archlinux_6.1.1_prefix_syslog-prefix.log': [ARCH],
  't030_archlinux_6.1.1_prefix_syslog-warning-2.log': [ARCH],
  't030_archlinux_6.1.1_prefix_syslog-warning.log': [ARCH],
  't030_archlinux_6.1.1_prefix_timestamp-only.log': [ARCH],
  't030_rhel7_prefix_kernel-only.log': [RHEL7],
  't030_rhel7_prefix_syslog-kernel-timestamp.log': [RHEL7],
  't030_rhel7_prefix_syslog-kernel.log': [RHEL7],
  't030_rhel7_prefix_syslog-prefix.log': [RHEL7],
  't030_rhel7_prefix_syslog-warning-2.log': [RHEL7],
  't030_rhel7_prefix_syslog-warning.log': [RHEL7],
  't030_rhel7_prefix_timestamp-only.log': [RHEL7],
  // Cut before the table: the missing lines are the paste's, not vm.oom_dump_tasks'.
  't034_rhel7_begin_but_no_end.log': ['scope-unknown,incomplete-report'],
  't035_end_only_no_begin.log': ['fragment-only'],
  't036_rhel7_no_process_table.log': [
    'zone-below-min,trigger-is-not-victim,swap-exhausted,printed-score,no-task-table',
  ],
  't040_rhel7_journalctl_syslog-warning.log': [RHEL7],
  't040_rhel7_journalctl_timestamp-only.log': [RHEL7],
  't050_rhel7_trigger_proc_with_space.log': [RHEL7],
  't060_rhel7_killed_proc_with_space.log': [RHEL7],
  't070_rhel7_manual_order-1.log': ['swap-exhausted,one-process-dominates,sysrq-manual,rss-is-pages'],
  // Swap edited out of these copies: the printed 651 no longer comes out, and that is said.
  't080a_rhel7_total_swap_0.log': [
    'zone-below-min,trigger-is-not-victim,one-process-dominates,printed-score,no-swap,rss-is-pages',
  ],
  't080b_rhel7_swap_lines_removed.log': [
    'zone-below-min,trigger-is-not-victim,one-process-dominates,printed-score,rss-is-pages',
  ],
  't107_archlinux_6.1.1_without_dma_zone.log': [ARCH],
  't107_rhel7_without_dma_zone.log': [RHEL7],
  't107_ubuntu21.10_without_dma_zone.log': ['sysrq-manual,no-swap,rss-is-pages'],
  't125_rhel7_without_watermarks.log': ['trigger-is-not-victim,swap-exhausted,one-process-dominates,rss-is-pages'],
  'tproxmox030_proxmox_cgroupv1_memory+swap.log': [PROXMOX],
  'tproxmox040_proxmox_cgroupv2_swap_enabled.log': [PROXMOX],
  'tproxmox050_proxmox_cgroupv1_swap_unlimited.log': [PROXMOX],
  'tproxmox060_proxmox_cgroupv2_swap_unlimited.log': [PROXMOX],
  // The Chinese elision mark inside the task table (line 29) cuts the report.
  'ubuntu-3.13-nginx-xen-elided.log': [
    'zone-below-min,trigger-is-not-victim,no-swap,incomplete-report,task-table-elided,rss-is-pages',
  ],
  'ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example.log': ['sysrq-manual,no-swap,rss-is-pages'],
};

describe('findings on the real fixtures', () => {
  it('lists every fixture (a new one needs its finding ids here, read from the log)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      expect(idsOf(fixture(name)).map((ids) => ids.join(','))).toEqual(expected);
    });
  }
});

/** One edit of a real log, for rules no real log triggers. */
function derived(name: string, edits: [string | RegExp, string][]): string {
  let text = fixture(name);
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit ${String(from)} did not apply to ${name}`);
    text = next;
  }
  return text;
}
const RHEL7_LOG = 'rhel7_3.10.0-514.6.1.el7_embedded_example.log';
const KILL_LINES =
  /Out of memory: Kill process 6576 \(mysqld\) score 651 or sacrifice child\nKilled process 6576 \(mysqld\)[^\n]*/;

describe('derived from real logs: rules no corpus log triggers', () => {
  it('panic-on-oom: the RHEL7 report ending in a panic_on_oom panic instead of a kill', () => {
    const [ids] = idsOf(
      derived(RHEL7_LOG, [
        [KILL_LINES, 'Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled'],
      ]),
    );
    expect(ids).toContain('panic-on-oom');
    expect(ids).not.toContain('trigger-is-not-victim');
  });

  it('no-killable-process: the RHEL7 report ending in "no killable processes"', () => {
    const [ids] = idsOf(
      derived(RHEL7_LOG, [[KILL_LINES, 'Kernel panic - not syncing: Out of memory and no killable processes...']]),
    );
    expect(ids).toContain('no-killable-process');
    expect(ids).not.toContain('panic-on-oom');
  });

  it('victim-not-top-score: the RHEL7 report with java (rank 2) named as the victim', () => {
    const text = derived(RHEL7_LOG, [
      [
        KILL_LINES,
        'Out of memory: Kill process 27502 (java) score 340 or sacrifice child\nKilled process 27502 (java) total-vm:16117200kB, anon-rss:10866276kB, file-rss:0kB, shmem-rss:0kB',
      ],
    ]);
    const [ids] = idsOf(text);
    expect(ids).toContain('victim-not-top-score');
  });

  it('sacrificed-child: the RHEL7 report whose kill line names a child of the selected mysqld', () => {
    const [ids] = idsOf(
      derived(RHEL7_LOG, [[/Killed process 6576 \(mysqld\)/, 'Killed process 6577 (mysqld_helper)']]),
    );
    expect(ids).toContain('sacrificed-child');
    expect(ids).not.toContain('victim-not-top-score');
  });

  it('oom-group-kill: the NixOS cgroup v2 report with memory.oom.group set on the scope (one event, not three)', () => {
    const scope = '/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-thunderbird-265606.scope';
    const text = derived('6.5.0_nixos_cgroupv2_2events_dmesg.log', [
      [
        /(\[144381\.714468\] Memory cgroup out of memory: Killed process 265606 .*\n)/,
        `$1[144381.714470] Tasks in ${scope} are going to be killed due to memory.oom.group set\n` +
          '[144381.714480] Memory cgroup out of memory: Killed process 265700 (Web Content) total-vm:2682760kB, anon-rss:100kB, file-rss:99584kB, shmem-rss:148kB, UID:1000 pgtables:636kB oom_score_adj:100\n' +
          '[144381.714490] Memory cgroup out of memory: Killed process 265701 (RDD Process) total-vm:1000kB, anon-rss:10kB, file-rss:20kB, shmem-rss:0kB, UID:1000 pgtables:4kB oom_score_adj:100\n',
      ],
    ]);
    const events = parseText(text).events;
    expect(events.map((e) => e.kind)).toEqual(['memcg', 'memcg']);
    expect(events[0].oomGroup?.killed.map((k) => k.pid)).toEqual([265700, 265701]);
    const [first, second] = analyzeEvents(events);
    expect(first.findings.map((f) => f.id)).toEqual([
      'memcg-limit',
      'trigger-is-not-victim',
      'one-process-dominates',
      'oom-group-kill',
      'rss-is-pages',
    ]);
    expect(second.findings.map((f) => f.id).join(',')).toBe(NIXOS_AGAIN);
  });

  it('unkillable-tasks: the RHEL7 report with mysqld at oom_score_adj -1000', () => {
    const [ids] = idsOf(derived(RHEL7_LOG, [[/(15483  1527848 {13})0( mysqld)/, '$1-1000$2']]));
    expect(ids).toContain('unkillable-tasks');
  });

  it('costly-order, not fragmentation: the RHEL7 report asking for order 10 while every zone is short of memory', () => {
    // Order-9 blocks are free in DMA32, but DMA32 is fenced by its reserve and Normal is below min: a shortage.
    const [ids] = idsOf(derived('t107_rhel7_without_dma_zone.log', [['order=0,', 'order=10,']]));
    expect(ids).toContain('costly-order');
    expect(ids).not.toContain('fragmentation');
  });

  it('kernel-memory-dominates: the 6.11 report with 10 GB of unreclaimable slab', () => {
    const [ids] = idsOf(
      derived('6.11_newpstable_dmesg.log', [['slab_unreclaimable:5771', 'slab_unreclaimable:2600000']]),
    );
    expect(ids).toContain('kernel-memory-dominates');
  });

  it('lowmem-pressure: the 3.13 nginx report as a 32-bit box (its DMA32 zone renamed HighMem)', () => {
    // A GFP_KERNEL request (0xd0), which cannot use HighMem (the original GFP_HIGHUSER_MOVABLE one could), with
    // DMA short too: all of lowmem is short while "HighMem" has 47 MiB free.
    const text = derived('ubuntu-3.13-nginx-xen-elided.log', [
      ['gfp_mask=0x200da', 'gfp_mask=0xd0'],
      ['Node 0 DMA free:15908kB', 'Node 0 DMA free:100kB'],
      ['Node 0 DMA32 free:', 'Node 0 HighMem free:'],
      ['Node 0 DMA32: ', 'Node 0 HighMem: '],
    ]);
    const [ids] = idsOf(text);
    expect(ids).toContain('lowmem-pressure');
    expect(idsOf(fixture('ubuntu-3.13-nginx-xen-elided.log'))[0]).not.toContain('lowmem-pressure');
  });

  it('gfp-decode-mismatch: the 6.1.1 report with a flag name dropped from the printed names', () => {
    const [ids] = idsOf(
      derived('archlinux_6.1.1-arch1-1_embedded_example.log', [
        ['(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO)', '(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)'],
      ]),
    );
    expect(ids).toContain('gfp-decode-mismatch');
  });
});
