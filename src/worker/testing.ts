/** Small builders for the worker's unit tests (not imported by app code). */
import type { OomEvent } from '../parse/model';
import type { EventAnalysis, Finding } from '../analyze/types';

export function makeEvent(overrides: Partial<OomEvent> = {}): OomEvent {
  return {
    index: 0,
    firstLine: 1,
    lastLine: 10,
    kind: 'global',
    complete: true,
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
    summary: {
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
    },
    pageSizeKb: null,
    tasks: null,
    constraint: null,
    selection: null,
    victim: null,
    reaped: null,
    memcg: null,
    panic: null,
    noKillable: false,
    unparsedLines: [],
    ...overrides,
  };
}

export function makeAnalysis(findings: Partial<Finding>[] = [], headline = ''): EventAnalysis {
  return {
    gfp: null,
    requestKb: null,
    zoneChecks: [],
    fragmentation: null,
    badness: null,
    accounting: null,
    findings: findings.map((f, i) => ({ id: `f${i}`, severity: 'info', title: '', detail: '', lines: [], ...f })),
    headline,
  };
}
