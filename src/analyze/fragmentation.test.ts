import { describe, expect, it } from 'vitest';
import { checkFragmentation, largestFreeOrder } from './fragmentation';
import { makeBuddy } from '../../test/support/analyzeTesting';
import type { ZoneCheck } from './types';

function usable(zone: string, node = 0, isUsable = true): ZoneCheck {
  return {
    node,
    zone,
    usable: isUsable,
    freeKb: 0,
    minKb: 0,
    lowKb: 0,
    highKb: 0,
    reserveKb: 0,
    requestKb: 0,
    ok: false,
    arithmetic: '',
    line: 1,
  };
}

describe('checkFragmentation', () => {
  it('order 3 with only order ≤ 2 blocks free: fragmented', () => {
    const rows = [makeBuddy('Normal', [5769, 1495, 24, 0, 0, 0, 0, 0, 0, 0, 0])];
    const r = checkFragmentation(3, rows, [usable('Normal')])!;
    expect(r.verdict).toBe('fragmented');
    expect(r.blockAvailable).toBe(false);
    expect(r.largestFreeOrder).toEqual([{ node: 0, zone: 'Normal', order: 2, line: 20 }]);
  });

  it('order 2 with an order-2 block: exhausted (blocks existed; the watermark failed)', () => {
    const rows = [makeBuddy('Normal', [5769, 1495, 24, 0, 0, 0, 0, 0, 0, 0, 0])];
    expect(checkFragmentation(2, rows, [usable('Normal')])!.verdict).toBe('exhausted');
  });

  it('a big block in a zone the request may not use does not help', () => {
    const rows = [makeBuddy('DMA', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]), makeBuddy('Normal', [10, 0, 0, 0])];
    const r = checkFragmentation(1, rows, [usable('DMA', 0, false), usable('Normal')])!;
    expect(r.verdict).toBe('fragmented');
    expect(r.largestFreeOrder.map((z) => z.zone)).toEqual(['Normal']);
  });

  it('nothing free at all is exhaustion, not fragmentation', () => {
    expect(checkFragmentation(2, [makeBuddy('Normal', [0, 0, 0, 0])], [usable('Normal')])!.verdict).toBe('exhausted');
  });

  it('blocks only of HighAtomic/CMA type do not count for a normal caller', () => {
    const row = makeBuddy('Normal', [10, 0, 0, 4], { migrateTypes: ['UM', null, null, 'H'] });
    expect(largestFreeOrder(row, { atomic: false, movable: false })).toBe(0);
    expect(largestFreeOrder(row, { atomic: true, movable: false })).toBe(3);
    expect(checkFragmentation(3, [row], [usable('Normal')])!.verdict).toBe('fragmented');
  });

  it('not applicable for order 0 or without buddy lines; null for SysRq', () => {
    expect(checkFragmentation(0, [makeBuddy('Normal', [1])], [usable('Normal')])!.verdict).toBe('not-applicable');
    expect(checkFragmentation(3, [], [usable('Normal')])!.verdict).toBe('not-applicable');
    expect(checkFragmentation(-1, [], [])).toBeNull();
  });
});
