import { describe, expect, it } from 'vitest';
import { checkWatermarks } from './watermarks';
import { eventFacts } from './facts';
import { makeBuddy, makeEvent, makeKernel, makeTrigger, makeZone } from '../../test/support/model';
import { makeGfp, testFacts } from '../../test/support/analysis';
import type { GfpDecode } from '../kernel/types';
import type { OomEvent } from '../parse/model';

/** Without a release a report's shape sets the era; these events name a 4.19 kernel (min watermark) unless told. */
const run = (e: OomEvent, gfp: GfpDecode | null) => {
  const event = e.kernel ? e : { ...e, kernel: makeKernel('4.19.0') };
  return checkWatermarks(event, eventFacts(event, gfp, testFacts()), gfp);
};

/** The 3.13 nginx report of the design document: every zone just under its watermark. */
function nginx313(): OomEvent {
  return makeEvent({
    kernel: makeKernel('4.19.0'),
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
  it('GFP_HIGHUSER_MOVABLE: the Movable column applies; lower zones fenced by their reserve, Normal short', () => {
    const r = run(nginx313(), makeGfp({ targetZone: 'Movable' }));
    expect(r.checks.map((c) => [c.zone, c.state, c.reserveColumn, c.reserveKb])).toEqual([
      ['DMA', 'fenced', 3, 7968 * 4],
      ['DMA32', 'fenced', 3, 4221 * 4],
      ['Normal', 'below', 3, 0],
    ]);
    expect(r.checks[2]).toMatchObject({ leftKb: 35636, needKb: 35748, passes: false, usable: true });
    expect(r.shortNodes).toEqual([0]);
  });

  it('a zone with room passes, and equality counts as a pass (kernel: free − (2^order − 1) > mark)', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 1004, minKb: 1000, lowmemReserve: [0, 0, 0, 0] })],
    });
    const r = run(e, makeGfp({ targetZone: 'Normal' }));
    expect(r.checks[0].state).toBe('passes');
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
    const r = run(e, makeGfp({ targetZone: 'DMA32', migrateType: 'Unmovable' }));
    expect(r.checks.map((c) => [c.zone, c.state, c.passes, c.reserveKb])).toEqual([
      ['DMA32', 'passes', true, 0],
      ['Normal', 'unusable', null, 0],
    ]);
  });

  it('an empty zone (present:0kB) is never failing', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [
        makeZone({ zone: 'Normal', freeKb: 100, minKb: 1000, lowmemReserve: [0, 0, 0, 0] }),
        makeZone({ zone: 'HighMem', freeKb: 0, minKb: 128, presentKb: 0, lowmemReserve: [0, 0, 0, 0] }),
      ],
    });
    const r = run(e, makeGfp({ targetZone: 'HighMem' }));
    expect(r.checks.map((c) => [c.zone, c.state, c.usable])).toEqual([
      ['Normal', 'below', true],
      ['HighMem', 'empty', false],
    ]);
  });

  it('before 4.7 the decision used the high watermark (the last attempt before the OOM killer)', () => {
    // 2.6.1x x86_64 (real corpus 025): DMA32 clears min + reserve but not high + reserve.
    const zones = [
      makeZone({
        zone: 'DMA32',
        freeKb: 9760,
        minKb: 6560,
        lowKb: 8200,
        highKb: 9840,
        lowmemReserve: [0, 0, 757, 757],
      }),
    ];
    const gfp = makeGfp({ targetZone: 'HighMem' });
    const old = run(makeEvent({ kernel: makeKernel('2.6.18-8.el5'), trigger: makeTrigger({ order: 0 }), zones }), gfp);
    expect(old.checks[0]).toMatchObject({ watermark: 'high', markKb: 9840, state: 'below' });
    const recent = run(makeEvent({ kernel: makeKernel('4.19.0'), trigger: makeTrigger({ order: 0 }), zones }), gfp);
    expect(recent.checks[0]).toMatchObject({ watermark: 'min', state: 'passes' });
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
    const r = run(e, makeGfp({ targetZone: 'Normal' }));
    expect(r.checks.map((c) => c.usable)).toEqual([false, true]);
    expect(r.shortNodes).toEqual([1]);
  });

  it('subtracts the highatomic reserve and free CMA for a non-atomic unmovable caller; an atomic one dips lower', () => {
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
    const unmovable = run(e, makeGfp({ targetZone: 'Normal', migrateType: 'Unmovable' }));
    expect(unmovable.checks[0]).toMatchObject({ highatomicKb: 512, cmaKb: 600, leftKb: 884, state: 'below' });
    const movable = run(e, makeGfp({ targetZone: 'Normal', migrateType: 'Movable' }));
    expect(movable.checks[0].cmaKb).toBe(0);
    const atomic = run(e, makeGfp({ targetZone: 'Normal', canSleep: false, migrateType: 'Unmovable' }));
    expect(atomic.checks[0]).toMatchObject({ highatomicKb: 0, markKb: 750, state: 'passes' });
    expect(atomic.discounted).toBe(true);
  });

  it('order > 0: a zone over its watermark without a large enough free block is "no-block"', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 2 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 13760, minKb: 5172, lowmemReserve: [0, 0, 0, 0] })],
      buddy: [makeBuddy('Normal', [3788, 184, 0, 0])],
    });
    expect(run(e, makeGfp({ targetZone: 'Normal' })).checks[0].state).toBe('no-block');
  });

  it('assumes Normal when the gfp mask was not decoded, and says so', () => {
    const e = makeEvent({
      trigger: makeTrigger({ order: 0 }),
      zones: [makeZone({ zone: 'Normal', freeKb: 61900, boostKb: 8192, minKb: 61948, lowmemReserve: [0, 0, 0, 0, 0] })],
    });
    const r = run(e, null);
    expect(r.targetAssumed).toBe(true);
    expect(r.checks[0].reserveColumn).toBe(2);
  });

  it('no checks for SysRq (no request) or without zone lines', () => {
    const sysrq = makeEvent({ trigger: makeTrigger({ order: -1 }), zones: [makeZone({ zone: 'Normal' })] });
    expect(run(sysrq, null).checks).toEqual([]);
    expect(run(makeEvent({ trigger: makeTrigger({ order: 0 }) }), null).checks).toEqual([]);
  });
});
