import { describe, expect, it } from 'vitest';
import { buildAccounting, memcgAccounting } from './index';
import { groupByName } from '../consumers';
import { eventFacts } from '../facts';
import {
  emptyMemcg,
  emptySummary,
  makeEvent,
  makeTable,
  makeTask,
  makeVictim,
  makeZone,
} from '../../../test/support/model';
import { testFacts } from '../../../test/support/analysis';
import type { MemcgInfo, OomEvent } from '../../parse/model';

const account = (event: OomEvent) => buildAccounting(event, eventFacts(event, null, testFacts()));

describe('buildAccounting', () => {
  const event = makeEvent({
    memInfo: {
      line: 30,
      counters: {
        active_anon: 1000,
        inactive_anon: 500,
        active_file: 100,
        inactive_file: 100,
        unevictable: 0,
        shmem: 50,
        slab_reclaimable: 20,
        slab_unreclaimable: 30,
        pagetables: 10,
        free: 200,
        free_pcp: 5,
      },
    },
    nodes: [{ node: 0, fieldsKb: { kernel_stack: 40, active_anon: 4000 }, allUnreclaimable: false, line: 31 }],
    hugepages: [{ node: 0, total: 2, free: 2, surplus: 0, sizeKb: 2048, line: 40 }],
    summary: {
      ...emptySummary(),
      ramPages: 4096,
      reservedPages: 96,
      totalSwapKb: 1000,
      freeSwapKb: 400,
      lines: { reservedPages: 45 },
    },
    tasks: makeTable([
      makeTask({ pid: 1, name: 'nginx', rssPages: 100 }),
      makeTask({ pid: 2, name: 'nginx', rssPages: 150 }),
      makeTask({ pid: 3, name: 'db', rssPages: 200 }),
    ]),
  });

  it('turns counters (pages) and node fields (kB) into kB items', () => {
    const a = account(event)!;
    const kb = Object.fromEntries(a.rows.map((i) => [i.id, i.kb]));
    expect(kb).toEqual({
      free: 800,
      'free-pcp': 20,
      anon: 6000,
      'page-cache': 800,
      unevictable: 0,
      shmem: 200,
      'slab-reclaimable': 80,
      'slab-unreclaimable': 120,
      'page-tables': 40,
      'kernel-stack': 40,
      hugepages: 4096,
      reserved: 384,
    });
    expect(a.rows.find((i) => i.id === 'kernel-stack')?.lines).toEqual([31]);
    expect(a.rows.find((i) => i.id === 'shmem')?.counted).toBe(false);
  });

  it('RAM, swap, task RSS and the unaccounted rest', () => {
    const a = account(event)!;
    expect(a.ramKb).toBe(16384);
    expect(a.swapUsedKb).toBe(600);
    expect(a.taskRssKb).toBe(1800);
    // 16384 − (800+20+6000+800+0+80+120+40+40+4096+384) = 4004
    expect(a.unaccountedKb).toBe(4004);
  });

  it('groups consumers by name, biggest first', () => {
    const a = account(event)!;
    expect(a.topConsumers[0]).toEqual({ name: 'nginx', count: 2, rssKb: 1000, pids: [1, 2] });
    expect(a.topConsumers[1].name).toBe('db');
  });

  it('falls back to zone fields when Mem-Info counters are missing', () => {
    const e = makeEvent({
      zones: [makeZone({ zone: 'Normal', freeKb: 100, fieldsKb: { slab_reclaimable: 64 }, line: 9 })],
    });
    const a = account(e)!;
    expect(a.rows.map((i) => [i.id, i.kb])).toEqual([
      ['free', 100],
      ['slab-reclaimable', 64],
    ]);
    expect(a.ramKb).toBeNull();
    expect(a.unaccountedKb).toBeNull();
  });

  it('null for an event with nothing to account (a lone kill line)', () => {
    expect(account(makeEvent())).toBeNull();
  });

  it('reads the 2.6.1x–2.6.2x layout: Active/inactive not split, one slab counter', () => {
    // 2.6.24 i386 (real corpus 002): "Active:60199 inactive:60349 … free:1194 slab:2402 mapped:498 pagetables:1235"
    const e = makeEvent({
      memInfo: {
        line: 22,
        counters: { Active: 60199, inactive: 60349, free: 1194, slab: 2402, mapped: 498, pagetables: 1235 },
      },
      summary: { ...emptySummary(), ramPages: 130672, reservedPages: 2196, lines: { ramPages: 39 } },
    });
    const a = account(e)!;
    expect(a.rows.map((r) => r.id)).toEqual(['free', 'lru', 'slab', 'page-tables', 'reserved']);
    // 130672 − (1194 + 120548 + 2402 + 1235 + 2196) = 3097 pages unaccounted, 2.4 % of RAM (it was 96 %).
    expect(a.unaccountedKb).toBe(3097 * 4);
  });

  it('counts driver memory found in a process once, out of the unaccounted rest', () => {
    // 5.8 desktop (real corpus 003): kwin_x11 file-rss 9.5 GiB while the file LRU holds 1 MiB.
    const e = makeEvent({
      memInfo: {
        line: 38,
        counters: {
          active_anon: 1000,
          inactive_anon: 0,
          active_file: 200,
          inactive_file: 74,
          free: 100,
          mapped: 2555903,
        },
      },
      summary: { ...emptySummary(), ramPages: 4_000_000, lines: {} },
      victim: { ...makeVictim(18006, 'kwin_x11', 230), anonRssKb: 375524, fileRssKb: 9979584 },
    });
    const a = account(e)!;
    const driver = a.rows.find((r) => r.id === 'driver')!;
    expect(driver.kb).toBe(9979584 - 274 * 4);
    expect(a.unaccountedKb).toBe(4_000_000 * 4 - (100 + 1000 + 274) * 4 - driver.kb);
  });

  it('shows the CMA pool apart and never adds it to the sum', () => {
    const e = makeEvent({
      memInfo: { line: 25, counters: { free: 10, free_cma: 0, active_anon: 10 } },
      summary: { ...emptySummary(), ramPages: 1000, cmaReservedPages: 256, lines: { cmaReservedPages: 45 } },
    });
    const a = account(e)!;
    expect(a.cma).toEqual({ reservedKb: 1024, freeKb: 0, lines: [45] });
    expect(a.rows.find((r) => r.id === 'cma-reserved')?.counted).toBe(false);
    expect(a.unaccountedKb).toBe((1000 - 20) * 4);
  });

  it('splits lowmem from HighMem on a 32-bit HighMem machine; slab is lowmem', () => {
    const e = makeEvent({
      memInfo: { line: 27, counters: { slab_reclaimable: 100, slab_unreclaimable: 50, free: 1000 } },
      zones: [
        makeZone({ zone: 'DMA', freeKb: 4000, managedKb: 15916, line: 35 }),
        makeZone({ zone: 'Normal', freeKb: 41000, managedKb: 831480, fieldsKb: { active_file: 470556 }, line: 37 }),
        makeZone({ zone: 'HighMem', freeKb: 265416, managedKb: 3114256, presentKb: 3114256, line: 39 }),
      ],
    });
    const a = account(e)!;
    expect(a.highmem?.lowmem.managedKb).toBe(15916 + 831480);
    expect(a.highmem?.lowmem.freeKb).toBe(45000);
    expect(a.highmem?.lowmem.rows.map((r) => r.id)).toEqual([
      'free',
      'page-cache',
      'slab-reclaimable',
      'slab-unreclaimable',
    ]);
    expect(a.highmem?.highmem.freeKb).toBe(265416);
  });

  it('in a memcg OOM accounts the cgroup’s own counters, summed over its hierarchy (v1), kmem included', () => {
    // 3.10 vendor k8s (real corpus 028): usage 3145728 kB of which kmem 3143468 kB.
    const memcg = emptyMemcg(20, {
      path: '/kubepods/pod',
      memory: { usageKb: 3145728, limitKb: 3145728, failcnt: 1, line: 20 },
      kmem: { usageKb: 3143468, limitKb: 9007199254740988, failcnt: 0, line: 22 },
      statsPath: '/kubepods/pod',
      stats: { cache: 0, rss: 0 },
      statsUnit: 'kB',
      statsLine: 23,
      children: [
        { path: '/kubepods/pod/a', stats: { cache: 0, rss: 40 }, line: 24 },
        { path: '/kubepods/pod/b', stats: { cache: 0, rss: 2220 }, line: 26 },
      ],
    });
    const e = makeEvent({ kind: 'memcg', memcg, victim: { ...makeVictim(1), message: 'Memory cgroup out of memory' } });
    const a = account(e)!;
    expect(a.scope).toBe('memcg');
    expect(a.ramKb).toBe(3145728);
    expect(Object.fromEntries(a.rows.map((r) => [r.id, r.kb]))).toMatchObject({
      'memcg-anon': 2260,
      'memcg-kmem': 3143468,
    });
    expect(a.unaccountedKb).toBe(0);
    expect(a.memcg?.kernelKb).toBe(3143468);
  });
});

describe('groupByName', () => {
  it('40 workers are one group', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => makeTask({ pid: 100 + i, name: 'nginx', rssPages: 10 }));
    expect(groupByName(tasks, 4)).toEqual([{ name: 'nginx', count: 40, rssKb: 1600, pids: tasks.map((t) => t.pid) }]);
  });
});

describe('memcgAccounting', () => {
  const base: MemcgInfo = {
    path: '/lxc/39004',
    taskPath: null,
    memory: { usageKb: 31211520, limitKb: 31211520, failcnt: 83420, line: 5 },
    memsw: null,
    swap: null,
    kmem: null,
    statsPath: '/lxc/39004',
    stats: { anon: 31154200576, file: 688283648, pgfault: 999999999999, kernel_stack: 5242880 },
    statsUnit: 'bytes',
    statsLine: 7,
    children: [],
    line: 5,
  };
  it('v2: bytes to kB, counters ignored, usage against limit', () => {
    const m = memcgAccounting(base)!;
    expect(m.percentOfLimit).toBe(100);
    expect(m.largestStats).toEqual([
      { key: 'anon', kb: 30424024 },
      { key: 'file', kb: 672152 },
      { key: 'kernel-stack', kb: 5120 },
    ]);
    expect(m.kernelKb).toBe(5120);
  });
  it('v1: KB values as they are; an unlimited limit has no percentage', () => {
    const m = memcgAccounting({
      ...base,
      memory: { usageKb: 10, limitKb: 9007199254740988, failcnt: 0, line: 5 },
      stats: { rss: 521136, cache: 844 },
      statsUnit: 'kB',
    })!;
    expect(m.limitKb).toBeNull();
    expect(m.percentOfLimit).toBeNull();
    expect(m.largestStats).toEqual([
      { key: 'anon', kb: 521136 },
      { key: 'file', kb: 844 },
    ]);
    expect(memcgAccounting(null)).toBeNull();
  });
});
