import { describe, expect, it } from 'vitest';
import { emptySummary, findingOf, makeEvent, makeTable, makeTask } from '../../../test/support/analyzeTesting';
import type { Task } from '../../parse/model';

const withTasks = (tasks: Task[], ramPages: number | null = null, elided = false) =>
  makeEvent({ tasks: makeTable(tasks, { elided }), summary: { ...emptySummary(), ramPages, lines: {} } });

describe('unkillable-tasks', () => {
  it('fires when −1000 tasks hold ≥ 10 % of RAM, naming the biggest', () => {
    const f = findingOf(
      withTasks(
        [makeTask({ pid: 1, name: 'db', rssPages: 15000, oomScoreAdj: -1000 }), makeTask({ pid: 2, rssPages: 100 })],
        100000,
      ),
      'unkillable-tasks',
    )!;
    expect(f.detail).toContain('15 % of RAM');
    expect(f.detail).toContain('db (pid 1');
  });
  it('does not fire for small −1000 daemons (sshd, udevd)', () => {
    expect(
      findingOf(
        withTasks(
          [
            makeTask({ pid: 1, name: 'sshd', rssPages: 300, oomScoreAdj: -1000 }),
            makeTask({ pid: 2, rssPages: 90000 }),
          ],
          100000,
        ),
        'unkillable-tasks',
      ),
    ).toBeUndefined();
  });
  it('without RAM it compares with all listed RSS (25 %)', () => {
    expect(
      findingOf(
        withTasks([makeTask({ pid: 1, rssPages: 300, oomScoreAdj: -1000 }), makeTask({ pid: 2, rssPages: 600 })]),
        'unkillable-tasks',
      ),
    ).toBeDefined();
    expect(
      findingOf(
        withTasks([makeTask({ pid: 1, rssPages: 100, oomScoreAdj: -1000 }), makeTask({ pid: 2, rssPages: 600 })]),
        'unkillable-tasks',
      ),
    ).toBeUndefined();
  });
  it('−999 is killable', () => {
    expect(
      findingOf(withTasks([makeTask({ pid: 1, rssPages: 90000, oomScoreAdj: -999 })], 100000), 'unkillable-tasks'),
    ).toBeUndefined();
  });
});

describe('one-process-dominates', () => {
  it('fires when one task holds half of all listed RSS', () => {
    const f = findingOf(
      withTasks([makeTask({ pid: 6576, name: 'mysqld', rssPages: 5157063 }), makeTask({ pid: 2, rssPages: 2716569 })]),
      'one-process-dominates',
    )!;
    expect(f.title).toContain('mysqld');
    expect(f.detail).toContain('5157063 pages');
  });
  it('does not fire for an even spread, or a single-row table', () => {
    expect(
      findingOf(
        withTasks([
          makeTask({ pid: 1, rssPages: 400 }),
          makeTask({ pid: 2, rssPages: 300 }),
          makeTask({ pid: 3, rssPages: 300 }),
        ]),
        'one-process-dominates',
      ),
    ).toBeUndefined();
    expect(findingOf(withTasks([makeTask({ pid: 1, rssPages: 400 })]), 'one-process-dominates')).toBeUndefined();
  });
});

describe('many-copies', () => {
  const workers = (n: number, rss: number) =>
    Array.from({ length: n }, (_, i) => makeTask({ pid: 100 + i, name: 'nginx', rssPages: rss }));
  it('fires for 40 nginx workers holding most of the memory', () => {
    const f = findingOf(withTasks([...workers(40, 12000), makeTask({ pid: 1, rssPages: 5000 })]), 'many-copies')!;
    expect(f.detail).toContain('40 × nginx');
  });
  it('does not fire for 4 copies, or many copies holding little', () => {
    expect(
      findingOf(withTasks([...workers(4, 12000), makeTask({ pid: 1, rssPages: 5000 })]), 'many-copies'),
    ).toBeUndefined();
    expect(
      findingOf(withTasks([...workers(10, 10), makeTask({ pid: 1, rssPages: 50000 })]), 'many-copies'),
    ).toBeUndefined();
  });
});

describe('table hints', () => {
  it('rss-is-pages fires with a task table and converts the biggest rss', () => {
    const f = findingOf(withTasks([makeTask({ pid: 1, name: 'java', rssPages: 2716569 })]), 'rss-is-pages')!;
    expect(f.detail).toContain('rss 2716569 means 10866276 kB');
    expect(findingOf(makeEvent(), 'rss-is-pages')).toBeUndefined();
  });
  it('no-task-table fires for a report header without a table', () => {
    const trigger = {
      comm: 'a',
      pid: 1,
      gfpMask: null,
      gfpPrinted: null,
      order: 0,
      oomScoreAdj: 0,
      oomAdj: null,
      nodemask: null,
      line: 1,
    };
    expect(findingOf(makeEvent({ trigger }), 'no-task-table')?.detail).toContain('vm.oom_dump_tasks=0');
    // 2.6.9's header names no task: that kernel printed no table at all.
    const early = findingOf(makeEvent({ trigger: { ...trigger, comm: null, pid: null } }), 'no-task-table');
    expect(early?.detail).toContain('older than the per-process table');
    expect(findingOf(makeEvent({ trigger, tasks: makeTable([]) }), 'no-task-table')).toBeUndefined();
    expect(findingOf(makeEvent(), 'no-task-table')).toBeUndefined();
  });
  it('task-table-elided fires only for a cut table', () => {
    expect(findingOf(withTasks([makeTask({ pid: 1 })], null, true), 'task-table-elided')).toBeDefined();
    expect(findingOf(withTasks([makeTask({ pid: 1 })]), 'task-table-elided')).toBeUndefined();
  });
});
