/**
 * Hand-made pieces of the parsed model (src/parse/model.ts) for unit tests of any layer. Every field
 * defaults to "the log did not say" (null / empty, via the parser's own emptyEvent) so a test states only
 * the facts its rule looks at. For what a real log gives, parse a fixture instead (fixtures.ts).
 */
import type { BuddyRow, ConstraintInfo, OomEvent, Task, TaskTable, Zone } from '../../src/parse/model';
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

/** A 5.0+ global `oom-kill:constraint=CONSTRAINT_NONE,...` line, overridable per test. */
export function makeConstraint(overrides: Partial<ConstraintInfo> = {}): ConstraintInfo {
  return {
    constraint: 'CONSTRAINT_NONE',
    nodemask: '(null)',
    cpuset: '/',
    memsAllowed: '0',
    globalOom: true,
    oomMemcg: null,
    taskMemcg: null,
    task: 'x',
    pid: 1,
    uid: 0,
    line: 1,
    ...overrides,
  };
}
