/** Creating an empty event and, once it is closed, its kind, the cuts its lines prove and its completeness. */
import type { CutMark, EventKind, LogLine, OomEvent } from '../model';
import { emptyEvent } from './emptyEvent';

export function newEvent(index: number, first: LogLine): OomEvent {
  return emptyEvent({ index, firstLine: first.line, lastLine: first.line, time: first.time, uptime: first.uptime });
}

/**
 * sysrq wins (order=-1 is only ever a forced OOM), then memory-cgroup evidence, then the
 * constraint the kernel named. 5.0/5.1 printed CONSTRAINT_NONE for memcg OOMs (docs/kernel/oom-report.md §3b),
 * so `oom_memcg=` and the memcg sections count as evidence on their own.
 */
export function decideKind(event: OomEvent, sawMemcgKillMessage: boolean): EventKind {
  if (!event.trigger) return 'fragment';
  if (event.trigger.order === -1) return 'sysrq';
  const constraint = event.constraint?.constraint ?? null;
  const memcgEvidence =
    event.memcg !== null ||
    constraint === 'CONSTRAINT_MEMCG' ||
    sawMemcgKillMessage ||
    (event.constraint?.oomMemcg ?? null) !== null;
  if (memcgEvidence) return 'memcg';
  if (constraint === 'CONSTRAINT_CPUSET') return 'cpuset';
  if (constraint === 'CONSTRAINT_MEMORY_POLICY') return 'mempolicy';
  return 'global';
}

/**
 * A report is complete when it runs from the trigger line to a kill, panic or "no killable" line and
 * nothing inside it was cut out (an elision, a grep gap, a pager cut, a log-level filter).
 */
export function isComplete(event: OomEvent): boolean {
  const ends = event.victim !== null || event.panic !== null || event.noKillable;
  return event.trigger !== null && ends && (event.cuts?.length ?? 0) === 0;
}

/** Adds a cut at `line` unless one is there already. */
export function addCut(event: OomEvent, kind: CutMark['kind'], line: number): void {
  const cuts = (event.cuts ??= []);
  if (!cuts.some((c) => c.line === line)) cuts.push({ kind, line });
}

const GLOBAL_MESSAGE = /^Out of memory/;
const MEMCG_MESSAGE = /^Memory cgroup out of memory/;

/**
 * The cuts a closed report's own lines prove, where no mark was left (the kernel prints these blocks
 * whenever it prints the ones around them; docs: ../shared/kernel/OOM-FORMAT.md §1 "Log levels", §2):
 * - a task table header without a row above a kill: the victim is always one of the rows (grep kept the
 *   header, not the rows);
 * - a kill line of a system-wide OOM (`Out of memory: …`) with a stack or a task table but no memory dump:
 *   show_mem runs between them;
 * - a 5.0+ report with its header and kill line but no `oom-kill:` summary (pr_info), or a memcg kill
 *   without the cgroup's usage lines (pr_info): the KERN_INFO lines were filtered out
 *   (`journalctl -p warning`, `dmesg -l warn,err`).
 */
export function provenCuts(e: OomEvent): void {
  if (e.tasks && e.tasks.tasks.length === 0 && e.victim) addCut(e, 'gap', e.tasks.headerLine);
  const kill = e.selection ?? e.victim;
  const message = e.selection?.message || e.victim?.message || '';
  const hasDump = e.memInfo !== null || e.zones.length > 0 || e.nodes.length > 0;
  if (kill && e.trigger && GLOBAL_MESSAGE.test(message) && !hasDump && (e.tasks || e.callTrace.length > 0)) {
    addCut(e, 'gap', e.tasks?.headerLine ?? e.constraint?.line ?? kill.line);
  }
  if (!e.trigger || !e.victim) return;
  if (e.constraint === null && releaseAtLeast(e.kernel?.version ?? null, 5, 0)) addCut(e, 'filter', e.victim.line);
  else if (e.memcg === null && MEMCG_MESSAGE.test(message)) addCut(e, 'filter', e.victim.line);
}

/** Whether a kernel release (`5.15.0-91-generic`) is at least major.minor; false when unknown. */
export function releaseAtLeast(version: string | null, major: number, minor: number): boolean {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}
