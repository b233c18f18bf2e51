import { describe, expect, it } from 'vitest';
import { ANALYSIS, EVENT, SHOWN_COLUMNS, TASKS } from '../../../test/support/viewData';
import { filterRows, groupByName, taskRows, visibleColumns } from './taskRows';

const rows = taskRows(TASKS, ANALYSIS.badness, 473206, 473206);

describe('taskRows', () => {
  it('keeps pages as printed and joins the recomputed badness by pid', () => {
    const doxygen = rows.find((r) => r.name === 'doxygen')!;
    expect(doxygen.rss).toBe(2308581);
    expect(doxygen.pgtables_bytes).toBe(60686336);
    expect(doxygen.rank).toBe(1);
    expect(doxygen.role).toBe('trigger victim');
    // oom_score_adj −1000: never a candidate, so no rank.
    expect(rows.find((r) => r.name === 'systemd-udevd')!.rank).toBeNull();
  });

  it('marks the rest of a memory.oom.group kill as killed too', () => {
    const r = taskRows(TASKS, null, null, 473206, [473207]);
    expect(r.find((x) => x.pid === 473207)!.role).toBe('victim');
    expect(
      r
        .filter((x) => x.role !== null)
        .map((x) => x.pid)
        .sort(),
    ).toEqual([473206, 473207]);
  });

  it('marks trigger and victim separately when they differ', () => {
    const r = taskRows(TASKS, null, 473207, 473206);
    expect(r.find((x) => x.pid === 473207)!.role).toBe('trigger');
    expect(r.find((x) => x.pid === 473206)!.role).toBe('victim');
  });
});

describe('groupByName', () => {
  it('sums memory per name and counts copies', () => {
    const grouped = groupByName(rows);
    const chrome = grouped.find((g) => g.name === 'chrome')!;
    expect(grouped).toHaveLength(6);
    expect(chrome.count).toBe(2);
    expect(chrome.rss).toBe(9209 + 2362);
    expect(chrome.pid).toBeNull();
  });

  it('drops an adj value the copies disagree on', () => {
    const chrome = groupByName(rows).find((g) => g.name === 'chrome')!;
    expect(chrome.oom_score_adj).toBeNull();
    expect(groupByName(rows).find((g) => g.name === 'java')!.oom_score_adj).toBe(0);
  });
});

describe('filterRows', () => {
  it('matches names case-insensitively and pids in part', () => {
    expect(filterRows(rows, 'CHROME').map((r) => r.pid)).toEqual([375042, 376692]);
    expect(filterRows(rows, '274').map((r) => r.name)).toEqual(['systemd-udevd']);
    // Part of a pid finds every pid that contains it.
    expect(filterRows(rows, '3766').map((r) => r.pid)).toEqual([376692]);
    expect(filterRows(rows, '73').map((r) => r.pid)).toEqual([473206, 473207]);
    expect(filterRows(rows, '  ')).toBe(rows);
  });
});

describe('visibleColumns', () => {
  it('shows pid and name first, then the recomputed rank, score and badness, then the printed columns in order', () => {
    expect(visibleColumns(EVENT.tasks!, ANALYSIS.badness, false).map((c) => c.id)).toEqual(SHOWN_COLUMNS);
  });

  it('drops per-task ids and adds a count when grouped; no score columns without a rule', () => {
    const ids = visibleColumns(EVENT.tasks!, null, true).map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['name', 'count']);
    expect(ids).not.toContain('pid');
    expect(ids).not.toContain('rank');
  });
});
