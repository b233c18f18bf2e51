/**
 * For order > 0 the watermark check also needs one free block of at least the requested order
 * (`__zone_watermark_ok`: some free_area[o ≥ order] with a block of an allowed migrate type). The buddy
 * lines show free blocks per order, so "memory was free but in pieces too small" (fragmented) can be told
 * from "memory was gone" (exhausted).
 *
 * Only zones that pass their own order-0 check count: a zone below its watermark (or fenced by its
 * lowmem_reserve) fails before its free lists are looked at, so its large blocks serve nobody.
 * The verdict is fragmentation when no counting zone has a block ≥ order while order-0 memory is there (a zone
 * passes its order-0 check), or while a short zone that has no such block itself holds enough reclaimable page
 * cache to get back over its watermark (reclaim would bring pages, not blocks). A short zone that does have large
 * blocks is short of memory, not of contiguity: that is exhaustion.
 *
 * Allowed migrate types: Unmovable, Movable, Reclaimable (and the old 3.x Reserve). HighAtomic blocks serve
 * only atomic callers, CMA only movable ones, Isolate nobody. Without letters (2.6.32, RHEL6) every block counts.
 * 2.6.32's order > 0 variant (halving min per order) is not modelled: the block test stands for it.
 */
import type { BuddyRow, OomEvent } from '../parse/model';
import type { FragmentationCheck, ZoneCheck } from './types';

export interface Caller {
  atomic: boolean;
  high: boolean;
  movable: boolean;
}

const ALWAYS_ALLOWED = /[UMER]/;

export function usableBlock(row: BuddyRow, order: number, caller: Pick<Caller, 'atomic' | 'movable'>): boolean {
  if ((row.freeBlocks[order] ?? 0) <= 0) return false;
  const letters = row.migrateTypes[order];
  if (letters === null || letters === undefined || letters === '') return true;
  if (ALWAYS_ALLOWED.test(letters)) return true;
  return (caller.atomic && letters.includes('H')) || (caller.movable && letters.includes('C'));
}

/** Largest order with a usable free block; -1 when none. */
export function largestFreeOrder(row: BuddyRow, caller: Pick<Caller, 'atomic' | 'movable'>): number {
  for (let order = row.freeBlocks.length - 1; order >= 0; order--) {
    if (usableBlock(row, order, caller)) return order;
  }
  return -1;
}

export function checkFragmentation(
  event: OomEvent,
  order: number | null,
  zoneChecks: ZoneCheck[],
  caller: Caller,
): FragmentationCheck | null {
  if (order === null || order < 0) return null;
  const usable = zoneChecks.filter((c) => c.usable);
  // Without zone lines every buddy row is taken as usable and as passing its order-0 check.
  const rows = event.buddy.filter(
    (row) => usable.length === 0 || usable.some((c) => c.node === row.node && c.zone === row.zone),
  );
  const passesOrder0 = (row: BuddyRow) => {
    const check = usable.find((c) => c.node === row.node && c.zone === row.zone);
    return !check || check.state === 'passes' || check.state === 'no-block';
  };
  const largest = rows.map((row) => ({
    node: row.node,
    zone: row.zone,
    order: largestFreeOrder(row, caller),
    counts: passesOrder0(row),
    line: row.line,
  }));
  const counting = largest.filter((z) => z.counts);
  const largestUsableOrder = counting.length > 0 ? Math.max(...counting.map((z) => z.order)) : null;
  const blockAvailable = counting.some((z) => z.order >= order);
  if (order === 0 || rows.length === 0) {
    return { order, blockAvailable, largestFreeOrder: largest, largestUsableOrder, verdict: 'not-applicable' };
  }
  if (blockAvailable) {
    return { order, blockAvailable, largestFreeOrder: largest, largestUsableOrder, verdict: 'block-available' };
  }
  const shortWithoutBlocks = largest.filter((z) => !z.counts && z.order < order);
  const cacheWouldDo = shortWithoutBlocks.some((z) => cacheCoversDeficit(event, usable, z.node, z.zone));
  const verdict = counting.length > 0 || cacheWouldDo ? 'fragmented' : 'exhausted';
  return { order, blockAvailable, largestFreeOrder: largest, largestUsableOrder, verdict };
}

/** The zone's file LRU (zone line, kB) covers what it lacks to meet its watermark + reserve. */
function cacheCoversDeficit(event: OomEvent, usable: ZoneCheck[], node: number, name: string): boolean {
  const check = usable.find((c) => c.node === node && c.zone === name);
  const zone = event.zones.find((z) => z.node === node && z.zone === name);
  if (!check || !zone) return false;
  const cacheKb = (zone.fieldsKb.active_file ?? 0) + (zone.fieldsKb.inactive_file ?? 0);
  return cacheKb > 0 && cacheKb >= check.needKb - check.leftKb;
}
