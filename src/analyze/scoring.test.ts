import { describe, expect, it } from 'vitest';
import { pageTablePages, perMille, scoreTasks, taskPoints, versionOf } from './scoring';
import { makeTask } from '../../test/support/model';
import { eraRule } from '../../test/support/analysis';

const ctx = (over: Partial<Parameters<typeof taskPoints>[1]> = {}) => ({
  era: eraRule(),
  totalPages: 1_000_000,
  pageKb: 4,
  rootBonusOfTotal: false,
  ...over,
});

describe('taskPoints', () => {
  it('rss + swap entries + page tables (pgtables_bytes / page size, 4.15+)', () => {
    const t = makeTask({ pid: 116, rssPages: 1995298, swapEntries: 0, pgtablesBytes: 16052224, oomScoreAdj: 0 });
    expect(pageTablePages(t, 4)).toBe(3919);
    expect(taskPoints(t, ctx())).toBe(1995298 + 3919);
  });

  it('nr_ptes + nr_pmds on 4.0–4.14 tables', () => {
    expect(pageTablePages(makeTask({ pid: 1, nrPtes: 44, nrPmds: 3 }), 4)).toBe(47);
  });

  it('oom_score_adj is per-mille of totalpages; −1000 is never eligible', () => {
    const t = makeTask({ pid: 1, rssPages: 100, swapEntries: 0, oomScoreAdj: 500 });
    expect(taskPoints(t, ctx())).toBe(100 + 500 * 1000);
    expect(taskPoints({ ...t, oomScoreAdj: -1000 }, ctx())).toBeNull();
    expect(taskPoints({ ...t, oomScoreAdj: -999 }, ctx())).toBe(100 - 999 * 1000);
  });

  it('an era that counts neither swap nor page tables (2.6.36–3.x without swap)', () => {
    const era = eraRule({ countsSwap: false, countsPageTables: false });
    expect(taskPoints(makeTask({ pid: 1, rssPages: 100, swapEntries: 50, nrPtes: 9 }), ctx({ era }))).toBe(100);
  });

  it('root bonus: 3 % of the task (3.10+/3.14+) or 3 % of totalpages (2.6.36–3.9); none for other uids', () => {
    const era = eraRule({ rootBonusPercent: 3 });
    const root = makeTask({ pid: 1, uid: 0, rssPages: 1000, swapEntries: 0 });
    expect(taskPoints(root, ctx({ era }))).toBe(970);
    expect(taskPoints(root, ctx({ era, rootBonusOfTotal: true }))).toBe(1000 - 30000);
    expect(taskPoints({ ...root, uid: 1000 }, ctx({ era }))).toBe(1000);
  });
});

describe('scoreTasks', () => {
  it('ranks killable tasks by points, ties in table order, unkillable unranked', () => {
    const tasks = [
      makeTask({ pid: 1, rssPages: 50 }),
      makeTask({ pid: 2, rssPages: 9000, oomScoreAdj: -1000 }),
      makeTask({ pid: 3, rssPages: 700 }),
      makeTask({ pid: 4, rssPages: 50 }),
    ];
    const scored = scoreTasks(tasks, ctx());
    expect(scored.map((t) => [t.pid, t.rank])).toEqual([
      [1, 2],
      [2, null],
      [3, 1],
      [4, 3],
    ]);
    expect(scored[1].points).toBeNull();
  });

  it('per-mille like the kernel printed it (RHEL7 mysqld: score 651)', () => {
    const totalPages = 8379834 - 192987 + Math.floor(8388604 / 4);
    const era = eraRule({ rootBonusPercent: 3, printedScore: 'per-mille' });
    const mysqld = makeTask({ pid: 6576, uid: 12345, rssPages: 5157063, nrPtes: 15483, swapEntries: 1527848 });
    const [scored] = scoreTasks([mysqld], ctx({ era, totalPages }));
    expect(scored.score).toBe(651);
    expect(perMille(0, 0)).toBe(0);
  });
});

describe('versionOf', () => {
  it('reads major.minor', () => {
    expect(versionOf('3.10.0-514.6.1.el7.x86_64')).toEqual([3, 10]);
    expect(versionOf('6.11.0-10669-g11a299a7933e-dirty')).toEqual([6, 11]);
    expect(versionOf(null)).toBeNull();
  });
});

describe('era details from the kernel table', () => {
  it('clamps non-positive points to 1 before 5.9, keeps them signed after', () => {
    const t = makeTask({ pid: 1, rssPages: 100, oomScoreAdj: -500 });
    expect(taskPoints(t, ctx({ era: eraRule({ signed: false }) }))).toBe(1);
    expect(taskPoints(t, ctx({ era: eraRule({ signed: true }) }))).toBe(100 - 500 * 1000);
  });
});
