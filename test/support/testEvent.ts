/** Test helper: a minimal OomEvent with every required field, overridable per test. */
import type { ConstraintInfo, OomEvent, Trigger } from '../../src/parse/model';
import { emptyEvent } from '../../src/parse/build/emptyEvent';

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
  return emptyEvent({ kind: 'global', complete: true, pageSizeKb: 4, ...over });
}

export function withKernel(version: string): Pick<OomEvent, 'kernel'> {
  return {
    kernel: { version, build: '#1', cpu: 0, pid: 1, uid: null, comm: 'x', tainted: null, hardware: null, line: 2 },
  };
}

/** A 5.0+ global `oom-kill:constraint=CONSTRAINT_NONE,...` line, overridable per test. */
export function makeConstraint(over: Partial<ConstraintInfo> = {}): ConstraintInfo {
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
    ...over,
  };
}
