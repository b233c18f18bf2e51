import { describe, expect, it } from 'vitest';
import { emptyMemcg, emptySummary, findingOf, makeEvent } from '../../../test/support/analyzeTesting';
import type { MemcgInfo } from '../../parse/model';

const swap = (totalSwapKb: number | null, freeSwapKb: number | null) =>
  makeEvent({ summary: { ...emptySummary(), totalSwapKb, freeSwapKb, lines: { totalSwapKb: 40, freeSwapKb: 39 } } });

describe('no-swap', () => {
  it('fires when Total swap = 0 kB', () => {
    expect(findingOf(swap(0, 0), 'no-swap')?.lines).toEqual([40]);
  });
  it('does not fire with swap, or when the swap lines are missing', () => {
    expect(findingOf(swap(8388604, 0), 'no-swap')).toBeUndefined();
    expect(findingOf(swap(null, null), 'no-swap')).toBeUndefined();
  });
});

describe('swap-exhausted', () => {
  it('fires when at most 2 % of swap is free', () => {
    expect(findingOf(swap(8388604, 0), 'swap-exhausted')?.detail).toContain('Free swap 0 kB');
    expect(findingOf(swap(25165820, 84), 'swap-exhausted')).toBeDefined();
  });
  it('does not fire with plenty free, or without swap at all', () => {
    expect(findingOf(swap(8388604, 4000000), 'swap-exhausted')).toBeUndefined();
    expect(findingOf(swap(0, 0), 'swap-exhausted')).toBeUndefined();
  });
  const memcg = (over: Partial<MemcgInfo>): MemcgInfo =>
    emptyMemcg(4, { path: '/c', memory: { usageKb: 100, limitKb: 100, failcnt: 1, line: 5 }, ...over });
  it('fires for a cgroup at its memory+swap limit, not for an unlimited one', () => {
    const full = makeEvent({
      kind: 'memcg',
      memcg: memcg({ memsw: { usageKb: 200, limitKb: 200, failcnt: 3, line: 6 } }),
    });
    expect(findingOf(full, 'swap-exhausted')?.title).toContain('memory+swap');
    const unlimited = makeEvent({
      kind: 'memcg',
      memcg: memcg({ memsw: { usageKb: 100, limitKb: 9007199254740988, failcnt: 0, line: 6 } }),
    });
    expect(findingOf(unlimited, 'swap-exhausted')).toBeUndefined();
    const v2NoSwap = makeEvent({
      kind: 'memcg',
      memcg: memcg({ swap: { usageKb: 0, limitKb: 0, failcnt: 0, line: 6 } }),
    });
    expect(findingOf(v2NoSwap, 'swap-exhausted')).toBeUndefined();
  });
});
