import { describe, expect, it } from 'vitest';
import { badnessEraFor } from './badness';
import { makeEvent, makeTrigger } from '../../test/support/model';

describe('badnessEraFor by release', () => {
  it.each([
    ['2.6.32.69', 'heuristic-2.6', false, 'oom_adj', 'points', 0],
    ['2.6.32-754.el6.x86_64', 'per-mille-2.6.36', true, 'oom_score_adj', 'per-mille', 3],
    ['3.2.0-4-amd64', 'per-mille-2.6.36', true, 'oom_score_adj', 'per-mille', 3],
    ['3.10.0-1160.el7.x86_64', 'pages-3.5', true, 'oom_score_adj', 'per-mille', 3],
    ['3.16.0', 'pages-3.14', true, 'oom_score_adj', 'per-mille', 3],
    ['4.4.0-210-generic', 'pages-4.0', true, 'oom_score_adj', 'per-mille', 3],
    ['4.15.0-20-generic', 'pages-4.15', true, 'oom_score_adj', 'per-mille', 3],
    ['4.19.0', 'pages-4.17', true, 'oom_score_adj', 'per-mille', 0],
    ['5.4.0-42-generic', 'pages-5.1', true, 'oom_score_adj', 'none', 0],
    ['6.1.1-arch1-1', 'signed-5.9', true, 'oom_score_adj', 'none', 0],
  ] as const)('%s → %s', (release, id, rebuildable, adj, printed, bonus) => {
    const era = badnessEraFor(release);
    expect(era).toMatchObject({ id, rebuildable, adj, printedScore: printed, rootBonusPercent: bonus });
    expect(era.source.length).toBeGreaterThan(10);
  });
  it('page-table columns per era', () => {
    expect(badnessEraFor('3.10.99').pageTables).toBe('nr_ptes');
    expect(badnessEraFor('4.9.0').pageTables).toBe('nr_ptes+nr_pmds');
    expect(badnessEraFor('5.10.0').pageTables).toBe('pgtables_bytes');
    expect(badnessEraFor('2.6.32').countsSwap).toBe(false);
  });
  it("root bonus: 3 % of totalpages until 3.13, of the task's own points from 3.14, none from 4.17", () => {
    expect(badnessEraFor('3.4.0').rootBonusOf).toBe('totalpages');
    expect(badnessEraFor('3.19.8').rootBonusOf).toBe('points');
    expect(badnessEraFor('4.17.0').rootBonusOf).toBeNull();
  });
  it('3.10/3.13 are "likely": late stable releases took the usage-based bonus', () => {
    expect(badnessEraFor('3.13.0-86-generic').confidence).toBe('likely');
    expect(badnessEraFor('3.16.0').confidence).toBe('exact');
  });
  it('RHEL8 prints no score line although it is a 4.18 kernel', () => {
    expect(badnessEraFor('4.18.0-147.el8.x86_64')).toMatchObject({ id: 'pages-4.17', printedScore: 'none' });
  });
  it('5.9+ badness is signed', () => {
    expect(badnessEraFor('5.9.0').signed).toBe(true);
    expect(badnessEraFor('5.8.0').signed).toBe(false);
  });
});

describe('badnessEraFor by report shape', () => {
  it('a 2.6.32-style task table (cpu, oom_adj) ⇒ not rebuildable', () => {
    const e = makeEvent({
      trigger: makeTrigger({ gfpMask: '0x280da', oomAdj: 0, oomScoreAdj: null }),
      tasks: {
        columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'cpu', 'oom_adj', 'name'],
        headerLine: 3,
        tasks: [],
        elided: false,
      },
    });
    const era = badnessEraFor(null, e);
    expect(era.rebuildable).toBe(false);
    expect(era.reason).toMatch(/cpu\/oom_adj/);
  });
  it('a "Kill process … score" line with pgtables_bytes ⇒ 4.15–5.0 per-mille eras', () => {
    const e = makeEvent({
      selection: { message: 'Out of memory', pid: 1, comm: 'x', score: 900, line: 4 },
      tasks: {
        columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'pgtables_bytes', 'swapents', 'oom_score_adj', 'name'],
        headerLine: 3,
        tasks: [],
        elided: false,
      },
    });
    const era = badnessEraFor(null, e);
    expect(era.printedScore).toBe('per-mille');
    expect(era.pageTables).toBe('pgtables_bytes');
  });
  it('no version and no event: a guess at a current kernel', () => {
    expect(badnessEraFor(null)).toMatchObject({ id: 'signed-5.9', confidence: 'guess' });
  });
});
