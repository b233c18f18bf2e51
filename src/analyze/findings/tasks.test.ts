import { describe, expect, it } from 'vitest';
import {
  emptySummary,
  makeEvent,
  makeKernel,
  makeTable,
  makeTask,
  makeTrigger,
  makeVictim,
} from '../../../test/support/model';
import { findingOf } from '../../../test/support/analysis';

const ram = (pages: number) => ({ ...emptySummary(), ramPages: pages, lines: {} });

describe('one-process-dominates and many-copies never contradict', () => {
  it('a dominant python among five small ones is said; "many copies, none large" is not (6.12 Pi, real corpus 008)', () => {
    const pythons = [30557, 138, 215, 12717, 2145, 79].map((rss, i) =>
      makeTask({ pid: 990 + i, name: 'python', rssPages: rss }),
    );
    const e = makeEvent({ summary: ram(114688), tasks: makeTable([...pythons, makeTask({ pid: 1, rssPages: 300 })]) });
    expect(findingOf(e, 'one-process-dominates')?.params).toMatchObject({ comm: 'python', pid: 990 });
    expect(findingOf(e, 'many-copies')).toBeUndefined();
  });
  it('many equal workers are many copies; a big share of a tiny cgroup-listed RSS is not "most of the memory"', () => {
    const workers = Array.from({ length: 6 }, (_, i) => makeTask({ pid: 100 + i, name: 'nginx', rssPages: 1000 }));
    const e = makeEvent({ summary: ram(100_000), tasks: makeTable([...workers, makeTask({ pid: 1, rssPages: 500 })]) });
    expect(findingOf(e, 'many-copies')?.items?.[0]).toMatchObject({ comm: 'nginx', count: 6 });
    // 3 GiB of RAM, the largest process 4.6 MiB: more than half of the listed RSS, nowhere near "most memory".
    const tiny = makeEvent({
      summary: ram(786432),
      tasks: makeTable([makeTask({ pid: 1, rssPages: 1146 }), makeTask({ pid: 2, rssPages: 1118 })]),
    });
    expect(findingOf(tiny, 'one-process-dominates')).toBeUndefined();
  });
});

describe('table findings', () => {
  it('rss-is-pages says how the page size is known', () => {
    const e = makeEvent({ pageSizeKb: 4, buddy: [], tasks: makeTable([makeTask({ pid: 1, rssPages: 10 })]) });
    expect(findingOf(e, 'rss-is-pages')?.params).toMatchObject({ pageKb: 4, assumed: 1, proof: null, kb: 40 });
  });
  it('no-task-table only for a complete report; before 2.6.25 there was no table to switch on', () => {
    const complete = { trigger: makeTrigger(), victim: makeVictim(7), complete: true };
    expect(findingOf(makeEvent({ ...complete, kernel: makeKernel('3.10.0') }), 'no-task-table')?.params).toEqual({
      era: 'sysctl',
    });
    expect(
      findingOf(makeEvent({ ...complete, kernel: makeKernel('2.6.24-24-server') }), 'no-task-table')?.params,
    ).toEqual({
      era: 'pre-2.6.25',
    });
    expect(findingOf(makeEvent({ trigger: makeTrigger(), complete: false }), 'no-task-table')).toBeUndefined();
    const bug = {
      kind: 'oops' as const,
      message: 'Unable to handle kernel NULL pointer dereference',
      function: '__show_mem',
      line: 20,
    };
    expect(findingOf(makeEvent({ ...complete, kernelBugs: [bug] }), 'no-task-table')).toBeUndefined();
  });
  it('unkillable tasks holding much of the memory', () => {
    const e = makeEvent({
      summary: ram(1000),
      tasks: makeTable([makeTask({ pid: 1, rssPages: 200, oomScoreAdj: -1000, name: 'db' })]),
    });
    expect(findingOf(e, 'unkillable-tasks')?.params).toMatchObject({ count: 1, reference: 'ram', pct: 20 });
  });
});
