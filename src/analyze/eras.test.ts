/**
 * The badness rule per kernel era, with the real kernel knowledge (badnessEraFor picks the era from
 * the CPU:/Pid: line's release): the same task table ranks differently where the rule differed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from './index';
import { emptySummary, makeEvent, makeKernel, makeTable, makeTask, makeVictim } from '../../test/support/model';
import type { Task } from '../parse/model';

/** 1,000,000 pages of RAM, no swap: totalpages = 1,000,000, so 30,000 pages = 3 % of it. */
function eventOn(version: string, tasks: Task[], victimPid: number, score: number | null = null) {
  return makeEvent({
    kernel: makeKernel(version),
    summary: { ...emptySummary(), ramPages: 1_000_000, reservedPages: 0, totalSwapKb: 0, lines: {} },
    tasks: makeTable(tasks),
    selection:
      score === null ? null : { message: 'Out of memory', pid: victimPid, comm: `task${victimPid}`, score, line: 80 },
    victim: makeVictim(victimPid),
  });
}
const rootAndUser = () => [
  makeTask({ pid: 1, uid: 0, rssPages: 40_000, swapEntries: 0, nrPtes: 0 }),
  makeTask({ pid: 2, uid: 1000, rssPages: 20_000, swapEntries: 0, nrPtes: 0 }),
];

describe('badness per kernel era', () => {
  it('2.6.32 upstream: the heuristic cannot be rebuilt, so no ranking and no victim-not-top-score', () => {
    const a = analyzeEvent(eventOn('2.6.32.69', rootAndUser(), 2, 12345));
    expect(a.badness?.rebuildable).toBe(false);
    expect(a.badness?.tasks).toEqual([]);
    expect(a.findings.map((f) => f.id)).not.toContain('victim-not-top-score');
  });

  it('RHEL6 2.6.32-642.el6 carries the 2.6.36 rule: per-mille score with rss only (its table has no ptes/swap)', () => {
    const a = analyzeEvent(
      eventOn('2.6.32-642.6.2.el6.x86_64', [makeTask({ pid: 7, uid: 500, rssPages: 600_000 })], 7, 600),
    );
    expect(a.badness?.recomputedScore).toBe(600);
    expect(a.badness?.match).toBe('exact');
  });

  it('3.13: root bonus is 3 % of totalpages, so a root task twice as big ranks below the user task', () => {
    const a = analyzeEvent(eventOn('3.13.0-86-generic', rootAndUser(), 2));
    expect(a.badness?.topPid).toBe(2);
    expect(a.badness?.tasks.find((t) => t.pid === 1)?.points).toBe(10_000);
    expect(a.findings.map((f) => f.id)).not.toContain('victim-not-top-score');
  });

  it('3.16: root bonus is 3 % of the task itself, so the big root task stays on top', () => {
    const a = analyzeEvent(eventOn('3.16.0-4-amd64', rootAndUser(), 2));
    expect(a.badness?.topPid).toBe(1);
    expect(a.badness?.tasks.find((t) => t.pid === 1)?.points).toBe(38_800);
    expect(a.findings.map((f) => f.id)).toContain('victim-not-top-score');
  });

  it('4.4: nr_ptes + nr_pmds + swapents are added to rss', () => {
    const t = makeTask({ pid: 3, uid: 1000, rssPages: 1000, nrPtes: 20, nrPmds: 3, swapEntries: 7 });
    const a = analyzeEvent(eventOn('4.4.0-21-generic', [t], 3));
    expect(a.badness?.tasks[0].points).toBe(1030);
  });

  it('4.19: no root bonus, pgtables_bytes / page size', () => {
    const t = makeTask({ pid: 4, uid: 0, rssPages: 1000, pgtablesBytes: 8192, swapEntries: 0 });
    const a = analyzeEvent(eventOn('4.19.0-6-amd64', [t], 4));
    expect(a.badness?.tasks[0].points).toBe(1002);
  });

  it('5.10: signed badness, oom_score_adj −500 drives points below zero', () => {
    const t = makeTask({ pid: 5, uid: 1000, rssPages: 1000, pgtablesBytes: 0, oomScoreAdj: -500 });
    const a = analyzeEvent(eventOn('5.10.0-8-amd64', [t], 5));
    expect(a.badness?.tasks[0].points).toBe(1000 - 500 * 1000);
  });

  it('4.17–5.0 vs 4.15: the clamp to 1 for negative points', () => {
    const t = makeTask({ pid: 6, uid: 1000, rssPages: 1000, pgtablesBytes: 0, oomScoreAdj: -500 });
    expect(analyzeEvent(eventOn('4.19.0', [t], 6)).badness?.tasks[0].points).toBe(1);
  });
});
