import { describe, expect, it } from 'vitest';
import { checkBadness, chosenIsNotTop } from './badness';
import {
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeVictim,
  emptyMemcg,
  emptySummary,
} from '../../test/support/model';
import { eraRule } from '../../test/support/analysis';
import type { OomEvent } from '../parse/model';
import type { EraRule } from './kernelFacts';
import { eventFacts } from './facts';
import { testFacts } from '../../test/support/analysis';

const check = (event: OomEvent, era: EraRule) => checkBadness(event, era, eventFacts(event, null, testFacts()));

function rhel7Like(overrides: Partial<OomEvent> = {}): OomEvent {
  return makeEvent({
    kernel: makeKernel('3.10.0-514.6.1.el7.x86_64'),
    summary: {
      ...emptySummary(),
      ramPages: 8379834,
      reservedPages: 192987,
      totalSwapKb: 8388604,
      lines: { ramPages: 60, reservedPages: 62, totalSwapKb: 58 },
    },
    tasks: makeTable([
      makeTask({ pid: 29481, uid: 12345, rssPages: 58, nrPtes: 14, swapEntries: 0, name: 'sed' }),
      makeTask({ pid: 6576, uid: 12345, rssPages: 5157063, nrPtes: 15483, swapEntries: 1527848, name: 'mysqld' }),
      makeTask({ pid: 27502, uid: 12345, rssPages: 2716569, nrPtes: 6505, swapEntries: 226225, name: 'java' }),
    ]),
    selection: { message: 'Out of memory', pid: 6576, comm: 'mysqld', score: 651, line: 95 },
    victim: makeVictim(6576, 'mysqld', 96),
    ...overrides,
  });
}
const era3x = eraRule({ id: '3.x', rootBonusPercent: 3, printedScore: 'per-mille' });

/** The 4.18 leaker's cgroup (lkml post): a 512 MiB limit, hit 158,965 times. */
const LEAKER_MEMCG = emptyMemcg(20, {
  path: '/leaker',
  taskPath: '/leaker',
  memory: { usageKb: 524288, limitKb: 524288, failcnt: 158965, line: 21 },
});

describe('checkBadness', () => {
  it('RHEL7 3.10: the victim is the top candidate and the printed score 651 is reproduced', () => {
    const b = check(rhel7Like(), era3x)!;
    expect(b.totalPages).toBe(8379834 - 192987 + 2097151);
    expect(b.totalPagesBasis).toBe('ram-reserved-swap');
    expect(b.topPid).toBe(6576);
    expect(b.chosenPid).toBe(6576);
    expect(b.recomputedScore).toBe(651);
    expect(b.printedScore).toBe(651);
    expect(chosenIsNotTop(b)).toBe(false);
    expect(b.match).toBe('exact');
    expect(b.adjustments).toEqual([]);
  });

  it('victim not top: ranked 2, with the reasons the log cannot show', () => {
    const e = rhel7Like({ selection: null, victim: makeVictim(27502, 'java') });
    const b = check(e, era3x)!;
    expect(chosenIsNotTop(b)).toBe(true);
    expect(b.tasks.find((t) => t.pid === 27502)?.rank).toBe(2);
    expect(b.notTopReasons).toEqual(['not-visible']);
  });

  it('≤5.0 sacrifice child: the selection names the top parent, the victim is its child', () => {
    const e = rhel7Like({ victim: makeVictim(7000, 'mysqld-child') });
    const b = check(e, era3x)!;
    expect(b.chosenPid).toBe(6576);
    expect(b.victimPid).toBe(7000);
    expect(chosenIsNotTop(b)).toBe(false);
  });

  it('nearly equal scores are called out as snapshot noise', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 1, rssPages: 10000 }), makeTask({ pid: 2, rssPages: 9990 })]),
      victim: makeVictim(2),
    });
    const b = check(e, eraRule())!;
    expect(chosenIsNotTop(b)).toBe(true);
    expect(b.notTopReasons).toContain('within-2pct');
  });

  it('a victim missing from a cut table is reported as such, not as a wrong choice', () => {
    const e = rhel7Like({
      selection: null,
      victim: makeVictim(10366, 'nginx'),
      tasks: makeTable([makeTask({ pid: 1, rssPages: 5 })], { elided: true }),
    });
    const b = check(e, era3x)!;
    expect(chosenIsNotTop(b)).toBe(false);
    expect(b.tasks.some((t) => t.pid === 10366)).toBe(false);
  });

  it('estimates the score of a victim missing from the table from its kill line (3.13 nginx: printed 6)', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 2097054, reservedPages: 33366, totalSwapKb: 0, lines: {} },
      tasks: makeTable([makeTask({ pid: 10399, name: 'nginx', rssPages: 12367, nrPtes: 44 })], { elided: true }),
      selection: { message: 'Out of memory', pid: 10366, comm: 'nginx', score: 6, line: 34 },
      victim: { ...makeVictim(10366, 'nginx', 35), anonRssKb: 49156, fileRssKb: 520 },
    });
    const b = check(e, era3x)!;
    expect(b.recomputedScore).toBe(6);
    expect(b.fromKillLine).toBe(true);
  });

  it('oom_score_adj 1000 makes a task the top candidate (6.11 stress-ng)', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 2097022, reservedPages: 67366, totalSwapKb: 0, lines: {} },
      tasks: makeTable([
        makeTask({ pid: 114, rssPages: 4676, pgtablesBytes: 90112, oomScoreAdj: -1000, name: 'stress-ng' }),
        makeTask({ pid: 111, rssPages: 289, pgtablesBytes: 49152, name: 'sh' }),
        makeTask({ pid: 116, rssPages: 1995298, pgtablesBytes: 16052224, oomScoreAdj: 1000, name: 'stress-ng-vm' }),
      ]),
      victim: makeVictim(116, 'stress-ng-vm'),
    });
    const b = check(e, eraRule())!;
    expect(b.topPid).toBe(116);
    expect(b.tasks.find((t) => t.pid === 114)?.points).toBeNull();
  });

  it('names a bigger task that was never a candidate (oom_score_adj −1000)', () => {
    const e = rhel7Like({
      tasks: makeTable([
        makeTask({ pid: 1, name: 'db', rssPages: 9_000_000, oomScoreAdj: -1000 }),
        makeTask({ pid: 6576, uid: 12345, rssPages: 5157063, nrPtes: 15483, swapEntries: 1527848, name: 'mysqld' }),
      ]),
    });
    const b = check(e, era3x)!;
    expect(b.topPid).toBe(6576);
    expect(b.tasks.find((t) => t.pid === 1)?.points).toBeNull();
  });

  it('before 2.6.36 the score cannot be rebuilt', () => {
    const b = check(rhel7Like(), eraRule({ rebuildable: false, description: '≤2.6.35 badness()' }))!;
    expect(b.rebuildable).toBe(false);
    expect(b.tasks).toEqual([]);
    expect(b.printedScore).toBe(651);
    expect(b.recomputedScore).toBeNull();
  });

  it('without a table, the kill line still gives the victim a score (4.18 leaker: printed 998, kill line 996)', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: LEAKER_MEMCG,
      selection: { message: 'Memory cgroup out of memory', pid: 2746, comm: 'leaker', score: 998, line: 30 },
      victim: { ...makeVictim(2746, 'leaker', 31), anonRssKb: 521176, fileRssKb: 1208, shmemRssKb: 0 },
    });
    const b = check(e, eraRule({ printedScore: 'per-mille' }))!;
    expect(b.recomputedScore).toBe(996);
    expect(b.fromKillLine).toBe(true);
    expect(b.match).toBe('close');
  });

  it('memcg OOM: totalpages is the cgroup limit (4.18 leaker printed 998)', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: { ...LEAKER_MEMCG, memsw: { usageKb: 0, limitKb: 9007199254740988, failcnt: 0, line: 22 } },
      tasks: makeTable([makeTask({ pid: 2746, rssPages: 130596, pgtablesBytes: 214 * 4096, name: 'leaker' })]),
      selection: { message: 'Memory cgroup out of memory', pid: 2746, comm: 'leaker', score: 998, line: 30 },
      victim: makeVictim(2746, 'leaker', 31),
    });
    const b = check(e, eraRule({ printedScore: 'per-mille' }))!;
    expect(b.totalPages).toBe(131072);
    expect(b.totalPagesBasis).toBe('memcg-limit-swap-unknown');
    expect(b.recomputedScore).toBe(998);
    expect(b.match).toBe('exact');
  });

  it('without a task table the choice cannot be checked; nothing at all gives null', () => {
    const b = check(rhel7Like({ tasks: null }), era3x)!;
    expect(b.tasks).toEqual([]);
    expect(b.recomputedScore).toBeNull();
    expect(check(makeEvent(), era3x)).toBeNull();
  });

  it('tries the explanations that reproduce the printed score exactly: no root bonus (4.4 docker: 904)', () => {
    // 013: main runs as uid 0 in a container; 46185 rss + 113 ptes + 5 pmds over a 204800 kB limit.
    const e = makeEvent({
      kernel: makeKernel('4.4.0-130-generic'),
      kind: 'memcg',
      memcg: emptyMemcg(21, { memory: { usageKb: 204800, limitKb: 204800, failcnt: 4563, line: 22 } }),
      tasks: makeTable([
        makeTask({ pid: 10517, uid: 0, rssPages: 4784, nrPtes: 32, nrPmds: 5, swapEntries: 0, name: 'go' }),
        makeTask({ pid: 11344, uid: 0, rssPages: 46185, nrPtes: 113, nrPmds: 5, swapEntries: 0, name: 'main' }),
      ]),
      selection: { message: 'Memory cgroup out of memory', pid: 11344, comm: 'main', score: 904, line: 34 },
      victim: makeVictim(11344, 'main', 35),
    });
    const b = check(
      e,
      eraRule({ id: 'pages-4.0', rootBonusPercent: 3, rootBonusOf: 'points', printedScore: 'per-mille' }),
    )!;
    expect(b.match).toBe('exact');
    expect(b.adjustments).toEqual(['no-root-bonus']);
    expect(b.recomputedScore).toBe(904);
  });

  it('RHEL6: the swap its table does not print, from the cgroup, and the clamp to 1000 (2.6.32-220: 1000)', () => {
    // 005: one task; memory+swap usage − memory usage = 103840 kB of swap; (12903 + 25960) × 1000 / 25600 > 1000.
    const e = makeEvent({
      kernel: makeKernel('2.6.32-220.7.1.el6.x86_64'),
      kind: 'memcg',
      memcg: emptyMemcg(27, {
        memory: { usageKb: 102400, limitKb: 102400, failcnt: 756, line: 28 },
        memsw: { usageKb: 206240, limitKb: 1048576, failcnt: 0, line: 29 },
      }),
      tasks: makeTable([makeTask({ pid: 15462, uid: 500, rssPages: 12903, swapEntries: null, name: 't' })]),
      selection: { message: 'Memory cgroup out of memory', pid: 15462, comm: 't', score: 1000, line: 63 },
      victim: makeVictim(15462, 't', 64),
    });
    const b = check(
      e,
      eraRule({ id: 'per-mille-2.6.36', rootBonusPercent: 3, rootBonusOf: 'totalpages', printedScore: 'per-mille' }),
    )!;
    expect(b.match).toBe('exact');
    expect(b.adjustments).toEqual(['memory-limit-total', 'cgroup-swap', 'clamped']);
    expect(b.totalPages).toBe(25600);
  });

  it('no memory+swap limit: the printed score pins the machine’s swap in totalpages (3.13: 996)', () => {
    // 031: 343 rss + 16267 ptes + 8324326 swap entries, a 980 kB limit, printed 996.
    const e = makeEvent({
      kernel: makeKernel('3.13.0-43-generic'),
      kind: 'memcg',
      memcg: emptyMemcg(23, {
        memory: { usageKb: 980, limitKb: 980, failcnt: 4152239, line: 24 },
        memsw: { usageKb: 0, limitKb: 2 ** 54 - 1, failcnt: 0, line: 25 },
      }),
      tasks: makeTable([
        makeTask({
          pid: 13536,
          uid: 275858,
          rssPages: 343,
          nrPtes: 16267,
          swapEntries: 8324326,
          name: 'memorymonster',
        }),
      ]),
      selection: { message: 'Memory cgroup out of memory', pid: 13536, comm: 'memorymonster', score: 996, line: 30 },
      victim: makeVictim(13536, 'memorymonster', 31),
    });
    const b = check(
      e,
      eraRule({ id: 'pages-3.5', rootBonusPercent: 3, rootBonusOf: 'totalpages', printedScore: 'per-mille' }),
    )!;
    expect(b.match).toBe('exact');
    expect(b.adjustments).toEqual(['host-swap-total']);
    const [lo, hi] = b.impliedSwapKb!;
    expect(lo / 1024 / 1024).toBeGreaterThan(31.9);
    expect(hi / 1024 / 1024).toBeLessThan(32);
  });

  it('a selected thread id is scored as its process (3.10 memcg: Kill process 76756, Killed process 76513)', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: emptyMemcg(14, { memory: { usageKb: 4194304, limitKb: 4194304, failcnt: 25581, line: 15 } }),
      tasks: makeTable([
        makeTask({ pid: 76513, uid: 0, rssPages: 1047384, nrPtes: 2363, swapEntries: 0, name: 'java' }),
      ]),
      selection: { message: 'Memory cgroup out of memory', pid: 76756, comm: 'java', score: 1001, line: 21 },
      victim: makeVictim(76513, 'java', 22),
    });
    const b = check(
      e,
      eraRule({ id: 'pages-3.5', rootBonusPercent: 3, rootBonusOf: 'points', printedScore: 'per-mille' }),
    )!;
    expect(b.chosenPid).toBe(76513);
    expect(b.recomputedScore).toBe(1001);
    expect(b.adjustments).toEqual(['no-root-bonus']);
  });
});
