/**
 * What RAM held at the time of the OOM: the Mem-Info counters (pages) and node/zone fields (kB)
 * turned into kB items, task RSS against RAM, and what no counter explains (driver allocations,
 * vmalloc, GPU memory, ... — kernel memory the report does not itemise).
 */
import type { OomEvent } from '../parse/model';
import type { Accounting, AccountingItem } from './types';
import { groupByName, totalRssKb } from './consumers';
import { memcgAccounting } from './memcgAccounting';
import type { PageSize } from './request';

const TOP_CONSUMERS = 10;

export function buildAccounting(event: OomEvent, pageSize: PageSize): Accounting | null {
  const pageKb = pageSize.kb;
  const hasMemory =
    event.memInfo !== null || event.summary.ramPages !== null || event.nodes.length > 0 || event.zones.length > 0;
  if (!hasMemory && !event.tasks && !event.memcg) return null;

  const items = memoryItems(event, pageKb);
  const ramKb = event.summary.ramPages !== null ? event.summary.ramPages * pageKb : null;
  const countedKb = items.filter((i) => i.counted !== false).reduce((sum, i) => sum + i.kb, 0);
  const tasks = event.tasks?.tasks ?? [];
  const { totalSwapKb, freeSwapKb } = event.summary;
  return {
    ramKb,
    pageSizeKb: pageKb,
    pageSizeAssumed: pageSize.assumed,
    items,
    swapTotalKb: totalSwapKb,
    swapFreeKb: freeSwapKb,
    swapUsedKb: totalSwapKb !== null && freeSwapKb !== null ? Math.max(0, totalSwapKb - freeSwapKb) : null,
    taskRssKb: totalRssKb(tasks, pageKb),
    // Shared pages and counters sampled at slightly different moments can overshoot RAM: never below 0.
    unaccountedKb: ramKb !== null && items.length > 0 ? Math.max(0, ramKb - countedKb) : null,
    topConsumers: groupByName(tasks, pageKb).slice(0, TOP_CONSUMERS),
    memcg: memcgAccounting(event.memcg),
  };
}

/** Each item once, from the most precise source the log has. */
function memoryItems(event: OomEvent, pageKb: number): AccountingItem[] {
  const counters = event.memInfo?.counters ?? {};
  const memLine = event.memInfo?.line ?? null;
  const items: AccountingItem[] = [];
  const add = (key: string, label: string, kb: number | null, line: number | null, counted = true) => {
    if (kb !== null) items.push({ key, label, kb, line, counted });
  };
  /** Sum of global counters (pages), else of the per-node lines (kB), else of the zone lines (kB). */
  const pick = (...keys: string[]): { kb: number; line: number | null } | null => {
    if (keys.some((k) => typeof counters[k] === 'number')) {
      return { kb: keys.reduce((s, k) => s + (counters[k] ?? 0), 0) * pageKb, line: memLine };
    }
    for (const rows of [event.nodes, event.zones]) {
      const withKey = rows.filter((r) => keys.some((k) => typeof r.fieldsKb[k] === 'number'));
      if (withKey.length > 0) {
        return {
          kb: withKey.reduce((s, r) => s + keys.reduce((t, k) => t + (r.fieldsKb[k] ?? 0), 0), 0),
          line: withKey[0].line,
        };
      }
    }
    return null;
  };
  const put = (key: string, label: string, keys: string[], counted = true) => {
    const found = pick(...keys);
    if (found) add(key, label, found.kb, found.line, counted);
  };

  if (typeof counters['free'] === 'number') add('free', 'Free', counters['free'] * pageKb, memLine);
  else if (event.zones.length > 0)
    add(
      'free',
      'Free',
      event.zones.reduce((s, z) => s + z.freeKb, 0),
      event.zones[0].line,
    );
  if (typeof counters['free_pcp'] === 'number')
    add('free-pcp', 'Free on per-CPU lists', counters['free_pcp'] * pageKb, memLine);
  put('anon', 'Anonymous (process memory, incl. shmem)', ['active_anon', 'inactive_anon']);
  put('page-cache', 'Page cache (file LRU)', ['active_file', 'inactive_file']);
  put('unevictable', 'Unevictable (mlocked, ramfs)', ['unevictable']);
  put('shmem', 'Shared memory / tmpfs (inside anonymous)', ['shmem'], false);
  put('slab-reclaimable', 'Slab, reclaimable', ['slab_reclaimable']);
  put('slab-unreclaimable', 'Slab, unreclaimable', ['slab_unreclaimable']);
  put('page-tables', 'Page tables', ['pagetables']);
  put('kernel-stack', 'Kernel stacks', ['kernel_stack']);
  const hugeKb = event.hugepages.reduce((s, h) => s + h.total * h.sizeKb, 0);
  if (hugeKb > 0) add('hugepages', 'Huge pages reserved (pool)', hugeKb, event.hugepages[0].line);
  const { reservedPages, lines } = event.summary;
  if (reservedPages !== null)
    add(
      'reserved',
      'Reserved at boot (kernel image, memmap, firmware)',
      reservedPages * pageKb,
      lines.reservedPages ?? null,
    );
  return items;
}
