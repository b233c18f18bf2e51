import { describe, expect, it } from 'vitest';
import {
  findingOf,
  makeBuddy,
  makeEvent,
  makeGfp,
  makeTrigger,
  makeZone,
  testFacts,
} from '../../../test/support/analyzeTesting';

const movableFacts = testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Movable' }) });
const normalFacts = testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Normal', migrateType: 'Unmovable' }) });

describe('zone-below-min', () => {
  it('fires with the arithmetic when every usable zone failed', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 35640, minKb: 35748, lowmemReserve: [0, 0, 0, 0], line: 9 })],
    });
    const f = findingOf(e, 'zone-below-min', movableFacts)!;
    expect(f.title).toBe('Every usable zone was below its min watermark');
    expect(f.detail).toContain('35636 kB < min 35748 kB');
    expect(f.detail).toContain('Short node(s): 0');
    expect(f.lines).toEqual([9]);
  });
  it('does not fire when the zones had room, nor for SysRq, nor without zone lines', () => {
    const ok = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 90000, minKb: 100, lowmemReserve: [0, 0, 0, 0] })],
    });
    expect(findingOf(ok, 'zone-below-min', movableFacts)).toBeUndefined();
    const sysrq = makeEvent({
      trigger: makeTrigger({ order: -1 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 0, minKb: 100 })],
    });
    expect(findingOf(sysrq, 'zone-below-min', movableFacts)).toBeUndefined();
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: 0 }) }), 'zone-below-min', movableFacts),
    ).toBeUndefined();
  });
  it('a starved zone the request may not use does not count', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [
        makeZone({ zone: 'DMA32', freeKb: 90000, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
        makeZone({ zone: 'Normal', freeKb: 0, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
      ],
    });
    const dma32Facts = testFacts({ decodeGfp: () => makeGfp({ targetZone: 'DMA32', migrateType: 'Unmovable' }) });
    expect(findingOf(e, 'zone-below-min', dma32Facts)).toBeUndefined();
    expect(findingOf(e, 'zone-below-min', normalFacts)?.title).toBe('Zones below their min watermark');
  });
});

describe('fragmentation', () => {
  const zones = [makeZone({ zone: 'Normal', freeKb: 35420, minKb: 100, lowmemReserve: [0, 0, 0, 0] })];
  const buddy = [makeBuddy('Normal', [5769, 1495, 24, 0, 0, 0, 0, 0, 0, 0, 0], { line: 12 })];
  it('fires for an order-3 request when the largest free block is order 2', () => {
    const f = findingOf(makeEvent({ trigger: makeTrigger({ order: 3 }), zones, buddy }), 'fragmentation', normalFacts)!;
    expect(f.detail).toContain('largest free block order 2');
    expect(f.detail).toContain('35420 kB');
    expect(f.lines).toEqual([12]);
  });
  it('does not fire for order 2 (a block existed) or order 0', () => {
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: 2 }), zones, buddy }), 'fragmentation', normalFacts),
    ).toBeUndefined();
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: 0 }), zones, buddy }), 'fragmentation', normalFacts),
    ).toBeUndefined();
  });
});

describe('costly-order', () => {
  it('fires above PAGE_ALLOC_COSTLY_ORDER only', () => {
    expect(findingOf(makeEvent({ trigger: makeTrigger({ order: 4 }) }), 'costly-order')?.title).toContain(
      'order 4 > 3',
    );
    expect(findingOf(makeEvent({ trigger: makeTrigger({ order: 3 }) }), 'costly-order')).toBeUndefined();
  });
});

describe('lowmem-pressure', () => {
  const zones32 = (normalFree: number) => [
    makeZone({ zone: 'DMA', freeKb: 3500, minKb: 64, lowmemReserve: [0, 865, 3023, 3023], line: 5 }),
    makeZone({ zone: 'Normal', freeKb: normalFree, minKb: 3728, lowmemReserve: [0, 0, 17267, 17267], line: 7 }),
    makeZone({ zone: 'HighMem', freeKb: 900000, minKb: 512, lowmemReserve: [0, 0, 0, 0], line: 9 }),
  ];
  it('fires on a 32-bit kernel whose Normal zone is below min while HighMem is free (GFP_KERNEL)', () => {
    const f = findingOf(
      makeEvent({ trigger: makeTrigger({ order: 0 }), zones: zones32(3000) }),
      'lowmem-pressure',
      normalFacts,
    )!;
    expect(f.detail).toContain('HighMem still had 900000 kB');
    expect(f.lines).toContain(9);
  });
  it('does not fire when HighMem was just as empty (plain exhaustion)', () => {
    const zones = zones32(3000).map((z) => (z.zone === 'HighMem' ? { ...z, freeKb: 100 } : z));
    expect(
      findingOf(makeEvent({ trigger: makeTrigger({ order: 0 }), zones }), 'lowmem-pressure', normalFacts),
    ).toBeUndefined();
  });
  it('does not fire when lowmem had room, nor on 64-bit systems', () => {
    expect(
      findingOf(
        makeEvent({ trigger: makeTrigger({ order: 0 }), zones: zones32(400000) }),
        'lowmem-pressure',
        normalFacts,
      ),
    ).toBeUndefined();
    const x64 = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 0, minKb: 100, lowmemReserve: [0, 0, 0, 0] })],
    });
    expect(findingOf(x64, 'lowmem-pressure', normalFacts)).toBeUndefined();
  });
});
