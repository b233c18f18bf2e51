import { describe, expect, it } from 'vitest';
import { emptyMemcg, makeEvent, makeTable, makeTask } from '../../../test/support/model';
import { findingOf } from '../../../test/support/analysis';

const memcgEvent = (limitKb: number, memswLimitKb: number, tasks: ReturnType<typeof makeTask>[]) =>
  makeEvent({
    kind: 'memcg',
    memcg: emptyMemcg(20, {
      path: '/x',
      memory: { usageKb: limitKb, limitKb, failcnt: 1, line: 24 },
      memsw: { usageKb: 0, limitKb: memswLimitKb, failcnt: 0, line: 25 },
    }),
    tasks: makeTable(tasks),
  });

describe('memcg-limit-below-workload', () => {
  it('a 980 kB limit while the task keeps 31.8 GiB in swap (no memory+swap limit, 031)', () => {
    const e = memcgEvent(980, 2 ** 54 - 1, [
      makeTask({ pid: 13536, rssPages: 343, nrPtes: 16267, swapEntries: 8324326, name: 'memorymonster' }),
    ]);
    expect(findingOf(e, 'memcg-limit-below-workload')?.params).toMatchObject({
      limitKb: 980,
      limitKind: 'memory',
      swapKb: 33297304,
      comm: 'memorymonster',
    });
  });
  it('a 5 MiB limit for a JVM holding 12 MiB (014); a workload within its memory+swap limit is not one (033)', () => {
    const jvm = memcgEvent(5120, 2 ** 53, [
      makeTask({ pid: 16426, rssPages: 3160, nrPtes: 47, nrPmds: 4, swapEntries: 0, name: 'java' }),
    ]);
    expect(findingOf(jvm, 'memcg-limit-below-workload')?.params.ratio).toBe(2.5);
    const fits = memcgEvent(20480, 40960, [
      makeTask({ pid: 1381, rssPages: 5191, nrPtes: 34, nrPmds: 4, swapEntries: 5489 }),
    ]);
    expect(findingOf(fits, 'memcg-limit-below-workload')).toBeUndefined();
  });
});
