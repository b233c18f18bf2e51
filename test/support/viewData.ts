/**
 * Hand-made props for component tests, modelled on the Arch Linux 6.1 corpus log (doxygen killed
 * by a global OOM). Test-only: nothing in the app imports this file.
 */
import type { EventAnalysis } from '../../src/analyze/types';
import { analyzeEvent } from '../../src/analyze/index';
import type { GfpDecode } from '../../src/kernel/types';
import type { OomEvent, Task, Zone } from '../../src/parse/model';
import type { EventDetail, EventSummary } from '../../src/worker/protocol';

function zone(
  zoneName: string,
  freeKb: number,
  minKb: number,
  lowKb: number,
  highKb: number,
  lowmemReserve: number[],
  line: number,
): Zone {
  return {
    node: 0,
    zone: zoneName,
    freeKb,
    minKb,
    lowKb,
    highKb,
    managedKb: null,
    presentKb: null,
    boostKb: 0,
    reservedHighatomicKb: 0,
    fieldsKb: { free: freeKb, min: minKb },
    allUnreclaimable: null,
    lowmemReserve,
    line,
    reserveLine: line + 1,
  };
}

function task(
  pid: number,
  name: string,
  totalVmPages: number,
  rssPages: number,
  pgtablesBytes: number,
  swapEntries: number,
  oomScoreAdj: number,
  line: number,
): Task {
  return {
    pid,
    uid: 504,
    tgid: pid,
    totalVmPages,
    rssPages,
    rssAnonPages: null,
    rssFilePages: null,
    rssShmemPages: null,
    nrPtes: null,
    nrPmds: null,
    pgtablesBytes,
    swapEntries,
    oomScoreAdj,
    oomAdj: null,
    cpu: null,
    name,
    line,
  };
}

export const TASKS: Task[] = [
  task(246, 'systemd-journal', 16404, 66, 159744, 303, -250, 60),
  task(274, 'systemd-udevd', 8511, 0, 98304, 638, -1000, 61),
  task(331049, 'java', 2316564, 516062, 12025856, 547863, 0, 62),
  task(375042, 'chrome', 8546231, 9209, 1327104, 24903, 0, 63),
  task(376692, 'chrome', 296469227, 2362, 1826816, 57194, 300, 64),
  task(473206, 'doxygen', 7572670, 2308581, 60686336, 5225427, 0, 65),
  task(473207, 'top', 2835, 124, 61440, 143, 0, 66),
];

export const GFP: GfpDecode = {
  mask: '0x140dca',
  names: ['GFP_HIGHUSER_MOVABLE', '__GFP_COMP', '__GFP_ZERO'],
  printed: 'GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO',
  flags: [
    {
      name: 'GFP_HIGHUSER_MOVABLE',
      value: '0x100cca',
      composite: true,
      meaning: 'User pages that may move: any zone, may sleep, reclaim, do IO and call the filesystem.',
      members: ['__GFP_RECLAIM', '__GFP_IO', '__GFP_FS', '__GFP_HARDWALL', '__GFP_HIGHMEM', '__GFP_MOVABLE'],
    },
    {
      name: '__GFP_COMP',
      value: '0x40000',
      composite: false,
      meaning: 'Compound page metadata.',
      members: ['__GFP_COMP'],
    },
    { name: '__GFP_ZERO', value: '0x100', composite: false, meaning: 'Return zeroed memory.', members: ['__GFP_ZERO'] },
  ],
  targetZone: 'Movable',
  migrateType: 'Movable',
  canSleep: true,
  canReclaim: true,
  canIo: true,
  canFs: true,
  accounted: false,
  pick: { tableId: '6.0-6.2', fromVersion: '6.1.1-arch1-1', confidence: 'exact', reason: 'from 6.1.1-arch1-1' },
  mismatch: null,
  kswapdReclaim: true,
  usesReserves: false,
  notes: [],
};

export const EVENT: OomEvent = {
  index: 0,
  firstLine: 1,
  lastLine: 70,
  kind: 'global',
  complete: true,
  time: '[12345.678901]',
  uptime: 12345.678901,
  trigger: {
    comm: 'doxygen',
    pid: 473206,
    gfpMask: '0x140dca',
    gfpPrinted: GFP.printed,
    order: 0,
    oomScoreAdj: 0,
    oomAdj: null,
    nodemask: null,
    line: 1,
  },
  kernel: {
    version: '6.1.1-arch1-1',
    build: '#1',
    cpu: 3,
    pid: 473206,
    uid: null,
    comm: 'doxygen',
    tainted: 'G OE',
    hardware: 'To Be Filled By O.E.M./Z77 Extreme6',
    line: 2,
  },
  cpuset: null,
  callTrace: [
    { symbol: 'dump_stack_lvl+0x48/0x60', unreliable: false, module: null, line: 6 },
    { symbol: 'oom_kill_process.cold+0xb/0x10', unreliable: false, module: null, line: 7 },
    { symbol: 'out_of_memory+0x1f1/0x520', unreliable: false, module: null, line: 8 },
    { symbol: '__alloc_pages_slowpath.constprop.0+0xcbd/0xe10', unreliable: false, module: null, line: 9 },
    { symbol: '__alloc_pages+0x224/0x250', unreliable: false, module: null, line: 10 },
    { symbol: '__folio_alloc+0x1b/0x50', unreliable: false, module: null, line: 11 },
    { symbol: 'vma_alloc_folio+0xa0/0x360', unreliable: false, module: null, line: 12 },
    { symbol: 'sched_clock_cpu+0xd/0xb0', unreliable: true, module: null, line: 13 },
    { symbol: 'exc_page_fault+0x74/0x170', unreliable: false, module: null, line: 14 },
  ],
  memInfo: {
    // The Arch log's Mem-Info block (lines 30–37 there).
    counters: {
      active_anon: 1413442,
      inactive_anon: 1509191,
      active_file: 29,
      inactive_file: 186,
      unevictable: 2047,
      slab_reclaimable: 130091,
      slab_unreclaimable: 89303,
      mapped: 1293,
      shmem: 19540,
      pagetables: 25704,
      free: 34629,
      free_pcp: 0,
      free_cma: 0,
    },
    line: 30,
  },
  nodes: [],
  zones: [
    zone('DMA', 13312, 64, 80, 96, [0, 3191, 15659, 15659, 15659], 40),
    zone('DMA32', 63304, 13760, 17200, 20640, [0, 0, 12468, 12468, 12468], 42),
    zone('Normal', 61900, 61948, 75384, 88820, [0, 0, 0, 0, 0], 44),
  ],
  buddy: [
    {
      node: 0,
      zone: 'DMA32',
      freeBlocks: [550, 250, 46, 14, 6, 2, 1, 14, 7, 19, 1],
      blockKb: [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096],
      migrateTypes: ['UM', 'UE', 'UE', 'UME', 'UME', 'UM', 'U', 'ME', 'ME', 'ME', 'M'],
      totalKb: 63624,
      line: 47,
    },
    {
      node: 0,
      zone: 'Normal',
      freeBlocks: [6676, 2120, 595, 188, 50, 1, 0, 0, 0, 0, 0],
      blockKb: [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096],
      migrateTypes: ['UME', 'UE', 'UME', 'UME', 'UME', 'M', null, null, null, null, null],
      totalKb: 62528,
      line: 48,
    },
  ],
  hugepages: [],
  summary: {
    pagecachePages: 44659,
    swapCachePages: 24863,
    freeSwapKb: 84,
    totalSwapKb: 25165820,
    ramPages: 4115400,
    highmemPages: 0,
    reservedPages: 97082,
    cmaReservedPages: 0,
    hwpoisonedPages: 0,
    lines: { ramPages: 53, freeSwapKb: 51 },
  },
  pageSizeKb: 4,
  tasks: {
    columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'pgtables_bytes', 'swapents', 'oom_score_adj', 'name'],
    headerLine: 59,
    tasks: TASKS,
    elided: false,
  },
  constraint: {
    constraint: 'CONSTRAINT_NONE',
    nodemask: '(null)',
    cpuset: '/',
    memsAllowed: '0',
    globalOom: true,
    oomMemcg: null,
    taskMemcg: '/user.slice',
    task: 'doxygen',
    pid: 473206,
    uid: 504,
    line: 67,
  },
  selection: null,
  victim: {
    message: null,
    pid: 473206,
    comm: 'doxygen',
    totalVmKb: 30290680,
    anonRssKb: 9234320,
    fileRssKb: 4,
    shmemRssKb: 0,
    uid: 504,
    pgtablesKb: 59264,
    oomScoreAdj: 0,
    line: 68,
  },
  reaped: null,
  oomGroup: null,
  memcg: null,
  panic: null,
  noKillable: false,
  unparsedLines: [],
};

/** The analysis of EVENT, made by the analysis layer itself so view tests see what the page would. */
export const ANALYSIS: EventAnalysis = analyzeEvent(EVENT);

export const DETAIL: EventDetail = {
  event: EVENT,
  analysis: ANALYSIS,
  source: Array.from({ length: 70 }, (_, i) => ({
    line: i + 1,
    raw:
      i === 0
        ? 'doxygen invoked oom-killer: gfp_mask=0x140dca(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO), order=0, oom_score_adj=0'
        : `line ${i + 1}`,
  })),
};

export const SUMMARIES: EventSummary[] = [0, 1, 2].map((index) => ({
  index,
  kind: index === 1 ? 'memcg' : 'global',
  scope: index === 1 ? 'memcg' : 'global',
  complete: true,
  firstLine: 1 + index * 100,
  lastLine: 90 + index * 100,
  time: `[1000${index}.5]`,
  trigger: { comm: `proc${index}`, pid: 100 + index },
  victim: { comm: `victim${index}`, pid: 200 + index },
  order: index,
  requestKb: 4 * 2 ** index,
  headline: [{ id: 'analysis-failed', params: { error: `Event ${index}` } }],
  worstSeverity: 'warning',
  findingIds: ['trigger-is-not-victim'],
}));

/** The task table's columns for TASKS with ANALYSIS.badness: pid and name, the printed ones in order, the recomputed ones. */
export const SHOWN_COLUMNS = [
  'pid',
  'name',
  'uid',
  'tgid',
  'total_vm',
  'rss',
  'pgtables_bytes',
  'swapents',
  'oom_score_adj',
  'points',
  'score',
  'rank',
];
