/**
 * Recompute oom_badness() per task with the rule of the event's kernel era (docs/kernel/badness.md §1):
 *   points = rss + swapents + page-table pages   (what the era counts)
 *            − root bonus (3 %, ≤4.16, for CAP_SYS_ADMIN: the log shows only the uid, so uid 0 is the
 *              candidate and badness.ts drops the bonus where that reproduces the printed score)
 *            + oom_score_adj × (totalpages / 1000)
 * oom_score_adj −1000 means never eligible. Before 2.6.36 the heuristic used virtual size, CPU
 * time, run time and nice, which the log does not carry, so it cannot be rebuilt.
 * 5.9+ keeps negative points; older kernels clamp them to 1 (only ties at the bottom change).
 */
import type { Task } from '../parse/model';
import type { EraRule } from './kernelFacts';
import type { ScoredTask } from './types';

export const OOM_SCORE_ADJ_MIN = -1000;

/** Page-table pages as the era counted them: pgtables_bytes/PAGE_SIZE (4.15+) or nr_ptes (+ nr_pmds). */
export function pageTablePages(task: Task, pageKb: number): number {
  if (task.pgtablesBytes !== null) return Math.floor(task.pgtablesBytes / (pageKb * 1024));
  return (task.nrPtes ?? 0) + (task.nrPmds ?? 0);
}

export interface ScoreContext {
  era: EraRule;
  totalPages: number;
  pageKb: number;
  /** Before 3.10 the root bonus was 3 % of totalpages; from 3.10.y/3.14 3 % of the task's own points. */
  rootBonusOfTotal: boolean;
}

/** Badness in pages, or null for an unkillable task. */
export function taskPoints(task: Task, ctx: ScoreContext): number | null {
  if (task.oomScoreAdj <= OOM_SCORE_ADJ_MIN) return null;
  let points = task.rssPages;
  if (ctx.era.countsSwap) points += task.swapEntries ?? 0;
  if (ctx.era.countsPageTables) points += pageTablePages(task, ctx.pageKb);
  if (ctx.era.rootBonusPercent > 0 && task.uid === 0) {
    const base = ctx.rootBonusOfTotal ? ctx.totalPages : points;
    points -= Math.floor((base * ctx.era.rootBonusPercent) / 100);
  }
  points += task.oomScoreAdj * Math.floor(ctx.totalPages / 1000);
  return ctx.era.signed === false && points <= 0 ? 1 : points;
}

/** The normalised 0–1000 scale the kernel printed in `Kill process … score S` (chosen_points*1000/totalpages). */
export function perMille(points: number, totalPages: number): number {
  return totalPages > 0 ? Math.floor((points * 1000) / totalPages) : 0;
}

/** Score and rank every listed task; killable tasks ranked by points, ties in table order. */
export function scoreTasks(tasks: Task[], ctx: ScoreContext): ScoredTask[] {
  const scored = tasks.map((task) => {
    const points = taskPoints(task, ctx);
    return {
      pid: task.pid,
      name: task.name,
      points,
      score: points === null ? null : perMille(points, ctx.totalPages),
      rank: null as number | null,
      line: task.line,
    };
  });
  const ranked = scored.filter((t) => t.points !== null).sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
  ranked.forEach((t, i) => (t.rank = i + 1));
  return scored;
}

/** "3.13.0-86-generic" → [3, 13]; null when unreadable. */
export function versionOf(release: string | null | undefined): [number, number] | null {
  const m = /^(\d+)\.(\d+)/.exec(release ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}
