/**
 * Zones and orders: where an allocation may be served from, which `lowmem_reserve[]` entry guards each
 * zone against it, and how big it is. The one home of these facts (analyze and views ask here).
 *
 * The kernel walks a zonelist from the request's highest zone (gfp_zone) downwards, so an allocation may
 * use its target zone and every lower zone that exists. ZONE_DEVICE memory is never handed out by the
 * page allocator. (include/linux/mmzone.h `enum zone_type`; mm/page_alloc.c `get_page_from_freelist`.)
 */

/** Zone names in the kernel's enum order (lowest first), as printed in Mem-Info. */
export const ZONE_ORDER: readonly string[] = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'];

/** Orders above this are "costly": the allocator retries less and never invokes the OOM killer for them. */
export const PAGE_ALLOC_COSTLY_ORDER = 3 as const;

/** 32-bit kernels have HighMem and no DMA32; 64-bit kernels the reverse. null: the log does not tell. */
export type WordSize = 32 | 64 | null;

function zoneIndex(zone: string): number {
  return ZONE_ORDER.findIndex((z) => z.toLowerCase() === zone.toLowerCase());
}

function canonical(zones: readonly string[]): Set<string> {
  return new Set(zones.map((z) => ZONE_ORDER[zoneIndex(z)]).filter(Boolean));
}

/**
 * Zones (of those present) an allocation targeting `targetZone` may use, highest first (the zonelist
 * order). A target absent from the system falls through to the next lower zone, which is how HighMem on
 * 64-bit or an unconfigured ZONE_MOVABLE end up served from Normal.
 */
export function usableZones(targetZone: string, zonesPresent: readonly string[]): string[] {
  const top = zoneIndex(targetZone);
  if (top < 0) return [];
  const present = canonical(zonesPresent);
  return ZONE_ORDER.slice(0, top + 1)
    .filter((z) => z !== 'Device' && present.has(z))
    .reverse();
}

/**
 * The zones compiled into the kernel, in enum order: one per `lowmem_reserve[]` number (MAX_NR_ZONES).
 *
 * The report prints only populated zones (and 6.1+ hides the ones above the request), but the reserve
 * array has an entry for every configured zone, empty ones included. So the list is rebuilt from what was
 * printed, plus Normal (always compiled in), plus the optional zones in order of how often kernels carry
 * them: Movable (every kernel since 2.6.23), then DMA32 and DMA on 64-bit, HighMem and DMA on 32-bit,
 * then Device (ZONE_DEVICE, 4.3+). null when the printed zones cannot fit the array length.
 */
export function compiledZones(printedZones: readonly string[], reserveLength: number, bits: WordSize): string[] | null {
  const wanted = canonical([...printedZones, 'Normal']);
  if (reserveLength < wanted.size) return null;
  const is32 = bits === 32 || (bits === null && wanted.has('HighMem') && !wanted.has('DMA32'));
  const optional = is32 ? ['Movable', 'HighMem', 'DMA', 'Device'] : ['Movable', 'DMA32', 'DMA', 'Device'];
  for (const zone of optional) {
    if (wanted.size >= reserveLength) break;
    wanted.add(zone);
  }
  const layout = ZONE_ORDER.filter((z) => wanted.has(z));
  return layout.length === reserveLength ? layout : null;
}

/**
 * Which `lowmem_reserve[]` entry applies to a request whose highest zone is `targetZone`: the index of
 * that zone in the compiled-in list (`z->lowmem_reserve[ac->highest_zoneidx]` in `__zone_watermark_ok`,
 * mm/page_alloc.c; `classzone_idx` before 5.8). A target the kernel did not compile in (HighMem on
 * 64-bit, DMA32 on 32-bit) is the next zone below it, as the kernel's OPT_ZONE_* macros make it.
 * null when the layout cannot be rebuilt.
 */
export function lowmemReserveColumn(
  targetZone: string,
  printedZones: readonly string[],
  reserveLength: number,
  bits: WordSize,
): number | null {
  const layout = compiledZones(printedZones, reserveLength, bits);
  const top = zoneIndex(targetZone);
  if (!layout || top < 0) return null;
  for (let i = layout.length - 1; i >= 0; i--) {
    if (zoneIndex(layout[i]) <= top && layout[i] !== 'Device') return i;
  }
  return null;
}

/** Pages in a request of `order` (2^order); null for SysRq's order -1 (no allocation) or an unknown order. */
export function requestPages(order: number | null | undefined): number | null {
  return order == null || order < 0 ? null : 2 ** order;
}

/** Request size in kB for a page size; null when there is no request. */
export function requestKb(order: number | null | undefined, pageSizeKb: number): number | null {
  const pages = requestPages(order);
  return pages === null ? null : pages * pageSizeKb;
}

export function isCostlyOrder(order: number): boolean {
  return order > PAGE_ALLOC_COSTLY_ORDER;
}
