/**
 * Check the kernel's choice of victim against our recomputed ranking, and reproduce the score it printed.
 *
 * Where the kernel printed a score (`Kill process … score S`, 2.6.36–5.0), the explanations that reproduce
 * it exactly are tried first: the era's rule as documented, then its documented variations — no root bonus (it
 * is given for CAP_SYS_ADMIN, `has_capability_noaudit(p, CAP_SYS_ADMIN)` in mm/oom_kill.c oom_badness, not for
 * uid 0: containers run as root without it), the swap a 2.6.36-era table does not print, the other reading of a
 * cgroup's totalpages (memory limit or memory+swap limit, mem_cgroup_get_limit in mm/memcontrol.c), and the
 * 2.6.36–3.4 clamp to 1000. A gap no rule explains is said to be one, not blamed on an estimate.
 */
import type { OomEvent, Task } from '../parse/model';
import type { EventFacts } from './facts';
import type { EraRule } from './kernelFacts';
import type { BadnessCheck, ScoreAdjustment, ScoreMatch, ScoredTask } from './types';
import { OOM_SCORE_ADJ_MIN, perMille, scoreTasks, type ScoreContext } from './scoring';
import { alternativeTotals, totalPagesOf, type TotalPages } from './totalPages';
import { keyOf } from '../kernel/version';

/** Printed and recomputed scores this close are the same number seen a moment apart. */
const SCORE_TOLERANCE = 2;

export function checkBadness(event: OomEvent, era: EraRule, facts: EventFacts): BadnessCheck | null {
  const victimPid = event.victim?.pid ?? event.constraint?.pid ?? null;
  const chosenPid = event.selection?.pid ?? victimPid;
  const printedScore = event.selection?.score ?? null;
  const base: BadnessCheck = {
    rule: era.rebuildable ? era.id : null,
    rebuildable: era.rebuildable,
    totalPages: null,
    totalPagesBasis: null,
    tasks: [],
    topPid: null,
    victimPid,
    chosenPid,
    printedScore,
    recomputedScore: null,
    match: null,
    adjustments: [],
    impliedSwapKb: null,
    fromKillLine: false,
    notTopReasons: [],
  };
  if (!event.tasks && victimPid === null) return null;
  if (!era.rebuildable) return { ...base, rule: era.id };
  const pageKb = facts.pageKb;
  const primary = totalPagesOf(event, pageKb, facts.scope);
  if (!primary) return base;
  // The chosen task's row: by pid, else (a thread id was printed) the process it belongs to.
  const chosenRow =
    findRow(event, chosenPid) ?? (facts.selectionToVictim.relation === 'thread' ? findRow(event, victimPid) : null);
  const rootBonusOfTotal = era.rootBonusOf ? era.rootBonusOf === 'totalpages' : facts.kernel.hi < keyOf('3.10');
  const found = reproduce(
    event,
    chosenRow,
    chosenPid,
    { era, totalPages: primary.pages, pageKb, rootBonusOfTotal },
    primary,
    printedScore,
  );
  const total = found.total;
  const ctx: ScoreContext = {
    era: found.era,
    totalPages: total.pages,
    pageKb,
    rootBonusOfTotal: found.bonusOfUsage ? false : rootBonusOfTotal,
  };
  const withTotal: BadnessCheck = {
    ...base,
    totalPages: total.pages,
    totalPagesBasis: total.basis,
    recomputedScore: found.recomputed,
    match: found.match,
    adjustments: found.adjustments,
    impliedSwapKb: found.impliedSwapKb ?? null,
    fromKillLine: chosenRow === null && found.recomputed !== null,
  };
  if (!event.tasks) return withTotal;
  const tasks = scoreTasks(event.tasks.tasks, ctx);
  const top = tasks.find((t) => t.rank === 1) ?? null;
  const chosen = chosenRow ? (tasks.find((t) => t.line === chosenRow.line) ?? null) : null;
  const check: BadnessCheck = { ...withTotal, tasks, topPid: top?.pid ?? null, chosenPid: chosen?.pid ?? chosenPid };
  return { ...check, notTopReasons: chosenIsNotTop(check) ? whyNotTop(event, top!, chosen!) : [] };
}

function findRow(event: OomEvent, pid: number | null): Task | null {
  if (pid === null) return null;
  return event.tasks?.tasks.find((t) => t.pid === pid) ?? event.tasks?.tasks.find((t) => t.tgid === pid) ?? null;
}

interface Reproduction {
  match: ScoreMatch | null;
  adjustments: ScoreAdjustment[];
  recomputed: number | null;
  era: EraRule;
  total: TotalPages;
  /** 'host-swap-total': the machine's swap the printed score implies, [lowest, highest] kB. */
  impliedSwapKb?: [number, number];
  /** 'root-bonus-of-usage': rank the tasks with the bonus taken of their own usage. */
  bonusOfUsage?: boolean;
}

/**
 * The explanation that reproduces the printed score exactly, trying the era's rule first and then, one by one
 * and together, the documented variations (see ScoreAdjustment); else the era's rule as is.
 */
function reproduce(
  event: OomEvent,
  row: Task | null,
  pid: number | null,
  ctx: ScoreContext,
  primary: TotalPages,
  printed: number | null,
): Reproduction {
  const clamp = ctx.era.id === 'per-mille-2.6.36';
  const score = (
    era: EraRule,
    total: TotalPages,
    extraSwap: number,
    bonusOfTotal = ctx.rootBonusOfTotal,
  ): number | null => {
    const c = { ...ctx, era, totalPages: total.pages, rootBonusOfTotal: bonusOfTotal };
    const task = row && extraSwap > 0 ? { ...row, swapEntries: (row.swapEntries ?? 0) + extraSwap } : row;
    const points = task ? scoreTasks([task], c)[0].points : pointsFromKillLine(event, pid, total.pages, ctx.pageKb);
    return points === null ? null : perMille(points, total.pages);
  };
  const asIs = score(ctx.era, primary, 0);
  const plain: Reproduction = { match: null, adjustments: [], recomputed: asIs, era: ctx.era, total: primary };
  if (printed === null || asIs === null) return plain;
  const bonus = ctx.era.rootBonusPercent > 0 && (row?.uid ?? event.victim?.uid ?? null) === 0;
  const swap = cgroupSwapPages(event, row, ctx.pageKb);
  const totals: [TotalPages, ScoreAdjustment | null][] = [
    [primary, null],
    ...alternativeTotals(event, ctx.pageKb, primary).map((t): [TotalPages, ScoreAdjustment] => [t, totalAdjustment(t)]),
  ];
  // The bonus as the era documents it; then (3.10.y/3.13.y stable took the 3.14 change) as 3 % of the task's own
  // usage; then none at all (the task lacked CAP_SYS_ADMIN).
  const bonuses: ('era' | 'of-usage' | 'none')[] = !bonus
    ? ['era']
    : ctx.rootBonusOfTotal
      ? ['era', 'of-usage', 'none']
      : ['era', 'none'];
  for (const [total, totalAdj] of totals) {
    for (const b of bonuses) {
      for (const extra of swap > 0 ? [0, swap] : [0]) {
        const era = b === 'none' ? { ...ctx.era, rootBonusPercent: 0 } : ctx.era;
        const raw = score(era, total, extra, b === 'of-usage' ? false : ctx.rootBonusOfTotal);
        if (raw === null) continue;
        const value = clamp ? Math.max(1, Math.min(1000, raw)) : raw;
        if (value !== printed) continue;
        const adjustments: ScoreAdjustment[] = [];
        if (totalAdj) adjustments.push(totalAdj);
        if (b === 'of-usage') adjustments.push('root-bonus-of-usage');
        if (b === 'none') adjustments.push('no-root-bonus');
        if (extra > 0) adjustments.push('cgroup-swap');
        if (value !== raw) adjustments.push('clamped');
        return { match: 'exact', adjustments, recomputed: value, era, total, bonusOfUsage: b === 'of-usage' };
      }
    }
  }
  const implied = impliedHostSwap(row, ctx, primary, printed, bonus);
  if (implied) return implied;
  return { ...plain, match: Math.abs(asIs - printed) <= SCORE_TOLERANCE ? 'close' : 'differs' };
}

/**
 * A cgroup without a memory+swap limit: kernels of this era add the machine's swap to its totalpages when its
 * swappiness allows swapping (mem_cgroup_get_limit: limit + total_swap_pages). The machine's swap is not in a
 * memcg report, but the printed score pins it: totalpages is the largest T with points × 1000 / T = printed.
 */
function impliedHostSwap(
  row: Task | null,
  ctx: ScoreContext,
  primary: TotalPages,
  printed: number,
  bonus: boolean,
): Reproduction | null {
  if (primary.basis !== 'memcg-limit-swap-unknown' || !row || printed <= 0) return null;
  for (const dropBonus of bonus ? [false, true] : [false]) {
    const era = dropBonus ? { ...ctx.era, rootBonusPercent: 0 } : ctx.era;
    // Points do not depend on totalpages unless oom_score_adj or the ≤3.13 root bonus scale with it.
    if (row.oomScoreAdj !== 0 || (era.rootBonusPercent > 0 && ctx.rootBonusOfTotal && row.uid === 0)) continue;
    const points = scoreTasks([row], { ...ctx, era })[0].points;
    if (points === null || points <= 0) continue;
    const highest = Math.floor((points * 1000) / printed);
    const lowest = Math.floor((points * 1000) / (printed + 1)) + 1;
    if (highest < primary.pages || perMille(points, highest) !== printed) continue;
    const total: TotalPages = { pages: highest, basis: 'memcg-limit-host-swap', lines: primary.lines };
    const adjustments: ScoreAdjustment[] = ['host-swap-total'];
    if (dropBonus) adjustments.push('no-root-bonus');
    return {
      match: 'exact',
      adjustments,
      recomputed: printed,
      era,
      total,
      impliedSwapKb: [Math.max(0, lowest - primary.pages) * ctx.pageKb, (highest - primary.pages) * ctx.pageKb],
    };
  }
  return null;
}

function totalAdjustment(t: TotalPages): ScoreAdjustment {
  return t.basis === 'memcg-limit'
    ? 'memory-limit-total'
    : t.basis === 'memcg-memsw-limit'
      ? 'memsw-limit-total'
      : 'ram-total';
}

/**
 * Swap the era counts but its task table does not print (2.6.36–3.5 tables have no swapents column): for the
 * only task of a cgroup v1 with memory+swap accounting, its swap is memory+swap usage minus memory usage.
 */
function cgroupSwapPages(event: OomEvent, row: Task | null, pageKb: number): number {
  const memcg = event.memcg;
  if (!row || row.swapEntries !== null || event.tasks?.tasks.length !== 1) return 0;
  if (!memcg?.memory || !memcg.memsw || memcg.memsw.usageKb <= memcg.memory.usageKb) return 0;
  return Math.floor((memcg.memsw.usageKb - memcg.memory.usageKb) / pageKb);
}

/** The chosen task is not the top candidate by more than rounding (the condition of `victim-not-top-score`). */
export function chosenIsNotTop(check: BadnessCheck): boolean {
  if (check.topPid === null || check.chosenPid == null || check.topPid === check.chosenPid) return false;
  const chosen = check.tasks.find((t) => t.pid === check.chosenPid);
  const top = check.tasks.find((t) => t.pid === check.topPid);
  return chosen?.points != null && top?.points != null && top.points > chosen.points;
}

function whyNotTop(event: OomEvent, top: ScoredTask, chosen: ScoredTask): string[] {
  const reasons: string[] = [];
  const message = `${event.selection?.message ?? ''} ${event.victim?.message ?? ''}`;
  if (/oom_kill_allocating_task/.test(message)) reasons.push('kill-allocating-task');
  if (chosen.points === null) reasons.push('unkillable-in-table');
  const gap = (top.points ?? 0) - (chosen.points ?? 0);
  if (gap >= 0 && gap <= Math.max(1, (top.points ?? 0) * 0.02)) reasons.push('within-2pct');
  reasons.push('not-visible');
  return reasons;
}

/** Badness of the killed task from its `Killed process` line (kB values), when its table row is missing. */
function pointsFromKillLine(event: OomEvent, pid: number | null, totalPages: number, pageKb: number): number | null {
  const v = event.victim;
  if (!v || v.pid !== pid || v.anonRssKb === null) return null;
  const rssKb = v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0) + (v.pgtablesKb ?? 0);
  return Math.floor(rssKb / pageKb) + (v.oomScoreAdj ?? 0) * Math.floor(totalPages / 1000);
}

/** The task holding the most memory, when it is ineligible (oom_score_adj −1000) and so never a candidate. */
export function passedOver(event: OomEvent, top: ScoredTask | null): Task | null {
  const biggest = (event.tasks?.tasks ?? []).reduce<Task | null>(
    (a, b) => (a === null || b.rssPages > a.rssPages ? b : a),
    null,
  );
  if (!biggest || !top || biggest.pid === top.pid || biggest.oomScoreAdj > OOM_SCORE_ADJ_MIN) return null;
  return biggest;
}
