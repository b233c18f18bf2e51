/** Takes back the reading of the previous line when a hard-wrap join replaces it with a fuller one. */
import type { OpenEvent } from './state';
import type { OomEvent } from '../model';
import type { Classified } from '../segment/classify';

export function undoReading(open: OpenEvent, old: Classified): void {
  const e = open.event;
  switch (old.kind) {
    case 'cpuset':
      if (e.cpuset === old.cpuset) e.cpuset = null;
      return;
    case 'kernelInfo':
      undoKernel(e, old.kernel.pid);
      return;
    case 'hardware':
      if (e.kernel) e.kernel.hardware = null;
      return;
    case 'frame':
      dropLast(e.callTrace, old.frame);
      return;
    case 'frames':
      for (let i = old.frames.length - 1; i >= 0; i--) dropLast(e.callTrace, old.frames[i]);
      return;
    case 'memInfoCounters':
      if (e.memInfo) for (const key of Object.keys(old.counters)) delete e.memInfo.counters[key];
      return;
    case 'zone':
      dropLast(e.zones, old.zone);
      return;
    case 'lowmemReserve':
      undoLowmemReserve(e, old.reserve);
      return;
    case 'buddy':
      dropLast(e.buddy, old.row);
      if (e.buddy.length === 0) e.pageSizeKb = null;
      return;
    case 'nodeInfo':
      dropLast(e.nodes, old.node);
      return;
    case 'hugepages':
      dropLast(e.hugepages, old.hugepages);
      return;
    case 'taskHeader':
      if (e.tasks && e.tasks.columns === old.columns && e.tasks.tasks.length === 0) e.tasks = null;
      open.taskColumns = null;
      return;
    case 'taskRow':
      if (e.tasks) dropLast(e.tasks.tasks, old.task);
      return;
    default:
      undoMemcgOrKill(open, old);
  }
}

function undoMemcgOrKill(open: OpenEvent, old: Classified): void {
  const e = open.event;
  switch (old.kind) {
    case 'memcgCounter':
      if (e.memcg && e.memcg[old.counterKind] === old.counter) e.memcg[old.counterKind] = null;
      return;
    case 'taskIn':
      // Only what this reading set: 3.14–3.18 print the task's and the limit's cgroup on two lines.
      if (e.memcg && old.path !== null && e.memcg.path === old.path) e.memcg.path = null;
      if (e.memcg && old.taskPath !== null && e.memcg.taskPath === old.taskPath) e.memcg.taskPath = null;
      return;
    case 'memcgStatsHeader':
      if (!e.memcg) return;
      if (e.memcg.children.at(-1)?.path === old.path) e.memcg.children.pop();
      else if (e.memcg.statsPath === old.path && open.statsTaken) {
        open.statsTaken = false;
        Object.assign(e.memcg, { statsPath: null, stats: {}, statsUnit: null, statsLine: null });
      }
      return;
    case 'victim':
      if (e.victim === old.victim) e.victim = null;
      return;
    case 'selection':
      if (e.selection === old.selection) e.selection = null;
      return;
    case 'constraint':
      if (e.constraint === old.constraint) e.constraint = null;
      if (e.memcg && e.memcg.path === old.constraint.oomMemcg) e.memcg.path = null;
      if (e.memcg && e.memcg.taskPath === old.constraint.taskMemcg) e.memcg.taskPath = null;
      return;
    default:
      return; // summary lines are simply overwritten; inert kinds changed nothing
  }
}

function dropLast<T>(list: T[], item: T): void {
  if (list.length > 0 && list[list.length - 1] === item) list.pop();
}

function undoLowmemReserve(e: OomEvent, reserve: number[]): void {
  const zone = e.zones[e.zones.length - 1];
  if (zone && zone.lowmemReserve === reserve) {
    zone.lowmemReserve = [];
    zone.reserveLine = null;
  }
}

function undoKernel(e: OomEvent, pid: number | null): void {
  if (!e.kernel) return;
  const hardware = e.kernel.hardware;
  e.kernel =
    hardware === null
      ? null
      : { ...e.kernel, version: null, build: null, cpu: null, pid: null, uid: null, comm: null, tainted: null };
  if (e.trigger && e.trigger.pid === pid) e.trigger.pid = null;
}
