/** Test helper: a minimal OomEvent with every required field, overridable per test. */
import type { OomEvent, Trigger } from '../parse/model';

export function makeTrigger(over: Partial<Trigger> = {}): Trigger {
  return {
    comm: 'x',
    pid: 1,
    gfpMask: null,
    gfpPrinted: null,
    order: 0,
    oomScoreAdj: 0,
    oomAdj: null,
    nodemask: null,
    line: 1,
    ...over,
  };
}

export function makeEvent(over: Partial<OomEvent> = {}): OomEvent {
  return {
    index: 0,
    firstLine: 1,
    lastLine: 1,
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
    pageSizeKb: 4,
    tasks: null,
    constraint: null,
    selection: null,
    victim: null,
    reaped: null,
    memcg: null,
    panic: null,
    noKillable: false,
    unparsedLines: [],
    ...over,
  };
}

export function withKernel(version: string): Pick<OomEvent, 'kernel'> {
  return {
    kernel: { version, build: '#1', cpu: 0, pid: 1, uid: null, comm: 'x', tainted: null, hardware: null, line: 2 },
  };
}
