/**
 * Tiny builders for hand-made events in tests. Every field defaults to "the log did not say"
 * (null / empty) so a test states only the facts its rule looks at.
 */
import type { BuddyRow, OomEvent, Task, TaskTable, Zone } from '../../src/parse/model';
import type { GfpDecode } from '../../src/kernel/types';
import type { EraRule, KernelFacts } from '../../src/analyze/kernelFacts';
import type { Finding } from '../../src/analyze/types';
import { analyzeEvent } from '../../src/analyze/index';
import { lowmemReserveColumn } from '../../src/kernel/zones';
import { emptyEvent, emptyMemcg, emptySummary } from '../../src/parse/build/emptyEvent';
export { emptyMemcg, emptySummary };

export function makeEvent(overrides: Partial<OomEvent> = {}): OomEvent {
  return emptyEvent({ lastLine: 100, kind: 'global', complete: true, pageSizeKb: 4, ...overrides });
}

export function makeTrigger(
  overrides: Partial<NonNullable<OomEvent['trigger']>> = {},
): NonNullable<OomEvent['trigger']> {
  return {
    comm: 'app',
    pid: 100,
    gfpMask: '0x6200ca',
    gfpPrinted: null,
    order: 0,
    oomScoreAdj: 0,
    oomAdj: null,
    nodemask: null,
    line: 1,
    ...overrides,
  };
}

export function makeKernel(version: string | null, line = 2): NonNullable<OomEvent['kernel']> {
  return { version, build: null, cpu: 0, pid: null, uid: null, comm: null, tainted: null, hardware: null, line };
}

export function makeZone(overrides: Partial<Zone> & Pick<Zone, 'zone'>): Zone {
  return {
    node: 0,
    freeKb: 0,
    minKb: 0,
    lowKb: 0,
    highKb: 0,
    managedKb: null,
    presentKb: null,
    boostKb: null,
    reservedHighatomicKb: null,
    fieldsKb: {},
    allUnreclaimable: null,
    lowmemReserve: [],
    line: 10,
    reserveLine: null,
    ...overrides,
  };
}

/** A buddy row from counts per order (4 kB pages unless told). */
export function makeBuddy(zone: string, freeBlocks: number[], overrides: Partial<BuddyRow> = {}): BuddyRow {
  const pageKb = 4;
  const blockKb = freeBlocks.map((_, order) => pageKb << order);
  return {
    node: 0,
    zone,
    freeBlocks,
    blockKb,
    migrateTypes: freeBlocks.map(() => null),
    totalKb: freeBlocks.reduce((sum, n, order) => sum + n * blockKb[order], 0),
    line: 20,
    ...overrides,
  };
}

let nextTaskLine = 50;
export function makeTask(overrides: Partial<Task> & Pick<Task, 'pid'>): Task {
  return {
    uid: 0,
    tgid: overrides.pid,
    totalVmPages: 1000,
    rssPages: 100,
    rssAnonPages: null,
    rssFilePages: null,
    rssShmemPages: null,
    nrPtes: null,
    nrPmds: null,
    pgtablesBytes: null,
    swapEntries: 0,
    oomScoreAdj: 0,
    oomAdj: null,
    cpu: null,
    name: `task${overrides.pid}`,
    line: nextTaskLine++,
    ...overrides,
  };
}

export function makeTable(tasks: Task[], overrides: Partial<TaskTable> = {}): TaskTable {
  return {
    columns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'pgtables_bytes', 'swapents', 'oom_score_adj', 'name'],
    headerLine: 49,
    tasks,
    elided: false,
    ...overrides,
  };
}

export function makeVictim(pid: number, comm = `task${pid}`, line = 90): NonNullable<OomEvent['victim']> {
  return {
    message: 'Out of memory',
    pid,
    comm,
    totalVmKb: null,
    anonRssKb: null,
    fileRssKb: null,
    shmemRssKb: null,
    uid: null,
    pgtablesKb: null,
    oomScoreAdj: null,
    line,
  };
}

/** Kernel facts for tests: fixed, obvious rules so a test shows its own inputs. */
export const ZONES = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'] as const;

export function eraRule(overrides: Partial<EraRule> = {}): EraRule {
  return {
    id: '5.9+',
    rebuildable: true,
    description: 'rss + swap + page tables, oom_score_adj scaled',
    countsSwap: true,
    countsPageTables: true,
    rootBonusPercent: 0,
    adj: 'oom_score_adj',
    printedScore: 'none',
    ...overrides,
  };
}

export function testFacts(overrides: Partial<KernelFacts> = {}): KernelFacts {
  return {
    decodeGfp: () => null,
    reserveColumn: (target, present, length, bits) => lowmemReserveColumn(target, present, length, bits),
    // Every zone at or below the target, as the kernel's zonelist fallback does.
    usableZones: (target, present) => {
      const limit = ZONES.indexOf(target as (typeof ZONES)[number]);
      return present.filter((z) => ZONES.indexOf(z as (typeof ZONES)[number]) <= limit);
    },
    costlyOrder: 3,
    badnessEra: () => eraRule(),
    ...overrides,
  };
}

/** A decoded gfp mask with only the fields the analysis reads set meaningfully. */
export function makeGfp(overrides: Partial<GfpDecode> = {}): GfpDecode {
  return {
    mask: '0x6200ca',
    names: ['GFP_HIGHUSER_MOVABLE'],
    printed: 'GFP_HIGHUSER_MOVABLE',
    flags: [],
    targetZone: 'Movable',
    migrateType: 'Movable',
    canSleep: true,
    canReclaim: true,
    canIo: true,
    canFs: true,
    accounted: false,
    pick: { tableId: 'test', fromVersion: null, confidence: 'exact', reason: 'test' },
    mismatch: null,
    kswapdReclaim: true,
    usesReserves: false,
    notes: [],
    ...overrides,
  };
}

/** The finding with this id from analysing `event` with test facts, or undefined. */
export function findingOf(event: OomEvent, id: string, facts: KernelFacts = testFacts()): Finding | undefined {
  return analyzeEvent(event, facts).findings.find((f) => f.id === id);
}
