import { describe, expect, it } from 'vitest';
import {
  emptyMemcg,
  makeBuddy,
  makeEvent,
  makeKernel,
  makeTrigger,
  makeVictim,
  makeZone,
} from '../../../test/support/model';
import { findingOf, makeGfp, testFacts } from '../../../test/support/analysis';
import type { OomEvent } from '../../parse/model';

const gfp = (targetZone: string) => testFacts({ decodeGfp: () => makeGfp({ targetZone, migrateType: 'Unmovable' }) });
const on = (over: Partial<OomEvent>) =>
  makeEvent({ kernel: makeKernel('4.19.0'), trigger: makeTrigger({ order: 0 }), victim: makeVictim(7), ...over });

/** 3.10 KVM guest (real corpus 022): DMA fenced by its reserve, Normal with 24 GiB free. */
const fencedDma = makeZone({
  zone: 'DMA',
  freeKb: 15900,
  minKb: 20,
  lowmemReserve: [0, 2720, 47985, 47985],
  line: 45,
  reserveLine: 46,
});

describe('zone-below-min', () => {
  it('names only usable zones short of their own watermark; a zone fenced by its reserve is the reserve doing its job', () => {
    const normal = makeZone({ zone: 'Normal', freeKb: 100, minKb: 1000, lowmemReserve: [0, 0, 0, 0], line: 49 });
    const f = findingOf(on({ zones: [fencedDma, normal] }), 'zone-below-min', gfp('Normal'));
    expect(f?.severity).toBe('critical');
    // The short zone, and the fenced one with the reserve line that fenced it: all usable zones are the evidence.
    expect(f?.lines).toEqual([45, 46, 49]);
    expect(f?.params).toMatchObject({
      count: 1,
      usableCount: 2,
      allShort: 1,
      fencedZones: 'Node 0 DMA',
      fencedCount: 1,
    });
    expect(f?.items?.[0]).toMatchObject({ zone: 'Normal', state: 'below', freeKb: 100, markKb: 1000 });
    expect(f?.items?.[1]).toMatchObject({ zone: 'DMA', state: 'fenced' });
  });
  it('silent when only the fenced lower zone fails (a zone with room passes)', () => {
    const normal = makeZone({ zone: 'Normal', freeKb: 25407776, minKb: 63728, lowmemReserve: [0, 0, 0, 0] });
    expect(findingOf(on({ zones: [fencedDma, normal] }), 'zone-below-min', gfp('Normal'))).toBeUndefined();
  });
  it('never for a memcg OOM (its cause is the cgroup limit, not a zone), nor for an empty zone', () => {
    const short = makeZone({ zone: 'Normal', freeKb: 100, minKb: 1000, lowmemReserve: [0, 0, 0, 0] });
    const memcg = emptyMemcg(20, { memory: { usageKb: 1, limitKb: 1, failcnt: 1, line: 21 } });
    expect(findingOf(on({ zones: [short], memcg }), 'zone-below-min', gfp('Normal'))).toBeUndefined();
    const empty = makeZone({ zone: 'Normal', freeKb: 0, minKb: 128, presentKb: 0, lowmemReserve: [0, 0, 0, 0] });
    expect(findingOf(on({ zones: [empty] }), 'zone-below-min', gfp('Normal'))).toBeUndefined();
  });
});

describe('fragmentation and costly-order', () => {
  it('order 2 with only order ≤ 1 blocks in the zone that passes its watermark (4.4-next, real corpus 030)', () => {
    const e = on({
      kernel: makeKernel('4.4.0-rc6-next-20151222'),
      trigger: makeTrigger({ order: 2 }),
      zones: [
        makeZone({ zone: 'DMA', freeKb: 6904, minKb: 44, highKb: 64, lowmemReserve: [0, 1714, 1714, 1714], line: 36 }),
        makeZone({ zone: 'DMA32', freeKb: 13760, minKb: 5172, highKb: 7756, lowmemReserve: [0, 0, 0, 0], line: 38 }),
      ],
      buddy: [
        makeBuddy('DMA', [42, 84, 57, 15, 11, 9, 1, 1, 2, 0, 0], { line: 40 }),
        makeBuddy('DMA32', [3788, 184, 0, 0], { line: 41 }),
      ],
    });
    const f = findingOf(e, 'fragmentation', gfp('Normal'));
    expect(f?.params).toMatchObject({ order: 2, largestUsableOrder: 1 });
    expect(f?.items).toEqual([
      { node: 0, zone: 'DMA', largestOrder: 8, counts: 0 },
      { node: 0, zone: 'DMA32', largestOrder: 1, counts: 1 },
    ]);
    expect(findingOf(e, 'zone-below-min', gfp('Normal'))).toBeUndefined();
    expect(findingOf(e, 'costly-order', gfp('Normal'))).toBeUndefined();
    expect(findingOf(on({ trigger: makeTrigger({ order: 4 }) }), 'costly-order')?.params).toMatchObject({
      order: 4,
      costly: 3,
    });
  });
});

describe('lowmem-pressure', () => {
  const zones = [
    makeZone({
      zone: 'DMA',
      freeKb: 572,
      minKb: 2296,
      managedKb: 15916,
      lowmemReserve: [0, 48, 15946, 15946],
      line: 73,
    }),
    makeZone({
      zone: 'Normal',
      freeKb: 2816,
      minKb: 2816,
      presentKb: 481272,
      managedKb: 49344,
      lowmemReserve: [0, 0, 127183, 127183],
      line: 75,
    }),
    makeZone({
      zone: 'HighMem',
      freeKb: 15948052,
      minKb: 512,
      presentKb: 16279432,
      managedKb: 16279432,
      lowmemReserve: [0, 0, 0, 0],
      line: 77,
    }),
  ];
  it('a GFP_KERNEL request on a 32-bit machine whose lowmem is short while HighMem is free (i386 16 GiB, real corpus 023)', () => {
    const f = findingOf(on({ zones }), 'lowmem-pressure', gfp('Normal'));
    expect(f?.params).toMatchObject({
      lowFreeKb: 3388,
      highFreeKb: 15948052,
      normalPresentKb: 481272,
      normalReservedKb: 431928,
    });
  });
  it('not for a request that can use HighMem itself', () => {
    expect(findingOf(on({ zones }), 'lowmem-pressure', gfp('Movable'))).toBeUndefined();
  });
});
