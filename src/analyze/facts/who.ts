/**
 * Who is who in a report. The `CPU: … PID:` / `Pid:` line prints the id of the *thread* that allocated;
 * the kill lines print the process (tgid) — and before 5.1 the `Kill process` selection may print a
 * thread id too (3.10-era memcg selection walks threads; `Killed process` then names the thread group
 * through find_lock_task_mm). The task table lists processes, one row each (mm/oom_kill.c dump_tasks:
 * `for_each_process`, pid and tgid columns). So a pid missing from a complete table, with exactly one
 * process of the same name, is a thread of that process.
 */
import type { OomEvent, Task } from '../../parse/model';
import { functionOf, KERNEL_THREAD_COMM, KSWAPD_FUNCTIONS, SYSRQ_FUNCTIONS } from '../../kernel/frames';

export type InvokerKind = 'process' | 'kernel-thread' | 'kswapd' | 'sysrq';

export interface InvokerFact {
  kind: InvokerKind | null;
  pid: number | null;
  comm: string | null;
  lines: number[];
}

export function invokerOf(event: OomEvent): InvokerFact {
  const pid = event.trigger?.pid ?? event.kernel?.pid ?? null;
  const comm = event.trigger?.comm ?? event.kernel?.comm ?? null;
  const lines = [event.trigger?.line, event.kernel?.line].filter((l): l is number => typeof l === 'number');
  if (!event.trigger && !event.kernel) return { kind: null, pid, comm, lines };
  const fns = event.callTrace.filter((f) => !f.unreliable).map((f) => ({ name: functionOf(f.symbol), line: f.line }));
  const sysrq = fns.find((f) => SYSRQ_FUNCTIONS.has(f.name));
  if (event.trigger?.order === -1 || sysrq)
    return { kind: 'sysrq', pid, comm, lines: [...lines, ...(sysrq ? [sysrq.line] : [])] };
  const kswapd = fns.find((f) => KSWAPD_FUNCTIONS.has(f.name));
  if (kswapd || /^kswapd\d/.test(comm ?? ''))
    return { kind: 'kswapd', pid, comm, lines: [...lines, ...(kswapd ? [kswapd.line] : [])] };
  if (KERNEL_THREAD_COMM.test(comm ?? '') || pid === 2) return { kind: 'kernel-thread', pid, comm, lines };
  return { kind: 'process', pid, comm, lines };
}

/** How a printed pid (a thread id) relates to a process. */
export type PidRelation =
  /** The same id. */
  | 'same'
  /** A thread of it: the table is complete, the id is no row, and it is the only process of that name (or tgid says so). */
  | 'thread'
  /** Same name, no task table to tell whether it is a thread. */
  | 'same-name'
  /** Another process (a row of its own, or a kernel thread). */
  | 'other'
  /** Nothing to tell. */
  | 'unknown';

export interface PidRelationFact {
  relation: PidRelation;
  lines: number[];
}

/** How the thread `pid` (named `comm`) relates to process `processPid` (named `processComm`). */
export function relationTo(
  event: OomEvent,
  pid: number | null,
  comm: string | null,
  processPid: number | null,
  processComm: string | null,
): PidRelationFact {
  if (pid === null || processPid === null) return { relation: 'unknown', lines: [] };
  if (pid === processPid) return { relation: 'same', lines: [] };
  if (KERNEL_THREAD_COMM.test(comm ?? '')) return { relation: 'other', lines: [] };
  const table = event.tasks;
  if (table && table.tasks.length > 0) {
    const own = table.tasks.find((t) => t.pid === pid);
    if (own) {
      const tgid = own.tgid ?? own.pid;
      return { relation: tgid === processPid ? 'thread' : 'other', lines: [own.line] };
    }
    if (table.elided) return { relation: 'unknown', lines: [] };
    const named = table.tasks.filter((t: Task) => comm !== null && t.name === comm);
    if (named.length === 1 && (named[0].tgid ?? named[0].pid) === processPid)
      return { relation: 'thread', lines: [named[0].line] };
    return { relation: named.length > 0 ? 'other' : 'unknown', lines: named.slice(0, 1).map((t) => t.line) };
  }
  if (comm !== null && comm === processComm) return { relation: 'same-name', lines: [] };
  return { relation: 'unknown', lines: [] };
}

export type MemcgLevel = 'same' | 'ancestor' | 'other';

export interface MemcgFact {
  /** The cgroup whose limit was hit (`oom_memcg=`, `limit of X`). */
  oomPath: string | null;
  /** The victim's cgroup (`task_memcg=`, `Task in X`). */
  taskPath: string | null;
  /** 'ancestor': a parent (the pod, not the container) hit its limit. */
  level: MemcgLevel | null;
  lines: number[];
}

/**
 * The cgroup whose limit was hit: `oom_memcg=` (5.0+), else `limit of X` — unless a paste cut that line, in which
 * case the first `Memory cgroup stats for X` (printed for the OOM cgroup first, then the ones below it) is whole.
 */
function oomPathOf(event: OomEvent): string | null {
  const m = event.memcg;
  if (event.constraint?.oomMemcg) return event.constraint.oomMemcg;
  const path = m?.path ?? null;
  const stats = m?.statsPath ?? null;
  if (stats !== null && (path === null || (stats.length > path.length && stats.startsWith(path)))) return stats;
  return path;
}

export function memcgOf(event: OomEvent): MemcgFact | null {
  const c = event.constraint;
  const m = event.memcg;
  const oomPath = oomPathOf(event);
  const taskPath = c?.taskMemcg ?? m?.taskPath ?? null;
  if (oomPath === null && taskPath === null) return null;
  const lines = [c?.oomMemcg != null || c?.taskMemcg != null ? c.line : null, m?.line ?? null].filter(
    (l): l is number => typeof l === 'number',
  );
  let level: MemcgLevel | null = null;
  if (oomPath !== null && taskPath !== null) {
    const parent = oomPath.endsWith('/') ? oomPath : `${oomPath}/`;
    level = oomPath === taskPath ? 'same' : taskPath.startsWith(parent) ? 'ancestor' : 'other';
  }
  return { oomPath, taskPath, level, lines: [...new Set(lines)] };
}
