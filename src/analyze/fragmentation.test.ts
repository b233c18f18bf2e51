import { describe, expect, it } from 'vitest';
import { checkFragmentation, largestFreeOrder } from './fragmentation';
import { makeBuddy, makeEvent, makeZone } from '../../test/support/model';
import type { BuddyRow } from '../parse/model';
import type { ZoneCheck, ZoneState } from './types';

const caller = { atomic: false, high: false, movable: false };

function check(zone: string, state: ZoneState, node = 0): ZoneCheck {
  const usable = state !== 'unusable' && state !== 'empty';
  return {
    node,
    zone,
    state,
    usable,
    passes: usable ? state === 'passes' : null,
    watermark: 'min',
    freeKb: 0,
    minKb: 0,
    lowKb: 0,
    highKb: 0,
    markKb: 0,
    reserveKb: 0,
    reservePages: 0,
    reserveColumn: null,
    requestKb: 0,
    highatomicKb: 0,
    cmaKb: 0,
    leftKb: 0,
    needKb: 0,
    line: 1,
    reserveLine: null,
  };
}

const frag = (
  order: number,
  buddy: BuddyRow[],
  checks: ZoneCheck[],
  zones = checks.map((c) => makeZone({ zone: c.zone })),
) => checkFragmentation(makeEvent({ buddy, zones }), order, checks, caller);

describe('checkFragmentation', () => {
  it('order 3 with only order ≤ 2 blocks free in a zone that passes order 0: fragmented', () => {
    const rows = [makeBuddy('Normal', [5769, 1495, 24, 0, 0, 0, 0, 0, 0, 0, 0])];
    const r = frag(3, rows, [check('Normal', 'no-block')])!;
    expect(r.verdict).toBe('fragmented');
    expect(r.blockAvailable).toBe(false);
    expect(r.largestUsableOrder).toBe(2);
    expect(r.largestFreeOrder).toEqual([{ node: 0, zone: 'Normal', order: 2, counts: true, line: 20 }]);
  });

  it('blocks in a zone that fails its own order-0 check do not count (4.4-next order 2: DMA fenced, DMA32 in pieces)', () => {
    // 030: DMA has order-9 blocks but is fenced by its lowmem_reserve; DMA32 passes order 0 and has only order ≤ 1.
    const rows = [makeBuddy('DMA', [42, 84, 57, 15, 11, 9, 1, 1, 2, 0, 0]), makeBuddy('DMA32', [3788, 184, 0, 0])];
    const r = frag(2, rows, [check('DMA', 'fenced'), check('DMA32', 'no-block')])!;
    expect(r.verdict).toBe('fragmented');
    expect(r.largestUsableOrder).toBe(1);
    expect(r.largestFreeOrder.find((z) => z.zone === 'DMA')?.counts).toBe(false);
  });

  it('a short zone that still has large blocks is short of memory, not of contiguity: exhausted', () => {
    // 010 event 1: lowmem Normal below min for an order-1 request, with blocks up to order 10 free.
    const rows = [makeBuddy('Normal', [32, 28, 15, 141, 141, 80, 19, 3, 2, 2, 1])];
    const zones = [makeZone({ zone: 'Normal', fieldsKb: { active_file: 470556 } })];
    expect(frag(1, rows, [check('Normal', 'below')], zones)!.verdict).toBe('exhausted');
  });

  it('a short zone without large blocks whose page cache would lift it over its watermark: fragmented', () => {
    const rows = [makeBuddy('Normal', [500, 0, 0, 0])];
    const zones = [makeZone({ zone: 'Normal', fieldsKb: { active_file: 100000 } })];
    const below = { ...check('Normal', 'below'), leftKb: 2000, needKb: 3000 };
    expect(frag(2, rows, [below], zones)!.verdict).toBe('fragmented');
    expect(frag(2, rows, [{ ...below, needKb: 200000 }], zones)!.verdict).toBe('exhausted');
  });

  it('a block of the order in a counting zone: the block test passed', () => {
    const rows = [makeBuddy('Normal', [5769, 1495, 24, 0, 0, 0, 0, 0, 0, 0, 0])];
    expect(frag(2, rows, [check('Normal', 'passes')])!.verdict).toBe('block-available');
  });

  it('a big block in a zone the request may not use does not help', () => {
    const rows = [makeBuddy('DMA', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]), makeBuddy('Normal', [10, 0, 0, 0])];
    const r = frag(1, rows, [check('DMA', 'unusable'), check('Normal', 'no-block')])!;
    expect(r.verdict).toBe('fragmented');
    expect(r.largestFreeOrder.map((z) => z.zone)).toEqual(['Normal']);
  });

  it('nothing free and nothing to reclaim is exhaustion, not fragmentation', () => {
    expect(frag(2, [makeBuddy('Normal', [0, 0, 0, 0])], [check('Normal', 'below')])!.verdict).toBe('exhausted');
  });

  it('blocks only of HighAtomic/CMA type do not count for a normal caller', () => {
    const row = makeBuddy('Normal', [10, 0, 0, 4], { migrateTypes: ['UM', null, null, 'H'] });
    expect(largestFreeOrder(row, { atomic: false, movable: false })).toBe(0);
    expect(largestFreeOrder(row, { atomic: true, movable: false })).toBe(3);
    expect(frag(3, [row], [check('Normal', 'no-block')])!.verdict).toBe('fragmented');
  });

  it('not applicable for order 0 or without buddy lines; null for SysRq', () => {
    expect(frag(0, [makeBuddy('Normal', [1])], [check('Normal', 'passes')])!.verdict).toBe('not-applicable');
    expect(frag(3, [], [check('Normal', 'passes')])!.verdict).toBe('not-applicable');
    expect(frag(-1, [], [])).toBeNull();
  });
});
