import { describe, expect, it } from 'vitest';
import { isMemInfoHeader, isPerCpuLine, parseMemInfoCounters } from './memInfo';

describe('isMemInfoHeader', () => {
  it('accepts Mem-Info: and the 2.6.9 spelling', () => {
    expect(isMemInfoHeader('Mem-Info:')).toBe(true);
    expect(isMemInfoHeader('Mem-info:')).toBe(true);
    expect(isMemInfoHeader('Mem-Info: x')).toBe(false);
    expect(isMemInfoHeader('Memory cgroup stats for /leaker:')).toBe(false);
  });
});

describe('parseMemInfoCounters', () => {
  it('reads the first line and continuation lines (6.1 Arch)', () => {
    expect(parseMemInfoCounters('active_anon:1413442 inactive_anon:1509191 isolated_anon:0')).toEqual({
      active_anon: 1413442,
      inactive_anon: 1509191,
      isolated_anon: 0,
    });
    expect(parseMemInfoCounters(' sec_pagetables:0 bounce:0')).toEqual({ sec_pagetables: 0, bounce: 0 });
    expect(parseMemInfoCounters(' kernel_misc_reclaimable:0')).toEqual({ kernel_misc_reclaimable: 0 });
    expect(parseMemInfoCounters(' free:34629 free_pcp:0 free_cma:0')).toEqual({
      free: 34629,
      free_pcp: 0,
      free_cma: 0,
    });
  });

  it('reads the whole RHEL7 block joined on one line', () => {
    const c = parseMemInfoCounters(
      'active_anon:7355653 inactive_anon:660960 isolated_anon:0 active_file:1263 inactive_file:1167 isolated_file:32 unevictable:0 dirty:4 writeback:0 unstable:0 slab_reclaimable:27412 slab_unreclaimable:13708 mapped:4818 shmem:87896 pagetables:25222 bounce:0 free:39513 free_pcp:2958 free_cma:0',
    );
    expect(c && Object.keys(c).length).toBe(19);
    expect(c?.free).toBe(39513);
    expect(c?.shmem).toBe(87896);
  });

  it('reads 2.6.18 capitalised keys', () => {
    expect(parseMemInfoCounters('Active:51292 inactive:1345 dirty:0 writeback:0 unstable:0')).toMatchObject({
      Active: 51292,
      inactive: 1345,
    });
  });

  it('drops a cut last token but keeps the rest', () => {
    expect(parseMemInfoCounters(' free:39513 free_pcp:2958 free_c')).toEqual({ free: 39513, free_pcp: 2958 });
    expect(parseMemInfoCounters(' free:39513 free_cma:')).toEqual({ free: 39513 });
    expect(parseMemInfoCounters(' free:39513 free_pcp:29>')).toEqual({ free: 39513 });
  });

  it('refuses zone, node, memcg, buddy and other lines', () => {
    for (const line of [
      'Node 0 DMA free:15908kB min:128kB low:160kB high:192kB',
      'Node 0 active_anon:884kB inactive_anon:57324kB',
      'Memory cgroup stats for /leaker: cache:840KB rss:523448KB',
      'cache:840KB rss:523448KB rss_huge:0KB',
      'anon 31154200576',
      'Node 0 DMA: 1*4kB (U) 0*8kB = 4kB',
      'lowmem_reserve[]: 0 3746 7968 7968',
      'Mem-Info:',
      'free_c',
      'RAX: 0000000000015fd1 RBX: 0000000000001010',
      'x29: ffff80000d4b3e80',
      '',
    ])
      expect(parseMemInfoCounters(line), line).toBeNull();
  });
});

describe('isPerCpuLine', () => {
  it('knows 2.6.32–3.19 per-cpu pagesets', () => {
    expect(isPerCpuLine('Node 0 DMA per-cpu:')).toBe(true);
    expect(isPerCpuLine('DMA32 per-cpu:')).toBe(true);
    expect(isPerCpuLine('CPU    0: hi:    0, btch:   1 usd:   0')).toBe(true);
    expect(isPerCpuLine('CPU   11: hi:  186, btch:  31 usd: 170')).toBe(true);
  });
  it('knows the 2.6.18 and 2.6.9 forms', () => {
    expect(isPerCpuLine('CPU    0: Hot: hi:  186, btch:  31 usd:  59   Cold: hi:   62, btch:  15 usd:  56')).toBe(true);
    expect(isPerCpuLine('cpu 0 hot: low 2, high 6, batch 1')).toBe(true);
    expect(isPerCpuLine('cpu 1 cold: low 0, high 2, batch 1')).toBe(true);
  });
  it('refuses dump_stack and zone lines', () => {
    expect(isPerCpuLine('CPU: 1 PID: 10242 Comm: nginx Not tainted 3.13.0-86-generic #130-Ubuntu')).toBe(false);
    expect(isPerCpuLine('Node 0 DMA free:15908kB min:128kB')).toBe(false);
    expect(isPerCpuLine('Node 0 DMA: 1*4kB (U) = 4kB')).toBe(false);
  });
});
