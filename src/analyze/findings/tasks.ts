/** Findings from the task table: who holds the memory. */
import { groupByName, totalRssKb } from '../consumers';
import { formatKb } from '../request';
import { OOM_SCORE_ADJ_MIN } from '../scoring';
import { isMemcgOom, UNLIMITED_KB } from '../totalPages';
import { type FindingContext, type Rule, finding, percent } from './context';

/** −1000 tasks are "much" when together they hold this share of RAM (or of the cgroup limit)… */
export const UNKILLABLE_SHARE_OF_MEMORY = 0.1;
/** …or, when neither is known, this share of all listed task RSS. */
export const UNKILLABLE_SHARE_OF_RSS = 0.25;
/** One process dominates when it holds at least half of all listed RSS. */
export const DOMINANT_SHARE = 0.5;
/** Many copies: at least this many tasks of one name… */
export const MANY_COPIES_MIN = 5;
/** …holding together at least this share of all listed RSS. */
export const MANY_COPIES_SHARE = 0.25;

/** RAM for global OOMs, the cgroup limit for memcg OOMs; null when unknown. */
function referenceMemory({ event, accounting }: FindingContext): { kb: number; what: string } | null {
  const limit = event.memcg?.memory?.limitKb;
  if (isMemcgOom(event) && limit && limit < UNLIMITED_KB) return { kb: limit, what: 'the cgroup limit' };
  return accounting?.ramKb ? { kb: accounting.ramKb, what: 'RAM' } : null;
}

export const unkillableTasks: Rule = (ctx) => {
  const tasks = ctx.event.tasks?.tasks ?? [];
  const unkillable = tasks.filter((t) => t.oomScoreAdj <= OOM_SCORE_ADJ_MIN);
  if (unkillable.length === 0) return null;
  const heldKb = totalRssKb(unkillable, ctx.pageKb);
  const ref = referenceMemory(ctx);
  const allKb = totalRssKb(tasks, ctx.pageKb);
  const much = ref ? heldKb >= ref.kb * UNKILLABLE_SHARE_OF_MEMORY : heldKb >= allKb * UNKILLABLE_SHARE_OF_RSS;
  if (!much) return null;
  const share = ref
    ? `${percent(heldKb, ref.kb)} of ${ref.what} (threshold ${UNKILLABLE_SHARE_OF_MEMORY * 100} %)`
    : `${percent(heldKb, allKb)} of all listed RSS (threshold ${UNKILLABLE_SHARE_OF_RSS * 100} %)`;
  const biggest = [...unkillable].sort((a, b) => b.rssPages - a.rssPages).slice(0, 5);
  return finding(
    'unkillable-tasks',
    'warning',
    'Unkillable tasks hold much of the memory',
    `${unkillable.length} task(s) with oom_score_adj −1000 hold ${formatKb(heldKb)} resident, ${share}. The OOM killer can never pick them, so it must kill something else, possibly repeatedly. Largest: ${biggest.map((t) => `${t.name} (pid ${t.pid}, ${formatKb(t.rssPages * ctx.pageKb)})`).join(', ')}.`,
    biggest.map((t) => t.line),
  );
};

export const oneProcessDominates: Rule = ({ event, pageKb }) => {
  const tasks = event.tasks?.tasks ?? [];
  if (tasks.length < 2) return null;
  const allKb = totalRssKb(tasks, pageKb);
  const top = tasks.reduce((a, b) => (b.rssPages > a.rssPages ? b : a));
  const topKb = top.rssPages * pageKb;
  if (allKb <= 0 || topKb < allKb * DOMINANT_SHARE) return null;
  return finding(
    'one-process-dominates',
    'warning',
    `One process holds most of the memory: ${top.name}`,
    `${top.name} (pid ${top.pid}) has ${top.rssPages} pages resident = ${formatKb(topKb)}, ${percent(topKb, allKb)} of the ${formatKb(allKb)} held by all ${tasks.length} listed tasks (threshold ${DOMINANT_SHARE * 100} %). Check it for a leak or a limit that is too generous.`,
    [top.line],
  );
};

export const manyCopies: Rule = ({ event, pageKb }) => {
  const tasks = event.tasks?.tasks ?? [];
  const allKb = totalRssKb(tasks, pageKb);
  const groups = groupByName(tasks, pageKb).filter(
    (g) => g.count >= MANY_COPIES_MIN && allKb > 0 && g.rssKb >= allKb * MANY_COPIES_SHARE,
  );
  if (groups.length === 0) return null;
  const text = groups
    .map(
      (g) =>
        `${g.count} × ${g.name} hold ${formatKb(g.rssKb)} together (${percent(g.rssKb, allKb)} of listed RSS, ${formatKb(g.rssKb / g.count)} each on average)`,
    )
    .join('; ');
  const pids = new Set(groups.flatMap((g) => g.pids));
  return finding(
    'many-copies',
    'info',
    `Many copies of ${groups.map((g) => g.name).join(', ')}`,
    `${text}. No single copy is large, so killing one frees little: the number of workers (or their per-worker memory) is the thing to limit.`,
    tasks
      .filter((t) => pids.has(t.pid))
      .slice(0, 20)
      .map((t) => t.line),
  );
};

export const rssIsPages: Rule = ({ event, pageKb, accounting }) => {
  const table = event.tasks;
  if (!table || table.tasks.length === 0) return null;
  const top = table.tasks.reduce((a, b) => (b.rssPages > a.rssPages ? b : a));
  const assumed = accounting?.pageSizeAssumed ? ' (page size assumed: the log does not show it)' : '';
  return finding(
    'rss-is-pages',
    'info',
    'Task-table memory columns are pages, not kB',
    `total_vm, rss, nr_ptes and swapents are counted in pages of ${pageKb} kB${assumed}; pgtables_bytes is bytes. For example ${top.name}'s rss ${top.rssPages} means ${formatKb(top.rssPages * pageKb)}.`,
    [table.headerLine, top.line],
  );
};

export const noTaskTable: Rule = ({ event }) => {
  if (!event.trigger || event.tasks || event.kind === 'fragment') return null;
  // A header without the task's name (`oom-killer: gfp_mask=...`) is older than the table itself,
  // which came with vm.oom_dump_tasks in 2.6.25: nothing was lost, and nothing can be switched on.
  const why =
    event.trigger.comm === null
      ? 'The header names no task (`oom-killer: gfp_mask=...`): an early 2.6 kernel, older than the per-process table (it came with vm.oom_dump_tasks in 2.6.25)'
      : 'The report has no per-process table (vm.oom_dump_tasks=0, or the lines were lost)';
  return finding(
    'no-task-table',
    'info',
    'No task table in the report',
    `${why}, so the victim choice cannot be checked and the largest consumers are unknown.`,
    [event.trigger.line],
  );
};

export const taskTableElided: Rule = ({ event }) => {
  if (!event.tasks?.elided) return null;
  return finding(
    'task-table-elided',
    'info',
    'The task table is incomplete',
    `Rows of the task table are missing (an elision marker or a cut paste); ${event.tasks.tasks.length} rows remain. Sums and rankings cover only the rows shown.`,
    [event.tasks.headerLine],
  );
};
