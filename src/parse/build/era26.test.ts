import { describe, expect, it } from 'vitest';
import { buildFrom, dedent } from '../../../test/support/lines';

// 2.6.32 (RHEL6 backport shape): oom_adj on the header, `Pid:` identification, per-cpu pagesets,
// no migrate letters, task table with cpu/oom_adj columns, `Killed process N, UID N, (x)`.
const EL6 = dedent(`
  java invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0, oom_score_adj=0
  java cpuset=/ mems_allowed=0
  Pid: 2381, comm: java Not tainted 2.6.32-642.6.2.el6.x86_64 #1
  Call Trace:
   [<ffffffff81131420>] ? dump_header+0x90/0x1b0
   [<ffffffff811319a2>] ? oom_kill_process+0x82/0x2a0
  Mem-Info:
  Node 0 DMA per-cpu:
  CPU    0: hi:    0, btch:   1 usd:   0
  active_anon:1 inactive_anon:2 isolated_anon:0
   active_file:3 inactive_file:4 isolated_file:0
   unevictable:0 dirty:0 writeback:0 unstable:0
   free:13220 slab_reclaimable:5 slab_unreclaimable:6
   mapped:7 shmem:8 pagetables:9 bounce:0
  Node 0 DMA free:15676kB min:332kB low:412kB high:496kB active_anon:0kB inactive_anon:0kB present:15284kB mlocked:0kB pages_scanned:0 all_unreclaimable? yes
  lowmem_reserve[]: 0 2004 2004 2004
  Node 0 DMA: 3*4kB 2*8kB 2*16kB 2*32kB 1*64kB 1*128kB 0*256kB 0*512kB 1*1024kB 1*2048kB 3*4096kB = 15676kB
  3110 total pagecache pages
  0 pages in swap cache
  Swap cache stats: add 0, delete 0, find 0/0
  Free swap  = 0kB
  Total swap = 0kB
  524272 pages RAM
  [ pid ]   uid  tgid total_vm      rss cpu oom_adj oom_score_adj name
  [ 2381]   500  2381   700000   480000   1       0             0 java
  Out of memory: Kill process 2381 (java) score 916 or sacrifice child
  Killed process 2381, UID 500, (java) total-vm:2800000kB, anon-rss:1919000kB, file-rss:1000kB
`);

// 2.6.9 x86_64 (RHEL4 era), in the printk formats of that kernel: the header without a comm,
// several `<address>{symbol+offset}` frames a line (the first right after `Call Trace:`),
// `Mem-info:`, `cpu N hot:` pagesets, `Free pages:` before the counters, `protections[]:`,
// `HighMem: empty`, `N pages of RAM` and the kill line ending in a period.
const X86_64_2_6_9 = dedent(`
  oom-killer: gfp_mask=0xd0
  Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <ffffffff801618bc>{__alloc_pages+556}
         <ffffffff80163b51>{do_page_cache_readahead+209} <ffffffffa00ba2c1>{:ext3:ext3_readpage+17}
         <ffffffff8010e2a6>{system_call+126}
  Mem-info:
  Node 0 DMA per-cpu:
  cpu 0 hot: low 2, high 6, batch 1
  cpu 0 cold: low 0, high 2, batch 1
  Node 0 HighMem per-cpu: empty

  Free pages:       15712kB (0kB HighMem)
  Active:254353 inactive:229 dirty:0 writeback:0 unstable:0 free:3928 slab:5293 mapped:254318 pagetables:773
  Node 0 DMA free:8288kB min:36kB low:72kB high:108kB active:0kB inactive:0kB present:16384kB pages_scanned:0 all_unreclaimable? yes
  protections[]: 0 0 0
  Node 0 HighMem free:0kB min:128kB low:256kB high:384kB active:0kB inactive:0kB present:0kB pages_scanned:0 all_unreclaimable? no
  protections[]: 0 0 0
  Node 0 DMA: 4*4kB 4*8kB 3*16kB 4*32kB 4*64kB 1*128kB 1*256kB 1*512kB 0*1024kB 1*2048kB 1*4096kB = 8288kB
  Node 0 HighMem: empty
  Swap cache: add 0, delete 0, find 0/0, race 0+0
  Free swap:            0kB
  262144 pages of RAM
  4167 reserved pages
  37428 pages shared
  0 pages swap cached
  Out of Memory: Killed process 4321 (java).
`);

describe('event builder: 2.6 era', () => {
  it('opens an event at a header without a task name, in either order of its fields', () => {
    for (const header of ['oom-killer: gfp_mask=0xd0', 'oom-killer: order=0, gfp_mask=0x201d2']) {
      const { events } = buildFrom(`${header}\nOut of Memory: Killed process 4321 (java).`);
      expect(events, header).toHaveLength(1);
      expect(events[0]).toMatchObject({ kind: 'global', complete: true, trigger: { comm: null } });
    }
  });

  it('reads a 2.6.9 x86_64 report whole: frames several a line, per-cpu pagesets, protections, empty zones', () => {
    const { events } = buildFrom(X86_64_2_6_9);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'global', complete: true, unparsedLines: [] });
    expect(e.trigger).toMatchObject({ comm: null, gfpMask: '0xd0', order: null });
    expect(e.callTrace.map((f) => f.symbol)).toEqual([
      'out_of_memory+50',
      '__alloc_pages+556',
      'do_page_cache_readahead+209',
      'ext3_readpage+17',
      'system_call+126',
    ]);
    expect(e.callTrace[3]).toMatchObject({ module: 'ext3', line: 3 });
    expect(e.memInfo?.counters).toMatchObject({ Active: 254353, free: 3928, pagetables: 773 });
    expect(e.zones.map((z) => [z.zone, z.freeKb, z.minKb, z.lowmemReserve])).toEqual([
      ['DMA', 8288, 36, [0, 0, 0]],
      ['HighMem', 0, 128, [0, 0, 0]],
    ]);
    expect(e.buddy.map((b) => [b.zone, b.totalKb])).toEqual([
      ['DMA', 8288],
      ['HighMem', 0],
    ]);
    expect(e.summary).toMatchObject({ ramPages: 262144, reservedPages: 4167, freeSwapKb: 0 });
    expect(e.victim).toMatchObject({ message: 'Out of Memory', pid: 4321, comm: 'java' });
  });

  it('reads a RHEL6 2.6.32 report', () => {
    const { events, diagnostics } = buildFrom(EL6);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'global', complete: true, firstLine: 1, lastLine: 27, unparsedLines: [] });
    expect(e.trigger).toMatchObject({ comm: 'java', pid: 2381, oomAdj: 0, oomScoreAdj: 0 });
    expect(e.kernel).toMatchObject({ version: '2.6.32-642.6.2.el6.x86_64', pid: 2381, comm: 'java' });
    expect(e.callTrace).toHaveLength(2);
    expect(e.memInfo?.counters).toMatchObject({ active_anon: 1, free: 13220, pagetables: 9 });
    expect(e.zones[0]).toMatchObject({
      zone: 'DMA',
      freeKb: 15676,
      managedKb: null,
      lowmemReserve: [0, 2004, 2004, 2004],
    });
    expect(e.buddy[0]).toMatchObject({ totalKb: 15676, migrateTypes: Array(11).fill(null) });
    expect(e.pageSizeKb).toBe(4);
    expect(e.summary).toMatchObject({ ramPages: 524272, totalSwapKb: 0, pagecachePages: 3110 });
    expect(e.tasks?.columns).toEqual([
      'pid',
      'uid',
      'tgid',
      'total_vm',
      'rss',
      'cpu',
      'oom_adj',
      'oom_score_adj',
      'name',
    ]);
    expect(e.tasks?.tasks[0]).toMatchObject({ pid: 2381, cpu: 1, oomAdj: 0, name: 'java' });
    expect(e.victim).toMatchObject({ pid: 2381, uid: 500, comm: 'java', anonRssKb: 1919000 });
    expect(diagnostics).toEqual([]);
  });
});
