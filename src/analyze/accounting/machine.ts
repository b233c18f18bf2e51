/**
 * What the machine's RAM held: the Mem-Info counters (pages) and node/zone fields (kB) as rows, each once,
 * from the most precise source the log has. Every layout back to 2.6: 2.6.1x–2.6.2x print `Active:` and
 * `inactive:` (anonymous and file not split) and one `slab:`; 2.6.28+ split the LRUs; 2.6.32+ split slab.
 */
import type { OomEvent } from '../../parse/model';
import type { AccountingRow } from '../types';

export function machineRows(event: OomEvent, pageKb: number): AccountingRow[] {
  const counters = lowerKeys(event.memInfo?.counters ?? {});
  const memLine = event.memInfo?.line ?? null;
  const rows: AccountingRow[] = [];
  const add = (id: string, kb: number | null, lines: (number | null | undefined)[], counted = true) => {
    if (kb !== null && Number.isFinite(kb)) rows.push({ id, kb, lines: clean(lines), counted, part: null });
  };
  /** Sum of global counters (pages), else of the per-node lines (kB), else of the zone lines (kB). */
  const pick = (...keys: string[]): { kb: number; line: number | null } | null => {
    if (keys.some((k) => typeof counters[k] === 'number')) {
      return { kb: keys.reduce((s, k) => s + (counters[k] ?? 0), 0) * pageKb, line: memLine };
    }
    for (const rowsOf of [event.nodes, event.zones]) {
      const withKey = rowsOf.filter((r) => keys.some((k) => typeof r.fieldsKb[k] === 'number'));
      if (withKey.length > 0) {
        const kb = withKey.reduce((s, r) => s + keys.reduce((t, k) => t + (r.fieldsKb[k] ?? 0), 0), 0);
        return { kb, line: withKey[0].line };
      }
    }
    return null;
  };
  const put = (id: string, keys: string[], counted = true) => {
    const found = pick(...keys);
    if (found) add(id, found.kb, [found.line], counted);
  };

  if (typeof counters.free === 'number') add('free', counters.free * pageKb, [memLine]);
  else if (event.zones.length > 0)
    add(
      'free',
      event.zones.reduce((s, z) => s + z.freeKb, 0),
      [event.zones[0].line],
    );
  if (typeof counters.free_pcp === 'number') add('free-pcp', counters.free_pcp * pageKb, [memLine]);
  const split = typeof counters.active_anon === 'number' || typeof counters.inactive_anon === 'number';
  if (!split && (typeof counters.active === 'number' || typeof counters.inactive === 'number')) {
    add('lru', ((counters.active ?? 0) + (counters.inactive ?? 0)) * pageKb, [memLine]);
  } else {
    put('anon', ['active_anon', 'inactive_anon']);
    put('page-cache', ['active_file', 'inactive_file']);
  }
  put('unevictable', ['unevictable']);
  put('shmem', ['shmem'], false);
  if (typeof counters.slab === 'number' && typeof counters.slab_reclaimable !== 'number') put('slab', ['slab']);
  else {
    put('slab-reclaimable', ['slab_reclaimable']);
    put('slab-unreclaimable', ['slab_unreclaimable']);
  }
  put('page-tables', ['pagetables']);
  if ((counters.sec_pagetables ?? 0) > 0) put('sec-page-tables', ['sec_pagetables']);
  put('kernel-stack', ['kernel_stack']);
  if ((counters.kernel_misc_reclaimable ?? 0) > 0) put('kernel-misc-reclaimable', ['kernel_misc_reclaimable']);
  const hugeKb = event.hugepages.reduce((s, h) => s + h.total * h.sizeKb, 0);
  if (hugeKb > 0) add('hugepages', hugeKb, [event.hugepages[0].line]);
  const { reservedPages, cmaReservedPages, lines } = event.summary;
  if (reservedPages !== null) add('reserved', reservedPages * pageKb, [lines.reservedPages]);
  // CMA pages are managed memory lent to movable allocations (and handed to drivers by cma_alloc): shown
  // apart, never added to the sum (their contents are already in anon/page cache, or nowhere).
  if (cmaReservedPages !== null && cmaReservedPages > 0)
    add('cma-reserved', cmaReservedPages * pageKb, [lines.cmaReservedPages], false);
  return rows;
}

/** 2.6.1x printed `Active:`; later kernels use lower-case keys. */
function lowerKeys(counters: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(counters)) out[k.toLowerCase()] = v;
  return out;
}

export function clean(lines: (number | null | undefined)[]): number[] {
  return [...new Set(lines.filter((l): l is number => typeof l === 'number' && l > 0))].sort((a, b) => a - b);
}
