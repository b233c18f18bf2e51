import { describe, expect, it } from 'vitest';
import { parseText } from '../index';

// No 32-bit or arm64 report is in the corpus. These two are assembled line by line from the printk
// formats of their kernels (6.1 arm64 on a Raspberry Pi 4; 3.13 i386 with HighMem), with the
// prefixes their logs carry, so that a rule tuned on x86_64 reports cannot lose them unnoticed.
const ARM64_6_1 = `[ 1234.567890] stress-ng invoked oom-killer: gfp_mask=0x140dca(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO), order=0, oom_score_adj=1000
[ 1234.567900] CPU: 2 PID: 4242 Comm: stress-ng Tainted: G         C         6.1.21-v8+ #1642
[ 1234.567905] Hardware name: Raspberry Pi 4 Model B Rev 1.4 (DT)
[ 1234.567910] Call trace:
[ 1234.567912]  dump_backtrace+0xe4/0x140
[ 1234.567920]  show_stack+0x20/0x30
[ 1234.567925]  dump_stack_lvl+0x8c/0xb8
[ 1234.567935]  dump_header+0x54/0x1fc
[ 1234.567940]  oom_kill_process+0x2bc/0x2c0
[ 1234.567945]  out_of_memory+0xf0/0x360
[ 1234.567950]  __alloc_pages+0xa6c/0xd40
[ 1234.567990]  el0_da+0x48/0xd0
[ 1234.567995]  el0t_64_sync_handler+0xe0/0x100
[ 1234.568000]  el0t_64_sync+0x18c/0x190
[ 1234.568005] Mem-Info:
[ 1234.568010] active_anon:1800 inactive_anon:950123 isolated_anon:0
[ 1234.568010]  active_file:120 inactive_file:98 isolated_file:0
[ 1234.568010]  unevictable:4 dirty:0 writeback:0
[ 1234.568010]  slab_reclaimable:5811 slab_unreclaimable:11017
[ 1234.568010]  mapped:134 shmem:1830 pagetables:2406
[ 1234.568010]  sec_pagetables:0 bounce:0
[ 1234.568010]  kernel_misc_reclaimable:0
[ 1234.568010]  free:8017 free_pcp:62 free_cma:7634
[ 1234.568020] Node 0 active_anon:7200kB inactive_anon:3800492kB active_file:480kB inactive_file:392kB unevictable:16kB isolated(anon):0kB isolated(file):0kB mapped:536kB dirty:0kB writeback:0kB shmem:7320kB shmem_thp: 0kB shmem_pmdmapped: 0kB anon_thp: 0kB writeback_tmp:0kB kernel_stack:2480kB pagetables:9624kB sec_pagetables:0kB all_unreclaimable? yes
[ 1234.568030] DMA free:30256kB boost:0kB min:4072kB low:5088kB high:6104kB reserved_highatomic:0KB active_anon:0kB inactive_anon:917384kB active_file:0kB inactive_file:8kB unevictable:0kB writepending:0kB present:1048576kB managed:966116kB mlocked:0kB bounce:0kB free_pcp:248kB local_pcp:0kB free_cma:30536kB
[ 1234.568040] lowmem_reserve[]: 0 2893 2893 2893
[ 1234.568045] DMA32 free:1812kB boost:0kB min:12204kB low:15252kB high:18300kB reserved_highatomic:0KB active_anon:7200kB inactive_anon:2883108kB active_file:480kB inactive_file:384kB unevictable:16kB writepending:0kB present:3080192kB managed:2962948kB mlocked:16kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB
[ 1234.568050] lowmem_reserve[]: 0 0 0 0
[ 1234.568055] DMA: 36*4kB (UMEC) 24*8kB (UMEC) 14*16kB (UMEC) 9*32kB (UMC) 7*64kB (UMC) 5*128kB (UC) 4*256kB (C) 3*512kB (C) 2*1024kB (C) 3*2048kB (C) 3*4096kB (C) = 30256kB
[ 1234.568060] DMA32: 1*4kB (U) 0*8kB 1*16kB (M) 0*32kB 0*64kB 0*128kB 1*256kB (U) 1*512kB (U) 1*1024kB (U) 0*2048kB 0*4096kB = 1812kB
[ 1234.568062] Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=1048576kB
[ 1234.568063] Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=32768kB
[ 1234.568065] 2077 total pagecache pages
[ 1234.568070] 0 pages in swap cache
[ 1234.568075] Free swap  = 0kB
[ 1234.568080] Total swap = 0kB
[ 1234.568085] 1032192 pages RAM
[ 1234.568090] 0 pages HighMem/MovableOnly
[ 1234.568095] 49060 pages reserved
[ 1234.568100] 65536 pages cma reserved
[ 1234.568105] Tasks state (memory values in pages):
[ 1234.568110] [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
[ 1234.568115] [    154]     0   154    12345      456   110592        0          -250 systemd-journal
[ 1234.568120] [   4242]  1000  4242  1000000   948000  7700480        0          1000 stress-ng
[ 1234.568130] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/user.slice/user-1000.slice/session-3.scope,task=stress-ng,pid=4242,uid=1000
[ 1234.568140] Out of memory: Killed process 4242 (stress-ng) total-vm:4000000kB, anon-rss:3792000kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:7520kB oom_score_adj:1000
`;

const I386_3_13 = `Apr 3 10:11:12 box kernel: [ 812.123456] firefox invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0
Apr 3 10:11:12 box kernel: [ 812.123460] firefox cpuset=/ mems_allowed=0
Apr 3 10:11:12 box kernel: [ 812.123465] CPU: 0 PID: 2345 Comm: firefox Not tainted 3.13.0-24-generic #46-Ubuntu
Apr 3 10:11:12 box kernel: [ 812.123468] Hardware name: Dell Inc. Latitude D620/0TD761, BIOS A10 05/16/2008
Apr 3 10:11:12 box kernel: [ 812.123470]  00000000 00000000 f2c9fd74 c165ac4b f2d3e4e0 f2c9fdcc c1659b42 c1844e74
Apr 3 10:11:12 box kernel: [ 812.123480]  f2d3e7b4 003f4000 000201da 00000000 00000000 00000000 f2c9fdbc c1172a12
Apr 3 10:11:12 box kernel: [ 812.123490] Call Trace:
Apr 3 10:11:12 box kernel: [ 812.123495]  [<c165ac4b>] dump_stack+0x41/0x52
Apr 3 10:11:12 box kernel: [ 812.123500]  [<c1659b42>] dump_header+0x6e/0x1a0
Apr 3 10:11:12 box kernel: [ 812.123505]  [<c1124e54>] oom_kill_process+0x1b4/0x300
Apr 3 10:11:12 box kernel: [ 812.123510]  [<c11254d2>] out_of_memory+0x272/0x2b0
Apr 3 10:11:12 box kernel: [ 812.123515]  [<c11296f9>] __alloc_pages_nodemask+0x7e9/0x8a0
Apr 3 10:11:12 box kernel: [ 812.123520]  [<c166d25e>] ? __do_page_fault+0x3e/0x520
Apr 3 10:11:12 box kernel: [ 812.123525]  [<c1669a0e>] error_code+0x5a/0x60
Apr 3 10:11:12 box kernel: [ 812.123530] Mem-Info:
Apr 3 10:11:12 box kernel: [ 812.123532] DMA per-cpu:
Apr 3 10:11:12 box kernel: [ 812.123534] CPU    0: hi:    0, btch:   1 usd:   0
Apr 3 10:11:12 box kernel: [ 812.123536] Normal per-cpu:
Apr 3 10:11:12 box kernel: [ 812.123538] CPU    0: hi:  186, btch:  31 usd:   0
Apr 3 10:11:12 box kernel: [ 812.123540] HighMem per-cpu:
Apr 3 10:11:12 box kernel: [ 812.123542] CPU    0: hi:  186, btch:  31 usd:  30
Apr 3 10:11:12 box kernel: [ 812.123545] active_anon:387214 inactive_anon:99021 isolated_anon:0
Apr 3 10:11:12 box kernel: [ 812.123545]  active_file:170 inactive_file:225 isolated_file:0
Apr 3 10:11:12 box kernel: [ 812.123545]  unevictable:0 dirty:0 writeback:0 unstable:0
Apr 3 10:11:12 box kernel: [ 812.123545]  free:12012 slab_reclaimable:2514 slab_unreclaimable:3640
Apr 3 10:11:12 box kernel: [ 812.123545]  mapped:1192 shmem:5202 pagetables:1170 bounce:0
Apr 3 10:11:12 box kernel: [ 812.123545]  free_cma:0
Apr 3 10:11:12 box kernel: [ 812.123550] DMA free:3500kB min:64kB low:80kB high:96kB active_anon:0kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:15992kB managed:15916kB mlocked:0kB dirty:0kB writeback:0kB mapped:0kB shmem:0kB slab_reclaimable:0kB slab_unreclaimable:8kB kernel_stack:0kB pagetables:0kB unstable:0kB bounce:0kB free_cma:0kB writeback_tmp:0kB pages_scanned:0 all_unreclaimable? yes
Apr 3 10:11:12 box kernel: [ 812.123560] lowmem_reserve[]: 0 843 2007 2007
Apr 3 10:11:12 box kernel: [ 812.123565] Normal free:42576kB min:3732kB low:4664kB high:5596kB active_anon:355788kB inactive_anon:363788kB active_file:200kB inactive_file:220kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:892920kB managed:863604kB mlocked:0kB dirty:0kB writeback:0kB mapped:1648kB shmem:17784kB slab_reclaimable:10056kB slab_unreclaimable:14552kB kernel_stack:2232kB pagetables:4680kB unstable:0kB bounce:0kB free_cma:0kB writeback_tmp:0kB pages_scanned:668 all_unreclaimable? yes
Apr 3 10:11:12 box kernel: [ 812.123570] lowmem_reserve[]: 0 0 9315 9315
Apr 3 10:11:12 box kernel: [ 812.123575] HighMem free:1972kB min:512kB low:1996kB high:3484kB active_anon:1193068kB inactive_anon:32296kB active_file:480kB inactive_file:680kB unevictable:0kB isolated(anon):0kB isolated(file):0kB present:1192424kB managed:1192424kB mlocked:0kB dirty:0kB writeback:0kB mapped:3120kB shmem:3024kB slab_reclaimable:0kB slab_unreclaimable:0kB kernel_stack:0kB pagetables:0kB unstable:0kB bounce:0kB free_cma:0kB writeback_tmp:0kB pages_scanned:1876 all_unreclaimable? yes
Apr 3 10:11:12 box kernel: [ 812.123580] lowmem_reserve[]: 0 0 0 0
Apr 3 10:11:12 box kernel: [ 812.123585] DMA: 1*4kB (U) 1*8kB (U) 0*16kB 1*32kB (U) 0*64kB 1*128kB (U) 1*256kB (U) 0*512kB 1*1024kB (U) 1*2048kB (R) 0*4096kB = 3500kB
Apr 3 10:11:12 box kernel: [ 812.123590] Normal: 484*4kB (UEM) 358*8kB (UEM) 222*16kB (UEM) 126*32kB (UEM) 63*64kB (UEM) 32*128kB (UEM) 22*256kB (UM) 12*512kB (UM) 6*1024kB (UM) 3*2048kB (UMR) 0*4096kB = 42576kB
Apr 3 10:11:12 box kernel: [ 812.123595] HighMem: 1*4kB (M) 0*8kB 1*16kB (R) 1*32kB (R) 0*64kB 1*128kB (R) 1*256kB (R) 1*512kB (R) 1*1024kB (R) 0*2048kB 0*4096kB = 1972kB
Apr 3 10:11:12 box kernel: [ 812.123600] 5597 total pagecache pages
Apr 3 10:11:12 box kernel: [ 812.123602] 0 pages in swap cache
Apr 3 10:11:12 box kernel: [ 812.123604] Swap cache stats: add 0, delete 0, find 0/0
Apr 3 10:11:12 box kernel: [ 812.123606] Free swap  = 0kB
Apr 3 10:11:12 box kernel: [ 812.123608] Total swap = 0kB
Apr 3 10:11:12 box kernel: [ 812.123610] 525223 pages RAM
Apr 3 10:11:12 box kernel: [ 812.123612] 298106 pages HighMem/MovableOnly
Apr 3 10:11:12 box kernel: [ 812.123614] 7347 pages reserved
Apr 3 10:11:12 box kernel: [ 812.123616] [ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name
Apr 3 10:11:12 box kernel: [ 812.123620] [  312]     0   312     1327      196       6        0             0 upstart-udev-br
Apr 3 10:11:12 box kernel: [ 812.123625] [ 2345]  1000  2345   598723   393182     741        0             0 firefox
Apr 3 10:11:12 box kernel: [ 812.123630] Out of memory: Kill process 2345 (firefox) score 752 or sacrifice child
Apr 3 10:11:12 box kernel: [ 812.123635] Killed process 2345 (firefox) total-vm:2394892kB, anon-rss:1572728kB, file-rss:0kB
`;

describe('reports of other architectures, read whole', () => {
  it('arm64 6.1: `Call trace:` frames without addresses, CMA, two hugepage sizes', () => {
    const { events, diagnostics } = parseText(ARM64_6_1);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'global', complete: true, unparsedLines: [], pageSizeKb: 4 });
    expect(e.kernel).toMatchObject({ version: '6.1.21-v8+', hardware: 'Raspberry Pi 4 Model B Rev 1.4 (DT)' });
    expect(e.callTrace.map((f) => f.symbol.split('+')[0])).toContain('out_of_memory');
    expect(e.callTrace).toHaveLength(10);
    expect(e.zones.map((z) => z.zone)).toEqual(['DMA', 'DMA32']);
    expect(e.buddy.map((b) => b.totalKb)).toEqual([30256, 1812]);
    expect(e.hugepages.map((h) => h.sizeKb)).toEqual([1048576, 32768]);
    expect(e.summary).toMatchObject({ ramPages: 1032192, cmaReservedPages: 65536 });
    expect(e.victim).toMatchObject({ pid: 4242, comm: 'stress-ng', oomScoreAdj: 1000 });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('i386 3.13: HighMem zone and buddy row, 32-bit frames, stack words before the trace', () => {
    const { events, diagnostics } = parseText(I386_3_13);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ kind: 'global', complete: true, unparsedLines: [], pageSizeKb: 4 });
    expect(e.callTrace[0]).toMatchObject({ symbol: 'dump_stack+0x41/0x52' });
    expect(e.zones.map((z) => [z.zone, z.freeKb, z.lowmemReserve])).toEqual([
      ['DMA', 3500, [0, 843, 2007, 2007]],
      ['Normal', 42576, [0, 0, 9315, 9315]],
      ['HighMem', 1972, [0, 0, 0, 0]],
    ]);
    expect(e.buddy.map((b) => b.zone)).toEqual(['DMA', 'Normal', 'HighMem']);
    expect(e.summary).toMatchObject({ ramPages: 525223, highmemPages: 298106 });
    expect(e.tasks?.tasks.map((t) => t.name)).toEqual(['upstart-udev-br', 'firefox']);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
