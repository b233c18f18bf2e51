import { describe, expect, it } from 'vitest';
import { sortedOrder } from './sortRows';
import { taskRows } from './taskRows';
import { ANALYSIS, TASKS } from '../../../test/support/viewData';

const rows = taskRows(TASKS, ANALYSIS.badness, null, null);
const names = (order: Uint32Array) => [...order].map((i) => rows[i].name);

describe('sortedOrder', () => {
  it('keeps the printed order without sort keys', () => {
    expect([...sortedOrder(rows, [])]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('sorts numbers descending and ascending, stable on ties', () => {
    expect(names(sortedOrder(rows, [{ id: 'rss', desc: true }])).slice(0, 3)).toEqual(['doxygen', 'java', 'chrome']);
    // systemd-udevd has rss 0 (printed second); ascending puts it first.
    expect(names(sortedOrder(rows, [{ id: 'rss', desc: false }]))[0]).toBe('systemd-udevd');
  });

  it('sorts names by code units and puts missing values last when descending', () => {
    expect(names(sortedOrder(rows, [{ id: 'name', desc: false }]))).toEqual([
      'chrome',
      'chrome',
      'doxygen',
      'java',
      'systemd-journal',
      'systemd-udevd',
      'top',
    ]);
    // systemd-udevd (oom_score_adj -1000) is never a candidate: it has no rank.
    const byRank = sortedOrder(rows, [{ id: 'rank', desc: true }]);
    expect(names(byRank).slice(-1)).toEqual(['systemd-udevd']);
  });

  it('puts unranked rows last in both directions', () => {
    const unranked = rows.filter((r) => r.rank == null).map((r) => r.name);
    expect(unranked.length).toBeGreaterThan(0);
    for (const desc of [true, false]) {
      const order = names(sortedOrder(rows, [{ id: 'rank', desc }]));
      expect(order.slice(-unranked.length).sort()).toEqual([...unranked].sort());
    }
    // Rank ascending: the kernel's pick (rank 1) first.
    expect(names(sortedOrder(rows, [{ id: 'rank', desc: false }]))[0]).toBe('doxygen');
  });

  it('breaks ties with the next key', () => {
    const order = sortedOrder(rows, [
      { id: 'name', desc: false },
      { id: 'rss', desc: false },
    ]);
    expect([...order].slice(0, 2).map((i) => rows[i].pid)).toEqual([376692, 375042]);
  });

  it('sorts 100,000 rows', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ ...rows[i % rows.length], rss: (i * 7919) % 100_003 }));
    const order = sortedOrder(big, [{ id: 'rss', desc: true }]);
    let misordered = 0;
    for (let i = 1; i < order.length; i += 1) if (big[order[i - 1]].rss! < big[order[i]].rss!) misordered += 1;
    expect(order.length).toBe(100_000);
    expect(misordered).toBe(0);
  });
});
