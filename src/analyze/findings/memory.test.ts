import { describe, expect, it } from 'vitest';
import { emptyMemcg, emptySummary, makeEvent, makeTable, makeTask, makeVictim } from '../../../test/support/model';
import { findingOf } from '../../../test/support/analysis';

const ram = (pages: number, extra: Partial<ReturnType<typeof emptySummary>> = {}) => ({
  ...emptySummary(),
  ramPages: pages,
  lines: { ramPages: 42 },
  ...extra,
});

describe('kernel-memory-dominates', () => {
  it('machine: slab + stacks + page tables no process owns, against what the processes hold', () => {
    const e = makeEvent({
      memInfo: { counters: { slab_unreclaimable: 2_600_000, pagetables: 100, free: 10 }, line: 30 },
      summary: ram(4_000_000),
      tasks: makeTable([makeTask({ pid: 1, rssPages: 1000 })]),
    });
    expect(findingOf(e, 'kernel-memory-dominates')?.params).toMatchObject({ scope: 'machine', slabKb: 10_400_000 });
  });
  it('page tables a listed process owns are its own: they go when it dies (6.9 a.out, real corpus 029)', () => {
    const e = makeEvent({
      memInfo: { counters: { slab_unreclaimable: 25908, pagetables: 5462164, free: 91529 }, line: 18 },
      summary: ram(8388608),
      tasks: makeTable([makeTask({ pid: 5071, rssPages: 2461248, pgtablesBytes: 22374600704 })]),
    });
    expect(findingOf(e, 'kernel-memory-dominates')).toBeUndefined();
  });
  it('memcg: host-wide slab is not the cgroup’s; the cgroup’s own kmem filling its usage is (3.10 k8s, real corpus 028)', () => {
    const memcg = emptyMemcg(20, {
      path: '/kubepods/pod',
      memory: { usageKb: 3145728, limitKb: 3145728, failcnt: 1, line: 20 },
      kmem: { usageKb: 3143468, limitKb: 9007199254740988, failcnt: 0, line: 22 },
    });
    const victim = { ...makeVictim(12788), message: 'Memory cgroup out of memory' };
    const f = findingOf(makeEvent({ memcg, victim }), 'kernel-memory-dominates');
    expect(f?.params).toMatchObject({ scope: 'memcg', kernelKb: 3143468, usageKb: 3145728, path: '/kubepods/pod' });
    // 2.6.32 (real corpus 005): a memcg OOM with the host's Mem-Info and no kmem line: nothing to say.
    const host = { counters: { slab_unreclaimable: 9427, free: 27898 }, line: 41 };
    const old = emptyMemcg(27, { path: '/test', memory: { usageKb: 102400, limitKb: 102400, failcnt: 756, line: 28 } });
    expect(
      findingOf(
        makeEvent({ memcg: old, memInfo: host, victim, tasks: makeTable([makeTask({ pid: 1, rssPages: 5 })]) }),
        'kernel-memory-dominates',
      ),
    ).toBeUndefined();
  });
});

describe('unaccounted-memory and driver-memory', () => {
  it('a quarter of RAM in no counter, with the CMA pool named when there is one (Raspberry Pi, real corpus 008)', () => {
    const e = makeEvent({
      memInfo: {
        counters: { active_anon: 27124, inactive_anon: 18649, slab_unreclaimable: 6491, free: 4345, free_cma: 0 },
        line: 26,
      },
      summary: ram(114688, {
        reservedPages: 8170,
        cmaReservedPages: 65536,
        lines: { ramPages: 42, cmaReservedPages: 45 },
      }),
    });
    expect(findingOf(e, 'unaccounted-memory')?.params).toMatchObject({ cmaReservedKb: 262144, freeCmaKb: 0 });
  });
  it('file-rss far above the page cache is a driver’s memory, counted once and left in place by the reaper (5.8 kwin, 003)', () => {
    const e = makeEvent({
      memInfo: {
        counters: {
          active_anon: 843374,
          inactive_anon: 322563,
          active_file: 232,
          inactive_file: 42,
          mapped: 2555903,
          free: 32994,
        },
        line: 39,
      },
      summary: ram(4174296),
      victim: { ...makeVictim(18006, 'kwin_x11', 231), anonRssKb: 375524, fileRssKb: 9979584 },
      reaped: { pid: 18006, comm: 'kwin_x11', anonRssKb: 0, fileRssKb: 9981796, shmemRssKb: 40, line: 232 },
    });
    const f = findingOf(e, 'driver-memory');
    expect(f?.params).toMatchObject({
      comm: 'kwin_x11',
      fileRssKb: 9979584,
      pageCacheKb: 1096,
      mappedKb: 10223612,
      afterReapKb: 9981796,
    });
    expect(f?.lines).toEqual([39, 231, 232]);
  });
});

describe('shmem-dominates and balloon', () => {
  it('tmpfs holding most of RAM with no swap (i386 lkp, real corpus 018)', () => {
    const e = makeEvent({
      memInfo: { counters: { shmem: 711742, active_anon: 5960, inactive_anon: 722051, free: 1409 }, line: 85 },
      summary: ram(786302, { totalSwapKb: 0, freeSwapKb: 0 }),
    });
    expect(findingOf(e, 'shmem-dominates')?.params).toMatchObject({ shmemKb: 2846968, swapFull: 1 });
  });
  it('a balloon from the 6.18+ node line, a balloon frame, or a balloon note of the parser', () => {
    const node = { node: 0, fieldsKb: { Balloon: 1048576 }, allUnreclaimable: false, line: 34 };
    expect(findingOf(makeEvent({ nodes: [node] }), 'balloon')?.params).toEqual({ driver: null, inflatedKb: 1048576 });
    const note = { driver: 'virtio_balloon', kb: null, line: 3 };
    expect(findingOf(makeEvent({ balloon: [note] }), 'balloon')?.params).toEqual({
      driver: 'virtio_balloon',
      inflatedKb: null,
    });
    expect(findingOf(makeEvent(), 'balloon')).toBeUndefined();
  });
});
