/**
 * What a mask asks of the allocator, per era: target zone (GFP_ZONE_TABLE), migrate type
 * (gfp_migratetype), and whether it may sleep, reclaim, do IO, enter filesystems, use reserves,
 * and is charged to the memcg. Computed from bits, not printed names, because composites hide bits.
 */
import type { GfpNote, GfpTable } from '../types';
import { valueOf } from './pgg';

export interface GfpSemantics {
  targetZone: string;
  migrateType: string;
  canSleep: boolean;
  canReclaim: boolean;
  kswapdReclaim: boolean;
  canIo: boolean;
  canFs: boolean;
  accounted: boolean;
  usesReserves: boolean;
  notes: GfpNote[];
}

function tester(mask: number, table: GfpTable): (name: string) => boolean {
  return (name) => {
    const v = valueOf(table, name);
    return v !== undefined && v !== 0 && (mask & v) >>> 0 === v;
  };
}

/**
 * gfp_zone(): 2.6.31+ GFP_ZONE_TABLE over DMA/HIGHMEM/DMA32/MOVABLE; earlier kernels test the
 * bits one after the other (DMA, DMA32, HIGHMEM+MOVABLE → Movable, HIGHMEM).
 */
export function targetZoneOf(mask: number, table: GfpTable, notes: GfpNote[]): string {
  const has = tester(mask, table);
  const dma = has('__GFP_DMA');
  const high = has('__GFP_HIGHMEM');
  const dma32 = has('__GFP_DMA32');
  const movable = has('__GFP_MOVABLE');
  let zone: string;
  if (table.movableModel === 'zone-bit') {
    const count = [dma, high, dma32].filter(Boolean).length;
    if (count > 1) {
      notes.push({ id: 'bad-zone' }); // the kernel treats it as a bug (BAD_ZONE)
      zone = 'Normal';
    } else if (dma) zone = 'DMA';
    else if (dma32) zone = 'DMA32';
    else if (high) zone = movable ? 'Movable' : 'HighMem';
    else zone = 'Normal';
  } else if (dma) zone = 'DMA';
  else if (dma32) zone = 'DMA32';
  else if (high && movable) zone = 'Movable';
  else if (high) zone = 'HighMem';
  else zone = 'Normal';
  if (zone === 'HighMem') {
    notes.push({ id: 'highmem-64bit' });
  } else if (zone === 'Movable') {
    notes.push({ id: 'movable-configured' }); // only with kernelcore=/movablecore= or hotplug
  }
  return zone;
}

/** gfp_migratetype(): which pageblock type the page is grouped with (mobility grouping, 2.6.23+). */
export function migrateTypeOf(mask: number, table: GfpTable, notes: GfpNote[]): string {
  if (table.movableModel === 'none') {
    notes.push({ id: 'no-mobility' }); // mobility grouping came in 2.6.23
    return 'Unmovable';
  }
  const has = tester(mask, table);
  const movable = has('__GFP_MOVABLE');
  const reclaimable = has('__GFP_RECLAIMABLE');
  if (movable && reclaimable) {
    notes.push({ id: 'movable-and-reclaimable' });
    return 'Movable';
  }
  if (movable) return 'Movable';
  if (reclaimable) return 'Reclaimable';
  return 'Unmovable';
}

export function semanticsOf(mask: number, table: GfpTable): GfpSemantics {
  const has = tester(mask, table);
  const notes: GfpNote[] = [];
  const targetZone = targetZoneOf(mask, table, notes);
  const migrateType = migrateTypeOf(mask, table, notes);
  // ≤4.3 one bit (__GFP_WAIT) meant "may block and reclaim"; kswapd was woken unless __GFP_NO_KSWAPD.
  // 4.4 split it: gfpflags_allow_blocking() tests __GFP_DIRECT_RECLAIM only.
  const direct = table.reclaimModel === 'wait' ? has('__GFP_WAIT') : has('__GFP_DIRECT_RECLAIM');
  const kswapd = table.reclaimModel === 'wait' ? !has('__GFP_NO_KSWAPD') : has('__GFP_KSWAPD_RECLAIM');
  const accounted = has('__GFP_ACCOUNT') || has('__GFP_KMEMCG');
  if (valueOf(table, '__GFP_NOACCOUNT') !== undefined && !has('__GFP_NOACCOUNT')) {
    notes.push({ id: 'noaccount-era' }); // 4.1–4.4: accounted slab caches charged unless __GFP_NOACCOUNT
  }
  return {
    targetZone,
    migrateType,
    canSleep: direct,
    canReclaim: direct,
    kswapdReclaim: kswapd,
    canIo: has('__GFP_IO'),
    canFs: has('__GFP_FS'),
    accounted,
    usesReserves: has('__GFP_HIGH') || has('__GFP_ATOMIC') || has('__GFP_MEMALLOC'),
    notes,
  };
}
