/**
 * Turns a parsed event and its analysis into the small EventSummary the event list shows: ids and params,
 * never sentences (the page renders them in the reader's language). Pure, so the mapping (which victim line
 * wins, which severity is "worst") is unit-tested.
 */
import type { OomEvent } from '../parse/model';
import type { EventAnalysis, FindingSeverity } from '../analyze/types';
import type { EventSummary } from './protocol';

const SEVERITY_RANK: Record<FindingSeverity, number> = { info: 0, warning: 1, critical: 2 };

export function worstSeverity(analysis: EventAnalysis): FindingSeverity | null {
  let worst: FindingSeverity | null = null;
  for (const f of analysis.findings) {
    if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  }
  return worst;
}

/**
 * The killed task. `Killed process` is the kernel's last word; older kernels may only have printed the
 * `Kill process … or sacrifice child` selection, 5.0+ the `oom-kill:` constraint line (a cut paste can
 * keep either one alone).
 */
export function victimOf(event: OomEvent): { comm: string; pid: number } | null {
  if (event.victim) return { comm: event.victim.comm, pid: event.victim.pid };
  if (event.selection) return { comm: event.selection.comm, pid: event.selection.pid };
  const c = event.constraint;
  if (c && c.task !== null && c.pid !== null) return { comm: c.task, pid: c.pid };
  return null;
}

/** Who asked for memory. The pid comes from the `CPU: … PID:` line that follows the trigger line. */
export function triggerOf(event: OomEvent): EventSummary['trigger'] {
  if (!event.trigger) return null;
  return { comm: event.trigger.comm, pid: event.trigger.pid ?? event.kernel?.pid ?? null };
}

export function toEventSummary(event: OomEvent, analysis: EventAnalysis): EventSummary {
  return {
    index: event.index,
    kind: analysis.facts.kind,
    scope: analysis.facts.scope,
    complete: event.complete,
    firstLine: event.firstLine,
    lastLine: event.lastLine,
    time: event.time,
    trigger: triggerOf(event),
    victim: victimOf(event),
    order: event.trigger?.order ?? null,
    requestKb: analysis.requestKb,
    headline: analysis.headline,
    worstSeverity: worstSeverity(analysis),
    findingIds: analysis.findings.map((f) => f.id),
  };
}
