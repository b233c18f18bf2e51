/**
 * `totalpages`, the denominator of the badness scale (docs/kernel/badness.md §2):
 *  - global OOM: totalram_pages + total swap pages. totalram_pages is not printed; `pages RAM −
 *    pages reserved` matches it (the RHEL7 fixture's printed score 651 is reproduced exactly with it);
 *  - cpuset / mempolicy OOM: the allowed nodes' pages + swap (we sum the printed zones' present kB);
 *  - memcg OOM: the cgroup limit (memory.max, plus swap headroom where the kernel adds it).
 */
import type { OomEvent } from '../parse/model';
import type { Scope } from './facts';
import { allowedNodes } from './nodes';
import { UNLIMITED_KB } from '../kernel/memcg';

export interface TotalPages {
  pages: number;
  /** An id for where the number came from (present turns it into words). */
  basis: TotalPagesBasis;
  lines: number[];
}

export type TotalPagesBasis =
  | 'nodes-swap'
  | 'ram-reserved-swap'
  | 'ram-swap'
  | 'managed-swap'
  | 'memcg-memsw-limit'
  | 'memcg-limit-swap-limit'
  | 'memcg-limit'
  | 'memcg-limit-swap-unknown'
  | 'memcg-limit-host-swap';

export function totalPagesOf(event: OomEvent, pageKb: number, scope: Scope): TotalPages | null {
  if (scope === 'memcg') return memcgTotal(event, pageKb);
  const swapKb = event.summary.totalSwapKb ?? 0;
  const swapLine = event.summary.lines.totalSwapKb;
  const constrained = scope === 'cpuset' || scope === 'mempolicy';
  if (constrained) {
    const nodes = allowedNodes(event).nodes;
    const zones = event.zones.filter((z) => z.presentKb !== null && (nodes === null || nodes.includes(z.node)));
    if (zones.length > 0) {
      const kb = zones.reduce((sum, z) => sum + (z.presentKb ?? 0), 0) + swapKb;
      return {
        pages: Math.floor(kb / pageKb),
        basis: 'nodes-swap',
        lines: lines(
          zones.map((z) => z.line),
          swapLine,
        ),
      };
    }
  }
  const { ramPages, reservedPages } = event.summary;
  if (ramPages !== null && ramPages > 0) {
    const managed = ramPages - (reservedPages ?? 0);
    const basis = reservedPages !== null ? 'ram-reserved-swap' : 'ram-swap';
    return {
      pages: managed + Math.floor(swapKb / pageKb),
      basis,
      lines: lines([event.summary.lines.ramPages, event.summary.lines.reservedPages], swapLine),
    };
  }
  const managedKb = event.zones.reduce((sum, z) => sum + (z.managedKb ?? 0), 0);
  if (managedKb > 0) {
    return {
      pages: Math.floor((managedKb + swapKb) / pageKb),
      basis: 'managed-swap',
      lines: lines(
        event.zones.map((z) => z.line),
        swapLine,
      ),
    };
  }
  return null;
}

function memcgTotal(event: OomEvent, pageKb: number): TotalPages | null {
  const memcg = event.memcg;
  const memory = memcg?.memory;
  if (!memcg || !memory || memory.limitKb <= 0 || memory.limitKb >= UNLIMITED_KB) return null;
  // cgroup v1 with a memory+swap limit: the kernel (mem_cgroup_get_limit/get_max) counts up to it.
  if (memcg.memsw && memcg.memsw.limitKb < UNLIMITED_KB && memcg.memsw.limitKb >= memory.limitKb) {
    return {
      pages: Math.floor(memcg.memsw.limitKb / pageKb),
      basis: 'memcg-memsw-limit',
      lines: [memcg.memsw.line],
    };
  }
  // cgroup v2: memory.max plus the swap the cgroup may still use (capped by the machine's swap when known).
  if (memcg.swap && memcg.swap.limitKb > 0) {
    const machineSwap = event.summary.totalSwapKb;
    const swapKb = Math.min(memcg.swap.limitKb, machineSwap ?? memcg.swap.limitKb);
    if (swapKb < UNLIMITED_KB) {
      return {
        pages: Math.floor((memory.limitKb + swapKb) / pageKb),
        basis: 'memcg-limit-swap-limit',
        lines: [memory.line, memcg.swap.line],
      };
    }
  }
  const swapUnknown = (memcg.swap && memcg.swap.limitKb > 0) || (memcg.memsw && memcg.memsw.limitKb >= UNLIMITED_KB);
  const basis: TotalPagesBasis = swapUnknown ? 'memcg-limit-swap-unknown' : 'memcg-limit';
  return { pages: Math.floor(memory.limitKb / pageKb), basis, lines: [memory.line] };
}

function lines(candidates: (number | undefined)[], extra?: number): number[] {
  return [...new Set([...candidates, extra].filter((l): l is number => typeof l === 'number'))];
}

/**
 * Other readings of totalpages the log allows, tried when the primary one does not reproduce a printed score:
 * the cgroup's memory limit alone against its memory+swap limit (kernels differ in whether and how they add
 * swap: mem_cgroup_get_limit in mm/memcontrol.c), RAM with and without the reserved pages.
 */
export function alternativeTotals(event: OomEvent, pageKb: number, primary: TotalPages): TotalPages[] {
  const memcg = event.memcg;
  const memory = memcg?.memory;
  const out: TotalPages[] = [];
  if (primary.basis === 'memcg-memsw-limit' && memory) {
    out.push({ pages: Math.floor(memory.limitKb / pageKb), basis: 'memcg-limit', lines: [memory.line] });
  }
  if (primary.basis === 'memcg-limit' && memcg?.memsw && memcg.memsw.limitKb < UNLIMITED_KB) {
    out.push({
      pages: Math.floor(memcg.memsw.limitKb / pageKb),
      basis: 'memcg-memsw-limit',
      lines: [memcg.memsw.line],
    });
  }
  const { ramPages, reservedPages } = event.summary;
  if (primary.basis === 'ram-reserved-swap' && ramPages !== null && reservedPages !== null) {
    const swapPages = Math.floor((event.summary.totalSwapKb ?? 0) / pageKb);
    out.push({ pages: ramPages + swapPages, basis: 'ram-swap', lines: primary.lines });
  }
  return out.filter((t) => t.pages > 0 && t.pages !== primary.pages);
}
