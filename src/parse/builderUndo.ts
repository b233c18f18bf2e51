/** Takes back the reading of the previous line when a hard-wrap join replaces it with a fuller one. */
import type { OpenEvent } from './builderState';
import type { OomEvent } from './model';
import type { Classified } from './segmentClassify';

export function undoReading(open: OpenEvent, old: Classified): void {
  const e = open.event;
  switch (old.kind) {
    case 'zone':
      dropLast(e.zones, old.zone);
      return;
    case 'buddy':
      dropLast(e.buddy, old.row);
      if (e.buddy.length === 0) e.pageSizeKb = null;
      return;
    case 'nodeInfo':
      dropLast(e.nodes, old.node);
      return;
    case 'victim':
      if (e.victim === old.victim) e.victim = null;
      return;
    case 'selection':
      if (e.selection === old.selection) e.selection = null;
      return;
    case 'constraint':
      if (e.constraint === old.constraint) e.constraint = null;
      return;
    case 'kernelInfo':
      undoKernel(e, old.kernel.pid);
      return;
    default:
      return;
  }
}

function dropLast<T>(list: T[], item: T): void {
  if (list.length > 0 && list[list.length - 1] === item) list.pop();
}

function undoKernel(e: OomEvent, pid: number | null): void {
  if (!e.kernel) return;
  const hardware = e.kernel.hardware;
  e.kernel = hardware === null ? null : { ...e.kernel, version: null, build: null, cpu: null, pid: null, uid: null, comm: null, tainted: null };
  if (e.trigger && e.trigger.pid === pid) e.trigger.pid = null;
}
