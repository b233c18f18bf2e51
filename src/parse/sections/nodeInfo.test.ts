import { describe, expect, it } from 'vitest';
import { parseNodeInfo } from './nodeInfo';

describe('parseNodeInfo', () => {
  it('reads a 6.1 node line with the spaced THP fields', () => {
    const n = parseNodeInfo(
      'Node 0 active_anon:5653768kB inactive_anon:6036764kB active_file:728kB inactive_file:132kB unevictable:8188kB isolated(anon):0kB isolated(file):0kB mapped:5172kB dirty:224kB writeback:80kB shmem:78160kB shmem_thp: 0kB shmem_pmdmapped: 0kB anon_thp: 1236992kB writeback_tmp:0kB kernel_stack:10592kB pagetables:102816kB sec_pagetables:0kB all_unreclaimable? no',
      5,
    );
    expect(n).toMatchObject({ node: 0, allUnreclaimable: false, line: 5 });
    expect(n?.fieldsKb).toMatchObject({
      active_anon: 5653768,
      'isolated(file)': 0,
      anon_thp: 1236992,
      shmem_thp: 0,
      sec_pagetables: 0,
    });
    expect(Object.keys(n?.fieldsKb ?? {})).toHaveLength(18);
  });

  it('reads a 6.11 line without THP fields and a 6.19 Balloon tail', () => {
    expect(
      parseNodeInfo(
        'Node 0 active_anon:7997700kB inactive_anon:0kB shmem:16628kB kernel_stack:2144kB all_unreclaimable? no',
        1,
      )?.fieldsKb.kernel_stack,
    ).toBe(2144);
    const n = parseNodeInfo(
      'Node 1 active_anon:1kB shmem_thp:0kB pagetables:2kB all_unreclaimable? yes Balloon:0kB',
      1,
    );
    expect(n).toMatchObject({ node: 1, allUnreclaimable: true });
    expect(n?.fieldsKb.Balloon).toBe(0);
  });

  it('keeps the 4.8–4.10 pages_scanned (pages) out of fieldsKb', () => {
    const n = parseNodeInfo('Node 0 active_anon:100kB unstable:0kB pages_scanned:0 all_unreclaimable? no', 1);
    expect(n?.fieldsKb).toEqual({ active_anon: 100, unstable: 0 });
  });

  it('keeps what it can of a cut line (5.13)', () => {
    const n = parseNodeInfo('Node 0 active_anon:884kB inactive_anon:57324kB kernel_stack:1856kB pagetables:', 1);
    expect(n).toMatchObject({
      allUnreclaimable: null,
      fieldsKb: { active_anon: 884, inactive_anon: 57324, kernel_stack: 1856 },
    });
  });

  it('does not match zone, buddy, hugepages or per-cpu lines', () => {
    for (const line of [
      'Node 0 DMA free:15036kB min:352kB low:440kB high:528kB',
      'Node 0 DMA32 free:1696528kB min:44700kB',
      'Node 0 DMA: 1*4kB (U) 1*8kB (U) = 15036kB',
      'Node 0 Normal: 0*4kB 0*8kB = 0kB',
      'Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB',
      'Node 0 DMA per-cpu:',
      'Node 0 ',
      'active_anon:221 inactive_anon:14331 isolated_anon:0',
    ])
      expect(parseNodeInfo(line, 1), line).toBeNull();
  });
});
