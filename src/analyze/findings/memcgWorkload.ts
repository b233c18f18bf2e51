/**
 * A cgroup limit far below what the workload itself holds (a 5 MiB limit for a JVM; a 980 kB limit while the
 * task keeps 31.8 GiB in swap). Raising the limit, not hunting a leak, is the fix. The limit that binds is the
 * memory+swap limit when one is set (cgroup v1 memsw), else the memory limit.
 */
import { pageTablePages } from '../scoring';
import { UNLIMITED_KB } from '../../kernel/memcg';
import { type Rule, finding } from './context';
import { WORKLOAD_OVER_LIMIT } from './thresholds';

export const memcgLimitBelowWorkload: Rule = ({ event, facts }) => {
  if (facts.scope !== 'memcg') return null;
  const memory = event.memcg?.memory;
  if (!memory || memory.limitKb <= 0 || memory.limitKb >= UNLIMITED_KB) return null;
  const memsw = event.memcg?.memsw;
  const swapLimited = memsw && memsw.limitKb < UNLIMITED_KB && memsw.limitKb >= memory.limitKb;
  const limitKb = swapLimited ? memsw.limitKb : memory.limitKb;
  const pageKb = facts.pageKb;
  const table = event.tasks;
  let workloadKb: number;
  let swapKb = 0;
  let lines: number[];
  if (table && !table.elided && table.tasks.length > 0) {
    workloadKb = table.tasks.reduce(
      (s, t) => s + (t.rssPages + (t.swapEntries ?? 0) + pageTablePages(t, pageKb)) * pageKb,
      0,
    );
    swapKb = table.tasks.reduce((s, t) => s + (t.swapEntries ?? 0) * pageKb, 0);
    lines = table.tasks.slice(0, 5).map((t) => t.line);
  } else if (event.victim && event.victim.anonRssKb !== null) {
    const v = event.victim;
    workloadKb = (v.anonRssKb ?? 0) + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0);
    lines = [v.line];
  } else return null;
  if (workloadKb < limitKb * WORKLOAD_OVER_LIMIT) return null;
  const largest = table?.tasks.reduce((a, b) =>
    b.rssPages + (b.swapEntries ?? 0) > a.rssPages + (a.swapEntries ?? 0) ? b : a,
  );
  return finding(
    'memcg-limit-below-workload',
    'warning',
    {
      limitKb,
      limitKind: swapLimited ? 'memsw' : 'memory',
      workloadKb,
      swapKb,
      ratio: Math.round((workloadKb / limitKb) * 10) / 10,
      comm: largest?.name ?? event.victim?.comm ?? null,
      totalVmKb: largest ? largest.totalVmPages * pageKb : (event.victim?.totalVmKb ?? null),
      path: facts.memcg?.oomPath ?? null,
    },
    [memory.line, swapLimited ? memsw.line : null, ...lines],
  );
};
