import { describe, expect, it } from 'vitest';
import {
  emptyMemcg,
  emptySummary,
  makeEvent,
  makeKernel,
  makeTrigger,
  makeVictim,
  makeZone,
} from '../../../test/support/model';
import { findingOf, makeGfp, testFacts } from '../../../test/support/analysis';

const swap = (freeSwapKb: number, totalSwapKb: number) => ({
  ...emptySummary(),
  freeSwapKb,
  totalSwapKb,
  lines: { freeSwapKb: 48, totalSwapKb: 49 },
});
const globalKill = { ...makeVictim(7), message: 'Out of memory' };

describe('swap findings', () => {
  it('no-swap, swap-exhausted on the machine, and the cgroup’s memory+swap limit', () => {
    expect(findingOf(makeEvent({ summary: swap(0, 0) }), 'no-swap')?.lines).toEqual([49]);
    expect(
      findingOf(makeEvent({ summary: swap(4, 33855916), victim: globalKill }), 'swap-exhausted')?.params,
    ).toMatchObject({
      kind: 'machine',
      freeKb: 4,
    });
    const memcg = emptyMemcg(81, {
      path: '/docker/x',
      memory: { usageKb: 307112, limitKb: 307200, failcnt: 1, line: 82 },
      memsw: { usageKb: 614400, limitKb: 614400, failcnt: 11, line: 83 },
    });
    expect(findingOf(makeEvent({ memcg, kind: 'memcg' }), 'swap-exhausted')?.params).toEqual({
      kind: 'memsw',
      usageKb: 614400,
      limitKb: 614400,
      path: '/docker/x',
    });
  });

  it('swap-unused: swap untouched while a lowmem request failed on a 4.9 i686 HighMem machine (real corpus 010)', () => {
    const e = makeEvent({
      kernel: makeKernel('4.9.0-gentoo'),
      trigger: makeTrigger({ order: 1 }),
      zones: [
        makeZone({ zone: 'Normal', freeKb: 41008, minKb: 41100, lowmemReserve: [0, 0, 24330, 24330] }),
        makeZone({ zone: 'HighMem', freeKb: 265416, minKb: 512, presentKb: 3114256, lowmemReserve: [0, 0, 0, 0] }),
      ],
      summary: swap(3781628, 3781628),
      victim: globalKill,
    });
    const f = findingOf(e, 'swap-unused', testFacts({ decodeGfp: () => makeGfp({ targetZone: 'Normal' }) }));
    expect(f?.params).toMatchObject({ reason: 'lowmem', nodeLruEra: 1, pct: 100 });
    // Half the swap used is not "unused"; a memcg OOM says nothing about the machine's swap.
    expect(findingOf({ ...e, summary: swap(1_800_000, 3781628) }, 'swap-unused')).toBeUndefined();
    expect(
      findingOf({ ...e, victim: { ...globalKill, message: 'Memory cgroup out of memory' } }, 'swap-unused'),
    ).toBeUndefined();
  });
});
