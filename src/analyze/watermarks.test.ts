import { describe, expect, it } from 'vitest';
import { checkWatermarks } from './watermarks';
import { requestSize } from './request';
import { makeEvent, makeGfp, makeTrigger, makeZone, testFacts } from '../../test/support/analyzeTesting';
import type { OomEvent } from '../parse/model';

/** The 3.13 nginx report of the design document: every zone just under its watermark. */
function nginx313(): OomEvent {
  return makeEvent({
    trigger: makeTrigger({ order: 0, gfpMask: '0x200da' }),
    zones: [
      makeZone({
        zone: 'DMA',
        freeKb: 15908,
        minKb: 128,
        lowKb: 160,
        highKb: 192,
        lowmemReserve: [0, 3746, 7968, 7968],
        line: 5,
      }),
      makeZone({
        zone: 'DMA32',
        freeKb: 48516,
        minKb: 31704,
        lowKb: 39628,
        highKb: 47556,
        lowmemReserve: [0, 0, 4221, 4221],
        line: 7,
      }),
      makeZone({
        zone: 'Normal',
        freeKb: 35640,
        minKb: 35748,
        lowKb: 44684,
        highKb: 53620,
        lowmemReserve: [0, 0, 0, 0],
        line: 9,
      }),
    ],
  });
}

describe('checkWatermarks', () => {
  it('GFP_HIGHUSER_MOVABLE on 3.13: the Movable column of lowmem_reserve applies; all zones below min', () => {
    const e = nginx313();
    const r = checkWatermarks(e, requestSize(e), makeGfp({ targetZone: 'Movable' }), testFacts());
    expect(r.reserveColumn).toBe(3);
    expect(r.checks.map((c) => [c.zone, c.usable, c.ok, c.reserveKb])).toEqual([
      ['DMA', true, false, 7968 * 4],
      ['DMA32', true, false, 4221 * 4],
      ['Normal', true, false, 0],
    ]);
    expect(r.checks[2].arithmetic).toBe(
      'free 35640 kB − request 4 kB = 35636 kB < min 35748 kB + lowmem_reserve[3] 0 kB (0 pages) = 35748 kB: below the min watermark',
    );
    expect(r.shortNodes).toEqual([0]);
  });

  it('a zone with room passes, and equality counts as a pass (kernel: free − (2^order − 1) > mark)', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 1004, minKb: 1000, lowmemReserve: [0, 0, 0, 0] })],
    });
    const r = checkWatermarks(e, requestSize(e), makeGfp({ targetZone: 'Normal' }), testFacts());
    expect(r.checks[0].ok).toBe(true);
    expect(r.checks[0].arithmetic).toContain('1000 kB ≥ min 1000 kB');
    expect(r.shortNodes).toEqual([]);
  });

  it('a DMA32 request cannot use Normal, and the DMA32 column applies', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [
        makeZone({ zone: 'DMA32', freeKb: 5000, minKb: 100, lowmemReserve: [0, 0, 100, 100] }),
        makeZone({ zone: 'Normal', freeKb: 10, minKb: 1000, lowmemReserve: [0, 0, 0, 0] }),
      ],
    });
    const r = checkWatermarks(
      e,
      requestSize(e),
      makeGfp({ targetZone: 'DMA32', migrateType: 'Unmovable' }),
      testFacts(),
    );
    expect(r.checks.map((c) => [c.zone, c.usable, c.ok, c.reserveKb])).toEqual([
      ['DMA32', true, true, 0],
      ['Normal', false, false, 0],
    ]);
    expect(r.checks[1].arithmetic).toContain('not usable');
    expect(r.shortNodes).toEqual([]);
  });

  it('zones of nodes outside mems_allowed are not usable; only short nodes are named', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      cpuset: { name: '/', memsAllowed: '1', line: 2 },
      zones: [
        makeZone({ node: 0, zone: 'Normal', freeKb: 10, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
        makeZone({ node: 1, zone: 'Normal', freeKb: 50, minKb: 100, lowmemReserve: [0, 0, 0, 0] }),
      ],
    });
    const r = checkWatermarks(e, requestSize(e), makeGfp({ targetZone: 'Normal' }), testFacts());
    expect(r.checks.map((c) => c.usable)).toEqual([false, true]);
    expect(r.shortNodes).toEqual([1]);
  });

  it('subtracts the highatomic reserve and free CMA for a non-atomic unmovable caller', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [
        makeZone({
          zone: 'Normal',
          freeKb: 2000,
          minKb: 1000,
          reservedHighatomicKb: 512,
          fieldsKb: { free_cma: 600 },
          lowmemReserve: [0, 0, 0, 0],
        }),
      ],
    });
    const unmovable = checkWatermarks(
      e,
      requestSize(e),
      makeGfp({ targetZone: 'Normal', migrateType: 'Unmovable' }),
      testFacts(),
    );
    expect(unmovable.checks[0].ok).toBe(false);
    expect(unmovable.checks[0].arithmetic).toContain('highatomic reserve 512 kB − free CMA 600 kB');
    const atomicMovable = checkWatermarks(
      e,
      requestSize(e),
      makeGfp({ targetZone: 'Normal', canSleep: false }),
      testFacts(),
    );
    expect(atomicMovable.checks[0].ok).toBe(true);
    expect(atomicMovable.notes.join(' ')).toContain('Atomic');
  });

  it('mentions boost, and assumes Normal when the gfp mask was not decoded', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 61900, boostKb: 8192, minKb: 61948, lowmemReserve: [0, 0, 0, 0, 0] })],
    });
    const r = checkWatermarks(e, requestSize(e), null, testFacts());
    expect(r.targetZone).toBe('Normal');
    expect(r.reserveColumn).toBe(2);
    expect(r.checks[0].arithmetic).toContain('min includes boost 8192 kB');
    expect(r.notes[0]).toContain('not decoded');
  });

  it('no checks for SysRq (no request) or without zone lines', () => {
    const sysrq = makeEvent({ trigger: makeTrigger({ order: -1 }), zones: [makeZone({ zone: 'Normal' })] });
    expect(checkWatermarks(sysrq, requestSize(sysrq), null, testFacts()).checks).toEqual([]);
    const memcg = makeEvent({ trigger: makeTrigger({ order: 0 }) });
    expect(checkWatermarks(memcg, requestSize(memcg), null, testFacts()).checks).toEqual([]);
  });
});
