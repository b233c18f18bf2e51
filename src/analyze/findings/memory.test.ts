import { describe, expect, it } from 'vitest';
import { emptySummary, findingOf, makeEvent, makeTable, makeTask } from '../../../test/support/analyzeTesting';
import type { MemcgInfo } from '../../parse/model';

describe('memcg-limit', () => {
  const memcg: MemcgInfo = {
    path: '/leaker',
    taskPath: '/leaker',
    memory: { usageKb: 524288, limitKb: 524288, failcnt: 158965, line: 21 },
    memsw: null,
    swap: null,
    kmem: null,
    statsPath: '/leaker',
    stats: { rss: 521136, cache: 844 },
    statsUnit: 'kB',
    statsLine: 24,
    children: [],
    line: 20,
  };
  it('fires for a cgroup OOM with usage, limit and the largest stats', () => {
    const f = findingOf(makeEvent({ kind: 'memcg', memcg }), 'memcg-limit')!;
    expect(f.severity).toBe('critical');
    expect(f.title).toBe('Cgroup /leaker hit its memory limit');
    expect(f.detail).toContain('524288 kB (512 MiB) of its 524288 kB (512 MiB) limit (100 %)');
    expect(f.detail).toContain('failcnt');
    expect(f.detail).toContain('rss 521136 kB');
    expect(f.lines).toEqual([20, 21, 24]);
  });
  it('fires from the 5.0+ constraint line too', () => {
    const constraint = {
      constraint: 'CONSTRAINT_MEMCG',
      nodemask: '(null)',
      cpuset: '/',
      memsAllowed: '0',
      globalOom: false,
      oomMemcg: '/lxc/1',
      taskMemcg: '/lxc/1',
      task: 'x',
      pid: 1,
      uid: 0,
      line: 70,
    };
    expect(findingOf(makeEvent({ constraint }), 'memcg-limit')?.title).toContain('/lxc/1');
  });
  it('does not fire for a global OOM', () => {
    expect(findingOf(makeEvent({ kind: 'global' }), 'memcg-limit')).toBeUndefined();
  });
});

describe('kernel-memory-dominates', () => {
  const event = (slabPages: number, rssPages: number, elided = false) =>
    makeEvent({
      memInfo: {
        line: 30,
        counters: {
          free: 1000,
          active_anon: rssPages,
          inactive_anon: 0,
          active_file: 0,
          inactive_file: 0,
          slab_reclaimable: 0,
          slab_unreclaimable: slabPages,
          pagetables: 10,
        },
      },
      summary: { ...emptySummary(), ramPages: 1000 + rssPages + slabPages + 10, lines: {} },
      tasks: makeTable([makeTask({ pid: 1, rssPages })], { elided }),
    });
  it('fires when slab is larger than all task RSS', () => {
    const f = findingOf(event(50000, 1000), 'kernel-memory-dominates')!;
    expect(f.detail).toContain('slab 200000 kB');
    expect(f.lines).toContain(30);
  });
  it('does not fire when processes hold more, or when the table was cut', () => {
    expect(findingOf(event(1000, 50000), 'kernel-memory-dominates')).toBeUndefined();
    expect(findingOf(event(50000, 1000, true), 'kernel-memory-dominates')).toBeUndefined();
  });
});
