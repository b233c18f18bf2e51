import { describe, expect, it } from 'vitest';
import { buildAccounting } from './accounting';
import { groupByName } from './consumers';
import { memcgAccounting } from './memcgAccounting';
import { emptySummary, makeEvent, makeTable, makeTask, makeZone } from '../../test/support/analyzeTesting';
import type { MemcgInfo } from '../parse/model';

const page4 = { kb: 4, assumed: false };

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
    const a = buildAccounting(event, page4)!;
    const kb = Object.fromEntries(a.items.map((i) => [i.key, i.kb]));
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
    expect(a.items.find((i) => i.key === 'kernel-stack')?.line).toBe(31);
    expect(a.items.find((i) => i.key === 'shmem')?.counted).toBe(false);
  });

  it('RAM, swap, task RSS and the unaccounted rest', () => {
    const a = buildAccounting(event, page4)!;
    expect(a.ramKb).toBe(16384);
    expect(a.swapUsedKb).toBe(600);
    expect(a.taskRssKb).toBe(1800);
    // 16384 − (800+20+6000+800+0+80+120+40+40+4096+384) = 4004
    expect(a.unaccountedKb).toBe(4004);
  });

  it('groups consumers by name, biggest first', () => {
    const a = buildAccounting(event, page4)!;
    expect(a.topConsumers[0]).toEqual({ name: 'nginx', count: 2, rssKb: 1000, pids: [1, 2] });
    expect(a.topConsumers[1].name).toBe('db');
  });

  it('falls back to zone fields when Mem-Info counters are missing', () => {
    const e = makeEvent({
      zones: [makeZone({ zone: 'Normal', freeKb: 100, fieldsKb: { slab_reclaimable: 64 }, line: 9 })],
    });
    const a = buildAccounting(e, page4)!;
    expect(a.items.map((i) => [i.key, i.kb])).toEqual([
      ['free', 100],
      ['slab-reclaimable', 64],
    ]);
    expect(a.ramKb).toBeNull();
    expect(a.unaccountedKb).toBeNull();
  });

  it('null for an event with nothing to account (a lone kill line)', () => {
    expect(buildAccounting(makeEvent(), page4)).toBeNull();
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
      { key: 'kernel_stack', kb: 5120 },
    ]);
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
      { key: 'rss', kb: 521136 },
      { key: 'cache', kb: 844 },
    ]);
    expect(memcgAccounting(null)).toBeNull();
  });
});
