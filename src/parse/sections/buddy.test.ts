import { describe, expect, it } from 'vitest';
import { parseBuddy } from './buddy';

const ORDERS_4K = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];

describe('parseBuddy', () => {
  it('reads a 6.1 row with 4.4+ letters', () => {
    const b = parseBuddy(
      'Node 0 Normal: 6676*4kB (UME) 2120*8kB (UE) 595*16kB (UME) 188*32kB (UME) 50*64kB (UME) 1*128kB (M) 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB = 62528kB',
      9,
    );
    expect(b).toEqual({
      node: 0,
      zone: 'Normal',
      freeBlocks: [6676, 2120, 595, 188, 50, 1, 0, 0, 0, 0, 0],
      blockKb: ORDERS_4K,
      migrateTypes: ['UME', 'UE', 'UME', 'UME', 'UME', 'M', null, null, null, null, null],
      totalKb: 62528,
      line: 9,
    });
  });

  it('reads the first half of the design-doc merged line and a glued `(E)12*256kB` (3.13)', () => {
    const merged =
      'Node 0 DMA: 1*4kB (U) 0*8kB 0*16kB 1*32kB (U) 2*64kB (U) 1*128kB (U) 1*256kB (U) 0*512kB 1*1024kB (U) 1*2048kB (R) 3*4096kB (M) = 15908kB';
    expect(parseBuddy(merged, 1)).toMatchObject({
      zone: 'DMA',
      totalKb: 15908,
      migrateTypes: ['U', null, null, 'U', 'U', 'U', 'U', null, 'U', 'R', 'M'],
    });
    const glued = parseBuddy(
      'Node 0 DMA32: 1101*4kB (UE) 745*8kB (UEM) 475*16kB (UEM) 263*32kB (EM) 88*64kB (UEM) 25*128kB (E)12*256kB (EM) 6*512kB (E) 7*1024kB (EM) 0*2048kB 0*4096kB = 48524kB',
      1,
    );
    expect(glued?.freeBlocks).toEqual([1101, 745, 475, 263, 88, 25, 12, 6, 7, 0, 0]);
    expect(glued?.migrateTypes[5]).toBe('E');
    expect(glued?.migrateTypes[6]).toBe('EM');
  });

  it('takes only the first record when the transport left two merged on one line', () => {
    const b = parseBuddy('Node 0 DMA: 0*4kB 1*8kB (U) = 8kB Node 0 DMA32: 1*4kB (UE) = 4kB', 1);
    expect(b).toMatchObject({ zone: 'DMA', freeBlocks: [0, 1], totalKb: 8 });
  });

  it('reads 2.6.32 / RHEL6 rows without letters and without a Node prefix', () => {
    const b = parseBuddy(
      'DMA: 2*4kB 1*8kB 2*16kB 1*32kB 1*64kB 0*128kB 0*256kB 0*512kB 1*1024kB 1*2048kB 3*4096kB = 15512kB',
      1,
    );
    expect(b).toMatchObject({ node: 0, zone: 'DMA', totalKb: 15512 });
    expect(b?.migrateTypes.every((t) => t === null)).toBe(true);
    expect(parseBuddy('Node 1 HighMem: 66*4kB 0*8kB = 264kB', 1)).toMatchObject({ node: 1, zone: 'HighMem' });
  });

  it('reads a ≤2.6.2x empty zone as a zero-size row', () => {
    expect(parseBuddy('HighMem: empty', 4)).toEqual({
      node: 0,
      zone: 'HighMem',
      freeBlocks: [],
      blockKb: [],
      migrateTypes: [],
      totalKb: 0,
      line: 4,
    });
  });

  it('reads arm64 64 kB pages', () => {
    const b = parseBuddy(
      'Node 0 Normal: 12*64kB (UM) 3*128kB (M) 1*256kB (M) 0*512kB 0*1024kB 0*2048kB 0*4096kB 0*8192kB 0*16384kB 0*32768kB 0*65536kB 1*131072kB (M) 0*262144kB 0*524288kB = 132224kB',
      1,
    );
    expect(b?.blockKb[0]).toBe(64);
    expect(b?.blockKb).toHaveLength(14);
    expect(b?.totalKb).toBe(132224);
  });

  it('keeps a cut line with totalKb null', () => {
    expect(parseBuddy('Node 0 DMA32: 203*4kB (UEM) 231*8kB (UEM) 259*16kB (UEM) 231*32', 1)).toMatchObject({
      freeBlocks: [203, 231, 259],
      totalKb: null,
    });
    expect(parseBuddy('Node 0 DMA32: 203*4kB (UEM) 231*8kB (UE', 1)?.freeBlocks).toEqual([203, 231]);
    expect(parseBuddy('Node 0 DMA: 0*4kB 1*8kB (U) = 1', 1)).toMatchObject({ totalKb: null, freeBlocks: [0, 1] });
    expect(parseBuddy('Node 0 DMA: 0*4kB 1*8kB (U) ', 1)?.totalKb).toBeNull();
    expect(parseBuddy('Node 0 DMA: 0*4kB 1*8kB (U) 0*16>', 1)).toMatchObject({ totalKb: null, freeBlocks: [0, 1] });
    expect(parseBuddy('Node 0 DMA: 0*4kB 1*8kB (U) = 8kB>', 1)?.totalKb).toBe(8);
  });

  it('refuses zone, node, hugepages, per-cpu lines and junk after the orders', () => {
    for (const line of [
      'Node 0 DMA free:15908kB min:128kB low:160kB high:192kB',
      'Node 0 DMA per-cpu:',
      'Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB',
      'Node 0 active_anon:884kB inactive_anon:57324kB',
      'Node 0 DMA: ',
      'Node 0 DMA: 1*4kB (U) oops something else',
      'Node 0 Foo: 1*4kB = 4kB',
      'Free swap  = 0kB',
    ])
      expect(parseBuddy(line, 1), line).toBeNull();
  });
});
