/**
 * The kernel's `%pGg` printing (lib/vsprintf.c format_flags), reproduced on a table.
 *
 * Walk the name table in order; a name is printed when all of its bits are still set, and its
 * bits are then cleared; the walk stops as soon as no bit is left. Bits no name covered are
 * appended as one lowercase `0x` hex number. A mask of 0 prints nothing (`gfp_mask=0x0()`).
 */
import type { GfpTable } from '../types';

/** Hex string ("0x201da", "201DA") → unsigned 32-bit number, or null when it is not hex. */
export function parseMask(mask: string): number | null {
  const m = /^\s*(?:0x)?([0-9a-f]{1,8})\s*$/i.exec(mask);
  if (!m) return null;
  return Number.parseInt(m[1], 16) >>> 0;
}

export function hex(value: number): string {
  return '0x' + (value >>> 0).toString(16);
}

export interface PggResult {
  /** Names and, last, the leftover hex, in print order. */
  names: string[];
  /** Bits no name covered (0 when none). */
  leftover: number;
}

export function formatPgg(mask: number, table: GfpTable): PggResult {
  let flags = mask >>> 0;
  const names: string[] = [];
  for (const [name, value] of table.order) {
    if (flags === 0) break;
    if ((flags & value) >>> 0 !== value) continue;
    names.push(name);
    flags = (flags & ~value) >>> 0;
  }
  if (flags !== 0) names.push(hex(flags));
  return { names, leftover: flags };
}

/** The value of one name in a table; `GFP_DMA`/`__GFP_DMA` style aliases resolve to the same bit. */
export function valueOf(table: GfpTable, name: string): number | undefined {
  const direct = table.order.find(([n]) => n === name);
  if (direct) return direct[1];
  const alias = name.startsWith('__GFP_') ? name.slice(2) : '__' + name;
  const other = table.order.find(([n]) => n === alias);
  return other && isSingleBit(other[1]) ? other[1] : undefined;
}

export function isSingleBit(value: number): boolean {
  return value !== 0 && (value & (value - 1)) >>> 0 === 0;
}

/** The single-bit flags set in the mask, as `__GFP_*` names, lowest bit first. */
export function singleFlagsOf(mask: number, table: GfpTable): string[] {
  const found = new Map<number, string>();
  for (const [name, value] of table.order) {
    if (!isSingleBit(value) || (mask & value) >>> 0 === 0) continue;
    // GFP_DMA/GFP_DMA32 are the zone bits under their composite name; other one-bit composites
    // (GFP_NOWAIT = __GFP_KSWAPD_RECLAIM in 4.x) are aliases whose bit is listed on its own too.
    const isZoneAlias = name === 'GFP_DMA' || name === 'GFP_DMA32';
    if (!name.startsWith('__') && !isZoneAlias) continue;
    if (!found.has(value) || name.startsWith('__')) found.set(value, isZoneAlias ? '__' + name : name);
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}
