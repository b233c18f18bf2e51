/**
 * Findings from the task table: who holds the memory. What a process holds is its RSS plus its page tables
 * (pgtables_bytes, or nr_ptes pages): both go when it dies. Memory a driver maps into it does not.
 * Findings never contradict: "many copies, none large" is not said next to "one process dominates".
 */
import type { Task } from '../../parse/model';
import { keyOf } from '../../kernel/version';
import { groupByName, totalRssKb } from '../consumers';
import { OOM_SCORE_ADJ_MIN, pageTablePages } from '../scoring';
import { UNLIMITED_KB } from '../../kernel/memcg';
import { type FindingContext, type Rule, finding, pct } from './context';
import {
  DOMINANT_SHARE,
  DOMINANT_SHARE_OF_MEMORY,
  MANY_COPIES_MIN,
  MANY_COPIES_SHARE,
  UNKILLABLE_SHARE_OF_MEMORY,
  UNKILLABLE_SHARE_OF_RSS,
} from './thresholds';

/** RAM for machine-wide OOMs, the cgroup limit for memcg OOMs; null when unknown. */
function referenceMemory({ event, accounting, facts }: FindingContext): { kb: number; what: 'limit' | 'ram' } | null {
  const limit = event.memcg?.memory?.limitKb;
  if (facts.scope === 'memcg' && limit && limit < UNLIMITED_KB) return { kb: limit, what: 'limit' };
  const ram = event.summary.ramPages !== null ? event.summary.ramPages * facts.pageKb : (accounting?.ramKb ?? null);
  return ram ? { kb: ram, what: 'ram' } : null;
}

/** kB a process holds in RAM that its death frees: RSS + page tables − what a driver maps into it. */
function holdKb(ctx: FindingContext, t: Task): number {
  const pageKb = ctx.facts.pageKb;
  const driverKb = ctx.driver && ctx.driver.pid === t.pid ? ctx.driver.kb : 0;
  return Math.max(0, t.rssPages * pageKb - driverKb) + pageTablePages(t, pageKb) * pageKb;
}

export const unkillableTasks: Rule = (ctx) => {
  const tasks = ctx.event.tasks?.tasks ?? [];
  const unkillable = tasks.filter((t) => t.oomScoreAdj <= OOM_SCORE_ADJ_MIN);
  if (unkillable.length === 0) return null;
  const pageKb = ctx.facts.pageKb;
  const heldKb = totalRssKb(unkillable, pageKb);
  const ref = referenceMemory(ctx);
  const allKb = totalRssKb(tasks, pageKb);
  const much = ref ? heldKb >= ref.kb * UNKILLABLE_SHARE_OF_MEMORY : heldKb >= allKb * UNKILLABLE_SHARE_OF_RSS;
  if (!much) return null;
  const biggest = [...unkillable].sort((a, b) => b.rssPages - a.rssPages).slice(0, 5);
  return finding(
    'unkillable-tasks',
    'warning',
    {
      count: unkillable.length,
      heldKb,
      reference: ref ? ref.what : 'rss',
      pct: ref ? pct(heldKb, ref.kb) : pct(heldKb, allKb),
      thresholdPct: (ref ? UNKILLABLE_SHARE_OF_MEMORY : UNKILLABLE_SHARE_OF_RSS) * 100,
    },
    biggest.map((t) => t.line),
    biggest.map((t) => ({ comm: t.name, pid: t.pid, kb: t.rssPages * pageKb })),
  );
};

/**
 * The process holding at least half of what the listed processes hold — and a real share of the memory itself
 * (RAM or the cgroup limit), so that "most" never means most of a few MiB while kernel memory fills the rest.
 */
function dominant(ctx: FindingContext): { task: Task; kb: number; allKb: number } | null {
  const tasks = ctx.event.tasks?.tasks ?? [];
  if (tasks.length < 2) return null;
  const allKb = tasks.reduce((s, t) => s + holdKb(ctx, t), 0);
  const top = tasks.reduce((a, b) => (holdKb(ctx, b) > holdKb(ctx, a) ? b : a));
  const kb = holdKb(ctx, top);
  const ref = referenceMemory(ctx);
  if (ref && kb < ref.kb * DOMINANT_SHARE_OF_MEMORY) return null;
  return allKb > 0 && kb >= allKb * DOMINANT_SHARE ? { task: top, kb, allKb } : null;
}

export const oneProcessDominates: Rule = (ctx) => {
  const d = dominant(ctx);
  if (!d) return null;
  const pageKb = ctx.facts.pageKb;
  const tablesKb = pageTablePages(d.task, pageKb) * pageKb;
  return finding(
    'one-process-dominates',
    'warning',
    {
      comm: d.task.name,
      pid: d.task.pid,
      heldKb: d.kb,
      rssKb: d.task.rssPages * pageKb,
      pageTablesKb: tablesKb,
      swapKb: d.task.swapEntries !== null ? d.task.swapEntries * pageKb : null,
      allKb: d.allKb,
      count: ctx.event.tasks?.tasks.length ?? 0,
      pct: pct(d.kb, d.allKb),
      thresholdPct: DOMINANT_SHARE * 100,
    },
    [d.task.line],
  );
};

export const manyCopies: Rule = (ctx) => {
  if (dominant(ctx)) return null;
  const tasks = ctx.event.tasks?.tasks ?? [];
  const pageKb = ctx.facts.pageKb;
  const allKb = totalRssKb(tasks, pageKb);
  const groups = groupByName(tasks, pageKb).filter((g) => {
    if (g.count < MANY_COPIES_MIN || allKb <= 0 || g.rssKb < allKb * MANY_COPIES_SHARE) return false;
    // "No single copy is large": the biggest copy must not hold most of the group.
    const biggest = Math.max(...tasks.filter((t) => t.name === g.name).map((t) => t.rssPages * pageKb));
    return biggest < g.rssKb * DOMINANT_SHARE;
  });
  if (groups.length === 0) return null;
  const pids = new Set(groups.flatMap((g) => g.pids));
  return finding(
    'many-copies',
    'info',
    { names: groups.map((g) => g.name).join(', '), allKb },
    tasks
      .filter((t) => pids.has(t.pid))
      .slice(0, 20)
      .map((t) => t.line),
    groups.map((g) => ({
      comm: g.name,
      count: g.count,
      kb: g.rssKb,
      pct: pct(g.rssKb, allKb),
      eachKb: Math.round(g.rssKb / g.count),
    })),
  );
};

export const rssIsPages: Rule = ({ event, facts }) => {
  const table = event.tasks;
  if (!table || table.tasks.length === 0) return null;
  const top = table.tasks.reduce((a, b) => (b.rssPages > a.rssPages ? b : a));
  return finding(
    'rss-is-pages',
    'info',
    {
      pageKb: facts.pageKb,
      assumed: facts.pageSizeAssumed ? 1 : 0,
      proof: facts.pageSize.proof,
      comm: top.name,
      pages: top.rssPages,
      kb: top.rssPages * facts.pageKb,
    },
    [table.headerLine, top.line, ...facts.pageSize.lines],
  );
};

/**
 * A complete report without a task table. A kernel bug that cut the report short explains missing lines
 * better than vm.oom_dump_tasks, and an incomplete paste explains them too: neither is blamed on the sysctl.
 */
export const noTaskTable: Rule = ({ event, facts }) => {
  if (!event.trigger || event.tasks || !event.complete || (event.kernelBugs?.length ?? 0) > 0) return null;
  // The table came with vm.oom_dump_tasks in 2.6.25; a header without the task's name (`oom-killer:
  // gfp_mask=...`) is older still. Before that nothing was lost, and nothing can be switched on.
  const old = event.trigger.comm === null || (facts.kernel.exact && facts.kernel.hi < keyOf('2.6.25'));
  return finding('no-task-table', 'info', { era: old ? 'pre-2.6.25' : 'sysctl' }, [event.trigger.line]);
};

export const taskTableElided: Rule = ({ event }) => {
  if (!event.tasks?.elided) return null;
  return finding('task-table-elided', 'info', { rows: event.tasks.tasks.length }, [event.tasks.headerLine]);
};
