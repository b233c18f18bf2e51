/** Creating an empty event and deciding its kind once it is closed. */
import type { EventKind, LogLine, OomEvent } from '../model';
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

/** A report is complete when it runs from the trigger line to a kill, panic or "no killable" line. */
export function isComplete(event: OomEvent): boolean {
  return event.trigger !== null && (event.victim !== null || event.panic !== null || event.noKillable);
}
