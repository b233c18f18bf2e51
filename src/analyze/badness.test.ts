import { describe, expect, it } from 'vitest';
import { checkBadness, chosenIsNotTop } from './badness';
import {
  eraRule,
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeVictim,
  emptyMemcg,
  emptySummary,
} from '../../test/support/analyzeTesting';
import type { OomEvent } from '../parse/model';

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
    const b = checkBadness(rhel7Like(), era3x, 4)!;
    expect(b.totalPages).toBe(8379834 - 192987 + 2097151);
    expect(b.totalPagesBasis).toBe('pages RAM − pages reserved + swap');
    expect(b.topPid).toBe(6576);
    expect(b.chosenPid).toBe(6576);
    expect(b.recomputedScore).toBe(651);
    expect(b.printedScore).toBe(651);
    expect(chosenIsNotTop(b)).toBe(false);
    expect(b.explanation).toContain('highest recomputed score');
    expect(b.explanation).toContain('printed score 651; we recompute 651');
  });

  it('victim not top: ranked 2, with the reasons the log cannot show', () => {
    const e = rhel7Like({ selection: null, victim: makeVictim(27502, 'java') });
    const b = checkBadness(e, era3x, 4)!;
    expect(chosenIsNotTop(b)).toBe(true);
    expect(b.explanation).toContain('ranked 2 of 3');
    expect(b.explanation).toContain('already exiting');
  });

  it('≤5.0 sacrifice child: the selection names the top parent, the victim is its child', () => {
    const e = rhel7Like({ victim: makeVictim(7000, 'mysqld-child') });
    const b = checkBadness(e, era3x, 4)!;
    expect(b.chosenPid).toBe(6576);
    expect(b.victimPid).toBe(7000);
    expect(chosenIsNotTop(b)).toBe(false);
    expect(b.explanation).toContain('sacrificed a child');
  });

  it('nearly equal scores are called out as snapshot noise', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 100000, lines: {} },
      tasks: makeTable([makeTask({ pid: 1, rssPages: 10000 }), makeTask({ pid: 2, rssPages: 9990 })]),
      victim: makeVictim(2),
    });
    const b = checkBadness(e, eraRule(), 4)!;
    expect(chosenIsNotTop(b)).toBe(true);
    expect(b.explanation).toContain('within 2 %');
  });

  it('a victim missing from a cut table is reported as such, not as a wrong choice', () => {
    const e = rhel7Like({
      selection: null,
      victim: makeVictim(10366, 'nginx'),
      tasks: makeTable([makeTask({ pid: 1, rssPages: 5 })], { elided: true }),
    });
    const b = checkBadness(e, era3x, 4)!;
    expect(chosenIsNotTop(b)).toBe(false);
    expect(b.explanation).toContain('table was cut');
  });

  it('estimates the score of a victim missing from the table from its kill line (3.13 nginx: printed 6)', () => {
    const e = makeEvent({
      summary: { ...emptySummary(), ramPages: 2097054, reservedPages: 33366, totalSwapKb: 0, lines: {} },
      tasks: makeTable([makeTask({ pid: 10399, name: 'nginx', rssPages: 12367, nrPtes: 44 })], { elided: true }),
      selection: { message: 'Out of memory', pid: 10366, comm: 'nginx', score: 6, line: 34 },
      victim: { ...makeVictim(10366, 'nginx', 35), anonRssKb: 49156, fileRssKb: 520 },
    });
    const b = checkBadness(e, era3x, 4)!;
    expect(b.recomputedScore).toBe(6);
    expect(b.explanation).toContain('estimated from the Killed process line');
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
    const b = checkBadness(e, eraRule(), 4)!;
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
    expect(checkBadness(e, era3x, 4)!.explanation).toContain(
      'db (pid 1) holds more memory but has oom_score_adj −1000',
    );
  });

  it('before 2.6.36 the score cannot be rebuilt', () => {
    const b = checkBadness(rhel7Like(), eraRule({ rebuildable: false, description: '≤2.6.35 badness()' }), 4)!;
    expect(b.rule).toBeNull();
    expect(b.tasks).toEqual([]);
    expect(b.explanation).toContain('cannot be rebuilt');
    expect(b.explanation).toContain('printed score 651 is that raw heuristic value');
  });

  it('without a table, the kill line still gives the victim a score (4.18 leaker: printed 998, kill line 996)', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: LEAKER_MEMCG,
      selection: { message: 'Memory cgroup out of memory', pid: 2746, comm: 'leaker', score: 998, line: 30 },
      victim: { ...makeVictim(2746, 'leaker', 31), anonRssKb: 521176, fileRssKb: 1208, shmemRssKb: 0 },
    });
    const b = checkBadness(e, eraRule({ printedScore: 'per-mille' }), 4)!;
    expect(b.recomputedScore).toBe(996);
    expect(b.explanation).toContain('No task table');
    expect(b.explanation).toContain('printed score 998; we recompute 996 (estimated from the Killed process line');
  });

  it('memcg OOM: totalpages is the cgroup limit (4.18 leaker printed 998)', () => {
    const e = makeEvent({
      kind: 'memcg',
      memcg: { ...LEAKER_MEMCG, memsw: { usageKb: 0, limitKb: 9007199254740988, failcnt: 0, line: 22 } },
      tasks: makeTable([makeTask({ pid: 2746, rssPages: 130596, pgtablesBytes: 214 * 4096, name: 'leaker' })]),
      selection: { message: 'Memory cgroup out of memory', pid: 2746, comm: 'leaker', score: 998, line: 30 },
      victim: makeVictim(2746, 'leaker', 31),
    });
    const b = checkBadness(e, eraRule({ printedScore: 'per-mille' }), 4)!;
    expect(b.totalPages).toBe(131072);
    expect(b.totalPagesBasis).toContain('memcg memory limit');
    expect(b.recomputedScore).toBe(998);
    expect(b.explanation).toContain('Only tasks of the cgroup');
  });

  it('without a task table the choice cannot be checked; nothing at all gives null', () => {
    const b = checkBadness(rhel7Like({ tasks: null }), era3x, 4)!;
    expect(b.tasks).toEqual([]);
    expect(b.explanation).toContain('No task table');
    expect(b.recomputedScore).toBeNull();
    expect(checkBadness(makeEvent(), era3x, 4)).toBeNull();
  });
});
