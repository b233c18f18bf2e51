/**
 * An event that says nothing yet: every fact null or empty. The builder starts each event from it,
 * and tests in every layer build their hand-made events on it, so a new model field is added here once.
 */
import type { MemcgInfo, MemSummary, OomEvent } from '../model';

export function emptySummary(): MemSummary {
  return {
    pagecachePages: null,
    swapCachePages: null,
    freeSwapKb: null,
    totalSwapKb: null,
    ramPages: null,
    highmemPages: null,
    reservedPages: null,
    cmaReservedPages: null,
    hwpoisonedPages: null,
    lines: {},
  };
}

export function emptyEvent(overrides: Partial<OomEvent> = {}): OomEvent {
  return {
    index: 0,
    firstLine: 1,
    lastLine: 1,
    kind: 'fragment',
    complete: false,
    time: null,
    uptime: null,
    trigger: null,
    kernel: null,
    cpuset: null,
    callTrace: [],
    memInfo: null,
    nodes: [],
    zones: [],
    buddy: [],
    hugepages: [],
    summary: emptySummary(),
    pageSizeKb: null,
    tasks: null,
    constraint: null,
    selection: null,
    victim: null,
    reaped: null,
    oomGroup: null,
    memcg: null,
    panic: null,
    noKillable: false,
    unparsedLines: [],
    balloon: [],
    kernelBugs: [],
    cuts: [],
    echoes: [],
    ...overrides,
  };
}

/** A memory cgroup block that says nothing yet (the builder fills it as its lines arrive). */
export function emptyMemcg(line: number, overrides: Partial<MemcgInfo> = {}): MemcgInfo {
  return {
    path: null,
    taskPath: null,
    memory: null,
    memsw: null,
    swap: null,
    kmem: null,
    statsPath: null,
    stats: {},
    statsUnit: null,
    statsLine: null,
    children: [],
    line,
    ...overrides,
  };
}
