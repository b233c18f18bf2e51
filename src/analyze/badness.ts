/**
 * Check the kernel's choice of victim against our recomputed ranking, and say why when they differ.
 */
import type { OomEvent, Task } from '../parse/model';
import type { EraRule } from './kernelFacts';
import type { BadnessCheck, ScoredTask } from './types';
import { OOM_SCORE_ADJ_MIN, perMille, scoreTasks, versionOf } from './scoring';
import { isMemcgOom, totalPagesOf } from './totalPages';

const KILL_LINE_ESTIMATE =
  ' (estimated from the Killed process line, as the task table has no row for it: swap entries and, before 5.4, page tables are not on that line)';

/** Printed and recomputed scores this close are the same number seen through estimated totalpages. */
const SCORE_TOLERANCE = 2;

export function checkBadness(event: OomEvent, era: EraRule, pageKb: number): BadnessCheck | null {
  const victimPid = event.victim?.pid ?? event.constraint?.pid ?? null;
  const chosenPid = event.selection?.pid ?? victimPid;
  const printedScore = event.selection?.score ?? null;
  const base = { victimPid, chosenPid, printedScore, recomputedScore: null as number | null };
  if (!event.tasks && victimPid === null) return null;
  if (!era.rebuildable) {
    return {
      ...base,
      rule: null,
      totalPages: null,
      totalPagesBasis: null,
      tasks: [],
      topPid: null,
      explanation:
        `This kernel's badness() heuristic (era ${era.id}) used virtual size, CPU time, run time, nice and capabilities, which the log does not print, so the score cannot be rebuilt.` +
        (printedScore !== null
          ? ` The printed score ${printedScore} is that raw heuristic value, not a share of memory.`
          : ''),
    };
  }
  const total = totalPagesOf(event, pageKb);
  if (!event.tasks || !total) {
    const estimate = total ? pointsFromKillLine(event, chosenPid, total.pages, pageKb) : null;
    const recomputedScore = estimate !== null && total ? perMille(estimate, total.pages) : null;
    const why = !event.tasks
      ? 'No task table was printed, so the choice cannot be checked.'
      : 'The total memory (RAM, swap or cgroup limit) is not in the log, so scores cannot be scaled.';
    return {
      ...base,
      recomputedScore,
      rule: era.description,
      totalPages: total?.pages ?? null,
      totalPagesBasis: total?.basis ?? null,
      tasks: [],
      topPid: null,
      explanation: [why, scoreComparison(printedScore, recomputedScore, total?.basis ?? '', KILL_LINE_ESTIMATE)]
        .filter(Boolean)
        .join(' '),
    };
  }
  const version = versionOf(event.kernel?.version);
  const rootBonusOfTotal = era.rootBonusOf
    ? era.rootBonusOf === 'totalpages'
    : version !== null && (version[0] < 3 || (version[0] === 3 && version[1] < 10));
  const tasks = scoreTasks(event.tasks.tasks, { era, totalPages: total.pages, pageKb, rootBonusOfTotal });
  const top = tasks.find((t) => t.rank === 1) ?? null;
  const chosen = tasks.find((t) => t.pid === chosenPid) ?? null;
  const fromKillLine = chosen ? null : pointsFromKillLine(event, chosenPid, total.pages, pageKb);
  const chosenPoints = chosen ? chosen.points : fromKillLine;
  const recomputedScore = chosenPoints != null ? perMille(chosenPoints, total.pages) : null;
  const estimated = fromKillLine !== null ? KILL_LINE_ESTIMATE : '';
  const explanation = [
    choiceExplanation(event, tasks, top, chosen),
    scoreComparison(printedScore, recomputedScore, total.basis, estimated),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...base,
    recomputedScore,
    rule: era.description,
    totalPages: total.pages,
    totalPagesBasis: total.basis,
    tasks,
    topPid: top?.pid ?? null,
    explanation,
  };
}

/** The chosen task is not the top candidate by more than rounding (the condition of `victim-not-top-score`). */
export function chosenIsNotTop(check: BadnessCheck): boolean {
  if (check.topPid === null || check.chosenPid == null || check.topPid === check.chosenPid) return false;
  const chosen = check.tasks.find((t) => t.pid === check.chosenPid);
  const top = check.tasks.find((t) => t.pid === check.topPid);
  return chosen?.points != null && top?.points != null && top.points > chosen.points;
}

function who(t: ScoredTask | { name: string; pid: number }): string {
  return `${t.name} (pid ${t.pid})`;
}

function choiceExplanation(
  event: OomEvent,
  tasks: ScoredTask[],
  top: ScoredTask | null,
  chosen: ScoredTask | null,
): string {
  const victim = event.victim;
  const child =
    event.selection && victim && event.selection.pid !== victim.pid
      ? ` It then killed ${who({ name: victim.comm, pid: victim.pid })} instead: before 5.1 the kernel sacrificed a child with its own memory before the selected parent.`
      : '';
  if (!top) return 'Every listed task has oom_score_adj −1000: none was eligible.';
  const chosenName = event.selection
    ? who({ name: event.selection.comm, pid: event.selection.pid })
    : victim
      ? who({ name: victim.comm, pid: victim.pid })
      : null;
  if (!chosenName) return `The top candidate is ${who(top)}; the log does not say whom the kernel killed.`;
  if (chosen && chosen.pid === top.pid) {
    return `The kernel chose ${chosenName}, the task with the highest recomputed score (${top.points} pages, ${top.score}‰ of total).${child}${passedOver(event, top)}${scope(event)}`;
  }
  if (!chosen) {
    const cut = event.tasks?.elided ? ' (the table was cut, so it may be in the missing rows)' : '';
    return `${chosenName} is not in the printed task table${cut}; the top listed candidate is ${who(top)}.${child}`;
  }
  const reasons: string[] = [];
  const message = `${event.selection?.message ?? ''} ${victim?.message ?? ''}`;
  if (/oom_kill_allocating_task/.test(message))
    reasons.push('vm.oom_kill_allocating_task=1 makes the kernel kill the task that asked, whatever its score');
  if (chosen.points === null)
    reasons.push('the chosen task has oom_score_adj −1000 in the table; its value may have changed after the choice');
  const gap = (top.points ?? 0) - (chosen.points ?? 0);
  if (gap >= 0 && gap <= Math.max(1, (top.points ?? 0) * 0.02)) {
    reasons.push('the two scores are within 2 %: the table is printed after the choice, and memory moved in between');
  }
  reasons.push(
    `the log cannot show whether ${who(top)} was already exiting or being reaped (the kernel skips those), was in vfork, or was outside the allowed scope${isMemcgOom(event) ? ' (the cgroup)' : ''}`,
  );
  const rank =
    chosen.rank !== null ? `ranked ${chosen.rank} of ${tasks.filter((t) => t.rank !== null).length}` : 'not eligible';
  return `The kernel chose ${chosenName}, ${rank} by recomputed score (${chosen.points ?? '—'} pages vs ${top.points} for ${who(top)}). Possible reasons: ${reasons.join('; ')}.${child}`;
}

/** The task holding the most memory may be ineligible (oom_score_adj −1000): say so, it surprises people. */
function passedOver(event: OomEvent, top: ScoredTask): string {
  const biggest = (event.tasks?.tasks ?? []).reduce<Task | null>(
    (a, b) => (a === null || b.rssPages > a.rssPages ? b : a),
    null,
  );
  if (!biggest || biggest.pid === top.pid || biggest.oomScoreAdj > OOM_SCORE_ADJ_MIN) return '';
  return ` ${who(biggest)} holds more memory but has oom_score_adj −1000, so it was never a candidate.`;
}

function scope(event: OomEvent): string {
  return isMemcgOom(event) ? ' Only tasks of the cgroup are listed and considered.' : '';
}

/** Badness of the killed task from its `Killed process` line (kB values), when its table row is missing. */
function pointsFromKillLine(event: OomEvent, pid: number | null, totalPages: number, pageKb: number): number | null {
  const v = event.victim;
  if (!v || v.pid !== pid || v.anonRssKb === null) return null;
  const rssKb = v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0) + (v.pgtablesKb ?? 0);
  return Math.floor(rssKb / pageKb) + (v.oomScoreAdj ?? 0) * Math.floor(totalPages / 1000);
}

function scoreComparison(printed: number | null, recomputed: number | null, basis: string, estimated: string): string {
  if (printed === null || recomputed === null) return '';
  if (Math.abs(printed - recomputed) <= SCORE_TOLERANCE) {
    return `The kernel printed score ${printed}; we recompute ${recomputed}${estimated} (totalpages from ${basis}).`;
  }
  return `The kernel printed score ${printed}; we recompute ${recomputed}${estimated}. The gap comes from totalpages estimated from ${basis} (the kernel's exact value is not printed) or memory that changed while the report was printed.`;
}
