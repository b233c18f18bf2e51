/** Findings about where the memory was: a cgroup limit, or kernel memory. */
import { formatKb } from '../request';
import { isMemcgOom } from '../totalPages';
import { type Rule, finding, percent } from './context';

export const memcgLimit: Rule = ({ event, accounting }) => {
  if (!isMemcgOom(event)) return null;
  const m = accounting?.memcg ?? null;
  const path = m?.path ?? event.constraint?.oomMemcg ?? event.memcg?.path ?? 'a cgroup';
  const usage =
    m?.usageKb != null && m.limitKb != null
      ? ` It used ${formatKb(m.usageKb)} of its ${formatKb(m.limitKb)} limit (${m.percentOfLimit} %)${event.memcg?.memory?.failcnt != null ? `, after ${event.memcg.memory.failcnt} failed charges (failcnt)` : ''}.`
      : '';
  const over =
    m?.usageKb != null && m.limitKb != null && m.usageKb > m.limitKb
      ? ' Usage is above the limit: the limit was lowered below what the cgroup already held, so the kernel had to reclaim or kill to get under it.'
      : '';
  const stats =
    m && m.largestStats.length > 0
      ? ` Largest: ${m.largestStats.map((s) => `${s.key} ${formatKb(s.kb)}`).join(', ')}.`
      : '';
  return finding(
    'memcg-limit',
    'critical',
    `Cgroup ${path} hit its memory limit`,
    `This OOM was inside the memory cgroup ${path}, not the whole machine: the host may have had plenty of free memory.${usage}${over}${stats} Raise the cgroup's limit (memory.max / memory.limit_in_bytes, container memory setting) or reduce what runs in it.`,
    [event.memcg?.memory?.line, event.memcg?.line, event.constraint?.line, event.memcg?.statsLine],
  );
};

export const kernelMemoryDominates: Rule = ({ event, accounting }) => {
  const tasks = event.tasks;
  if (!accounting || !tasks || tasks.elided || tasks.tasks.length === 0) return null;
  const kb = (key: string) => accounting.items.find((i) => i.key === key)?.kb ?? 0;
  const slabKb = kb('slab-reclaimable') + kb('slab-unreclaimable');
  const stackKb = kb('kernel-stack');
  const tablesKb = kb('page-tables');
  const otherKb = accounting.unaccountedKb ?? 0;
  const kernelKb = slabKb + stackKb + tablesKb + otherKb;
  if (kernelKb === 0 || kernelKb <= accounting.taskRssKb) return null;
  const slabLine = accounting.items.find((i) => i.key === 'slab-unreclaimable')?.line ?? event.memInfo?.line;
  return finding(
    'kernel-memory-dominates',
    'warning',
    'Kernel memory exceeds all process memory',
    `Kernel memory ${formatKb(kernelKb)} (slab ${formatKb(slabKb)}, kernel stacks ${formatKb(stackKb)}, page tables ${formatKb(tablesKb)}, not itemised by the report ${formatKb(otherKb)}) is more than the ${formatKb(accounting.taskRssKb)} resident in all ${tasks.tasks.length} listed tasks${accounting.ramKb ? ` (${percent(kernelKb, accounting.ramKb)} of RAM)` : ''}. Killing processes frees little: look for a slab leak (slabtop, /proc/slabinfo), a driver, or memory outside the page allocator's view.`,
    [slabLine, event.tasks?.headerLine],
  );
};
