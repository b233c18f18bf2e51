/**
 * For order > 0 the watermark check also needs one free block of at least the requested order
 * (`__zone_watermark_ok`: some free_area[o ≥ order] with a block of an allowed migrate type).
 * The buddy lines show free blocks per order, so we can tell "memory was free but in pieces too
 * small" (fragmented) from "memory was gone" (exhausted).
 *
 * Allowed migrate types: Unmovable, Movable, Reclaimable (and the old 3.x Reserve, which the
 * allocator fell back to). HighAtomic blocks serve only atomic callers, CMA only movable ones,
 * Isolate nobody, so a block whose printed letters are only H/C/I does not count. Without letters
 * (2.6.32, RHEL6) every block counts.
 */
import type { BuddyRow } from '../parse/model';
import type { FragmentationCheck, ZoneCheck } from './types';

const ALWAYS_ALLOWED = /[UMER]/;

export function usableBlock(row: BuddyRow, order: number, caller: { atomic: boolean; movable: boolean }): boolean {
  if ((row.freeBlocks[order] ?? 0) <= 0) return false;
  const letters = row.migrateTypes[order];
  if (letters === null || letters === undefined || letters === '') return true;
  if (ALWAYS_ALLOWED.test(letters)) return true;
  return (caller.atomic && letters.includes('H')) || (caller.movable && letters.includes('C'));
}

/** Largest order with a usable free block; -1 when none. */
export function largestFreeOrder(row: BuddyRow, caller: { atomic: boolean; movable: boolean }): number {
  for (let order = row.freeBlocks.length - 1; order >= 0; order--) {
    if (usableBlock(row, order, caller)) return order;
  }
  return -1;
}

export function checkFragmentation(
  order: number | null,
  buddy: BuddyRow[],
  zoneChecks: ZoneCheck[],
  caller: { atomic: boolean; movable: boolean } = { atomic: false, movable: false },
): FragmentationCheck | null {
  if (order === null || order < 0) return null;
  const usable = zoneChecks.filter((c) => c.usable);
  // Without zone checks (no zone lines) every buddy row is taken as usable.
  const rows = buddy.filter(
    (row) => usable.length === 0 || usable.some((c) => c.node === row.node && c.zone === row.zone),
  );
  const largest = rows.map((row) => ({
    node: row.node,
    zone: row.zone,
    order: largestFreeOrder(row, caller),
    line: row.line,
  }));
  const blockAvailable = largest.some((z) => z.order >= order);
  if (order === 0 || rows.length === 0) {
    return { order, blockAvailable, largestFreeOrder: largest, verdict: 'not-applicable' };
  }
  // "Fragmented" needs free memory to exist at all: pieces too small, not nothing.
  const freeKb = rows.reduce((sum, row) => sum + (row.totalKb ?? sumBlocks(row)), 0);
  const requestKb = (rows[0].blockKb[0] ?? 4) * 2 ** order;
  const verdict = !blockAvailable && freeKb >= requestKb ? 'fragmented' : 'exhausted';
  return { order, blockAvailable, largestFreeOrder: largest, verdict };
}

function sumBlocks(row: BuddyRow): number {
  return row.freeBlocks.reduce((sum, n, o) => sum + n * (row.blockKb[o] ?? 0), 0);
}
