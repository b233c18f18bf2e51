import { describe, expect, it } from 'vitest';
import { buildFrom, dedent } from '../../../test/support/lines';

// 3.10 / RHEL7 era: cpuset line, [<addr>] frames, inline-free Mem-Info, selection + victim.
const RHEL7 = dedent(`
  sed invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0
  sed cpuset=/ mems_allowed=0-1
  CPU: 4 PID: 29481 Comm: sed Not tainted 3.10.0-514.6.1.el7.x86_64 #1
  Hardware name: HP ProLiant DL385 G7, BIOS A18 12/08/2012
   ffff880182272f10 00000000021dcb0a ffff880418207938 ffffffff816861ac
  Call Trace:
   [<ffffffff816861ac>] dump_stack+0x19/0x1b
   [<ffffffff810eab9c>] ? ktime_get_ts64+0x4c/0xf0
   [<ffffffffa018f016>] ext4_filemap_fault+0x36/0x50 [ext4]
  Mem-Info:
  active_anon:7355653 inactive_anon:660960 isolated_anon:0
   active_file:1263 inactive_file:1167 isolated_file:32
   free:39513 free_pcp:2958 free_cma:0
  Node 0 DMA free:15872kB min:40kB low:48kB high:60kB active_anon:0kB present:15992kB managed:15908kB mlocked:0kB all_unreclaimable? yes
  lowmem_reserve[]: 0 2780 15835 15835
  Node 0 Normal free:36692kB min:36784kB low:45980kB high:55176kB active_anon:12301636kB present:13631488kB managed:13368348kB all_unreclaimable? no
  lowmem_reserve[]: 0 0 0 0
  Node 0 DMA: 0*4kB 0*8kB 0*16kB 0*32kB 2*64kB (U) 1*128kB (U) 1*256kB (U) 0*512kB 1*1024kB (U) 1*2048kB (M) 3*4096kB (M) = 15872kB
  Node 0 Normal: 1231*4kB (UEM) 391*8kB (UEM) 456*16kB (UEM) 342*32kB (UEM) 141*64kB (UEM) 23*128kB (UEM) 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB = 38260kB
  Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB
  100155 total pagecache pages
  11342 pages in swap cache
  Swap cache stats: add 31260615, delete 31249273, find 295999950/297583545
  Free swap  = 0kB
  Total swap = 8388604kB
  8379834 pages RAM
  0 pages HighMem/MovableOnly
  192987 pages reserved
  [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
  [  390]     0   390    39012     6739      78       51             0 systemd-journal
  [ 6576] 12345  6576  8478546  5157063   15483  1527848             0 mysqld
  [29481] 12345 29481    29214       58      14        0             0 sed
  Out of memory: Kill process 6576 (mysqld) score 651 or sacrifice child
  Killed process 6576 (mysqld) total-vm:33914892kB, anon-rss:20629004kB, file-rss:0kB, shmem-rss:0kB
`);

// 6.x era: <TASK> frames, node line, boost, constraint line, reaper right after the kill.
const V6 = dedent(`
  stress-ng-vm invoked oom-killer: gfp_mask=0x440dc0(GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO), order=0, oom_score_adj=1000
  CPU: 1 UID: 0 PID: 116 Comm: stress-ng-vm Not tainted 6.11.0-10669-g11a299a7933e-dirty #15
  Call Trace:
   <TASK>
   dump_stack_lvl+0x3f/0xb0
   ? sched_clock_cpu+0x10/0x190
   </TASK>
  Mem-Info:
  active_anon:1999425 inactive_anon:0 isolated_anon:0
   free:1097 free_pcp:8616 free_cma:0
  Node 0 active_anon:7997700kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:18612kB isolated(anon):0kB isolated(file):0kB mapped:19040kB dirty:0kB writeback:0kB shmem:16628kB all_unreclaimable? no
  Node 0 Normal free:984kB boost:0kB min:8628kB low:14764kB high:20900kB reserved_highatomic:0KB active_anon:6041180kB present:6291456kB managed:6138012kB mlocked:0kB bounce:0kB free_pcp:34180kB local_pcp:4744kB free_cma:0kB
  lowmem_reserve[]: 0 0 0 0 0
  Node 0 Normal: 14*4kB (UE) 7*8kB (UE) 3*16kB (U) 3*32kB (UM) 1*64kB (M) 2*128kB (UM) 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB = 576kB
  Free swap  = 0kB
  Total swap = 0kB
  2097022 pages RAM
  Tasks state (memory values in pages):
  [  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name
  [    116]     0   116  2628942  1995298  1995157      141         0 16052224        0          1000 stress-ng-vm
  oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=stress-ng-vm,pid=116,uid=0
  Out of memory: Killed process 116 (stress-ng-vm) total-vm:10515768kB, anon-rss:7980628kB, file-rss:564kB, shmem-rss:0kB, UID:0 pgtables:15676kB oom_score_adj:1000
  oom_reaper: reaped process 116 (stress-ng-vm), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB
`);

describe('event builder: global OOM reports', () => {
  it('fills every section of a 3.10 report', () => {
    const { events, diagnostics } = buildFrom(RHEL7);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ index: 0, kind: 'global', complete: true, firstLine: 1, lastLine: 34 });
    expect(e.trigger).toMatchObject({ comm: 'sed', pid: 29481, gfpMask: '0x201da', order: 0, oomScoreAdj: 0 });
    expect(e.cpuset).toMatchObject({ name: '/', memsAllowed: '0-1' });
    expect(e.kernel).toMatchObject({ version: '3.10.0-514.6.1.el7.x86_64', cpu: 4, pid: 29481, comm: 'sed' });
    expect(e.kernel?.hardware).toBe('HP ProLiant DL385 G7, BIOS A18 12/08/2012');
    expect(e.callTrace.map((f) => [f.symbol, f.unreliable, f.module])).toEqual([
      ['dump_stack+0x19/0x1b', false, null],
      ['ktime_get_ts64+0x4c/0xf0', true, null],
      ['ext4_filemap_fault+0x36/0x50', false, 'ext4'],
    ]);
    expect(e.memInfo).toMatchObject({
      line: 10,
      counters: { active_anon: 7355653, isolated_file: 32, free: 39513, free_cma: 0 },
    });
    expect(Object.keys(e.memInfo!.counters)).toHaveLength(9);
    expect(
      e.zones.map((z) => [
        z.node,
        z.zone,
        z.freeKb,
        z.minKb,
        z.lowKb,
        z.highKb,
        z.managedKb,
        z.lowmemReserve,
        z.line,
        z.reserveLine,
      ]),
    ).toEqual([
      [0, 'DMA', 15872, 40, 48, 60, 15908, [0, 2780, 15835, 15835], 14, 15],
      [0, 'Normal', 36692, 36784, 45980, 55176, 13368348, [0, 0, 0, 0], 16, 17],
    ]);
    expect(e.buddy.map((b) => [b.zone, b.freeBlocks[0], b.freeBlocks.length, b.totalKb, b.line])).toEqual([
      ['DMA', 0, 11, 15872, 18],
      ['Normal', 1231, 11, 38260, 19],
    ]);
    expect(e.pageSizeKb).toBe(4);
    expect(e.hugepages).toHaveLength(1);
    expect(e.summary).toMatchObject({
      pagecachePages: 100155,
      swapCachePages: 11342,
      freeSwapKb: 0,
      totalSwapKb: 8388604,
      ramPages: 8379834,
      highmemPages: 0,
      reservedPages: 192987,
      cmaReservedPages: null,
    });
    expect(e.summary.lines.totalSwapKb).toBe(25);
    expect(e.tasks).toMatchObject({ headerLine: 29, elided: false });
    expect(e.tasks!.tasks.map((t) => [t.pid, t.rssPages, t.name])).toEqual([
      [390, 6739, 'systemd-journal'],
      [6576, 5157063, 'mysqld'],
      [29481, 58, 'sed'],
    ]);
    expect(e.selection).toMatchObject({ pid: 6576, comm: 'mysqld', score: 651 });
    expect(e.victim).toMatchObject({ pid: 6576, comm: 'mysqld', anonRssKb: 20629004, line: 34 });
    expect(e.unparsedLines).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('reads a 6.x report with node line, constraint and an adjacent reaper line', () => {
    const { events } = buildFrom(V6);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'global', complete: true, firstLine: 1, lastLine: 23 });
    expect(e.trigger).toMatchObject({
      pid: 116,
      gfpPrinted: 'GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO',
      oomScoreAdj: 1000,
    });
    expect(e.kernel).toMatchObject({ uid: 0, version: '6.11.0-10669-g11a299a7933e-dirty' });
    expect(e.callTrace.map((f) => f.symbol)).toEqual(['dump_stack_lvl+0x3f/0xb0', 'sched_clock_cpu+0x10/0x190']);
    expect(e.nodes).toHaveLength(1);
    expect(e.nodes[0]).toMatchObject({ node: 0, allUnreclaimable: false, line: 11 });
    expect(e.zones[0]).toMatchObject({
      zone: 'Normal',
      boostKb: 0,
      reservedHighatomicKb: 0,
      lowmemReserve: [0, 0, 0, 0, 0],
    });
    expect(e.tasks!.columns).toContain('rss_shmem');
    expect(e.tasks!.tasks[0]).toMatchObject({ pid: 116, rssAnonPages: 1995157, pgtablesBytes: 16052224 });
    expect(e.constraint).toMatchObject({ constraint: 'CONSTRAINT_NONE', globalOom: true, taskMemcg: '/', pid: 116 });
    expect(e.memcg).toBeNull();
    expect(e.victim).toMatchObject({ pid: 116, uid: 0, pgtablesKb: 15676, oomScoreAdj: 1000 });
    expect(e.reaped).toMatchObject({ pid: 116, anonRssKb: 0, line: 23 });
  });

  it('names the kind from order=-1 and from the constraint', () => {
    const sysrq = buildFrom(
      [
        'kworker/0:2 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=-1, oom_score_adj=0',
        'CPU: 1 PID: 1077 Comm: kworker/0:2 Not tainted 5.13.0-19-generic #19-Ubuntu',
        'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=unattended-upgr,pid=651,uid=0',
        'Out of memory: Killed process 651 (unattended-upgr) total-vm:108020kB, anon-rss:8380kB, file-rss:12548kB, shmem-rss:0kB',
      ].join('\n'),
    );
    expect(sysrq.events[0]).toMatchObject({ kind: 'sysrq', complete: true });
    const kindFor = (constraint: string) =>
      buildFrom(
        `a invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0\noom-kill:constraint=${constraint},nodemask=0,cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=a,pid=1,uid=0`,
      ).events[0].kind;
    expect(kindFor('CONSTRAINT_CPUSET')).toBe('cpuset');
    expect(kindFor('CONSTRAINT_MEMORY_POLICY')).toBe('mempolicy');
    expect(kindFor('CONSTRAINT_NONE')).toBe('global');
  });

  it('closes at a panic or "no killable processes"', () => {
    const cpu = 'CPU: 0 PID: 1 Comm: a Not tainted 5.10.0 #1';
    const panic = buildFrom(
      `a invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0\n${cpu}\nKernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled\n`,
    );
    expect(panic.events[0]).toMatchObject({ complete: true, victim: null });
    expect(panic.events[0].panic?.line).toBe(3);
    const none = buildFrom(
      `a invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=-1, oom_score_adj=0\n${cpu}\nOut of memory and no killable processes...\n`,
    );
    expect(none.events[0]).toMatchObject({ complete: true, noKillable: true, kind: 'sysrq', lastLine: 3 });
  });
});
