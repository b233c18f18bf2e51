import { describe, expect, it } from 'vitest';
import { alternativeTotals, totalPagesOf } from './totalPages';
import { emptyMemcg, emptySummary, makeEvent, makeZone } from '../../test/support/model';
import type { MemcgInfo } from '../parse/model';

const memcg = (over: Partial<MemcgInfo>): MemcgInfo => emptyMemcg(1, { path: '/x', taskPath: '/x', ...over });

describe('totalPagesOf', () => {
  it('global: pages RAM − reserved + swap pages', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 1000, reservedPages: 100, totalSwapKb: 400, lines: { ramPages: 7 } },
    });
    expect(totalPagesOf(e, 4, 'global')).toEqual({ pages: 1000, basis: 'ram-reserved-swap', lines: [7] });
  });
  it('global without a RAM line: managed kB of the zones', () => {
    const e = makeEvent({ zones: [makeZone({ zone: 'Normal', managedKb: 4000 })] });
    expect(totalPagesOf(e, 4, 'global')?.pages).toBe(1000);
    expect(totalPagesOf(makeEvent(), 4, 'global')).toBeNull();
  });
  it('cpuset-constrained: present memory of the allowed nodes', () => {
    const e = makeEvent({
      kind: 'cpuset',
      cpuset: { name: 'c', memsAllowed: '1', line: 2 },
      zones: [
        makeZone({ node: 0, zone: 'Normal', presentKb: 8000 }),
        makeZone({ node: 1, zone: 'Normal', presentKb: 4000 }),
      ],
    });
    expect(totalPagesOf(e, 4, 'cpuset')?.pages).toBe(1000);
  });
  it('memcg v1 with a memory+swap limit uses it', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: memcg({
        memory: { usageKb: 4000, limitKb: 4000, failcnt: 1, line: 3 },
        memsw: { usageKb: 8000, limitKb: 8000, failcnt: 1, line: 4 },
      }),
    });
    const primary = totalPagesOf(e, 4, 'memcg')!;
    expect(primary).toMatchObject({ pages: 2000, basis: 'memcg-memsw-limit' });
    // Kernels differ on it: the memory limit alone is the other reading tried against a printed score.
    expect(alternativeTotals(e, 4, primary)).toMatchObject([{ pages: 1000, basis: 'memcg-limit' }]);
  });
  it('memcg v2 adds the swap limit, capped by the machine swap', () => {
    const e = makeEvent({
      kind: 'memcg',
      summary: { ...emptySummary(), totalSwapKb: 400, lines: {} },
      memcg: memcg({
        memory: { usageKb: 4000, limitKb: 4000, failcnt: 1, line: 3 },
        swap: { usageKb: 0, limitKb: 4000, failcnt: 0, line: 4 },
      }),
    });
    expect(totalPagesOf(e, 4, 'memcg')?.pages).toBe(1100);
  });
  it('memcg with an unlimited memory limit has no total', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: memcg({ memory: { usageKb: 1, limitKb: 9007199254740988, failcnt: 0, line: 3 } }),
    });
    expect(totalPagesOf(e, 4, 'memcg')).toBeNull();
  });
});
