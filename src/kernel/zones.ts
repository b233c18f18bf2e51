/**
 * Zones and orders: where an allocation may be served from and how big it is.
 *
 * The kernel walks a zonelist from the request's highest zone (gfp_zone) downwards, so an
 * allocation may use its target zone and every lower zone that exists. ZONE_DEVICE memory is
 * never handed out by the page allocator.
 */

/** Zone names in the kernel's enum order (lowest first), as printed in Mem-Info. */
export const ZONE_ORDER: readonly string[] = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'];

/** Orders above this are "costly": the allocator retries less and never invokes the OOM killer for them. */
export const PAGE_ALLOC_COSTLY_ORDER = 3 as const;

function zoneIndex(zone: string): number {
  return ZONE_ORDER.findIndex((z) => z.toLowerCase() === zone.toLowerCase());
}

/**
 * Zones (of those present) an allocation targeting `targetZone` may use, highest first (the
 * zonelist order). A target absent from the system falls through to the next lower zone, which is
 * how HighMem on 64-bit or an unconfigured ZONE_MOVABLE end up served from Normal.
 */
export function usableZones(targetZone: string, zonesPresent: string[]): string[] {
  const top = zoneIndex(targetZone);
  if (top < 0) return [];
  const present = new Set(zonesPresent.map((z) => ZONE_ORDER[zoneIndex(z)]).filter(Boolean));
  return ZONE_ORDER.slice(0, top + 1)
    .filter((z) => z !== 'Device' && present.has(z))
    .reverse();
}

/** The highest zone that will actually serve the request (HighMem on 64-bit → Normal). */
export function effectiveTargetZone(targetZone: string, zonesPresent: string[]): string | null {
  return usableZones(targetZone, zonesPresent)[0] ?? null;
}

/**
 * Index into a zone's `lowmem_reserve[]` for a request: the position of the request's zone in the
 * kernel's compiled zone enum. The enum holds every configured zone (empty ones too), so we rebuild
 * it from the zones printed plus Movable (always configured since 2.6.23) and, when the printed
 * reserve array is longer, Device. Returns null when the layout cannot be matched.
 */
export function lowmemReserveIndex(targetZone: string, zonesPresent: string[], reserveLength: number): number | null {
  const present = new Set(zonesPresent.map((z) => ZONE_ORDER[zoneIndex(z)]).filter(Boolean));
  present.add('Movable');
  let layout = ZONE_ORDER.filter((z) => present.has(z));
  if (layout.length < reserveLength) layout = ZONE_ORDER.filter((z) => present.has(z) || z === 'Device');
  if (layout.length !== reserveLength) return null;
  const top = zoneIndex(targetZone);
  for (let i = layout.length - 1; i >= 0; i--) {
    if (zoneIndex(layout[i]) <= top && layout[i] !== 'Device') return i;
  }
  return null;
}

/** 2^order pages; 0 for sysrq's order -1 (no allocation). */
export function orderToPages(order: number): number {
  return order < 0 ? 0 : 2 ** order;
}

/** Request size in bytes for the event's page size (4 KiB when unknown). */
export function orderToBytes(order: number, pageSizeKb: number | null = 4): number {
  return orderToPages(order) * (pageSizeKb ?? 4) * 1024;
}

export function isCostlyOrder(order: number): boolean {
  return order > PAGE_ALLOC_COSTLY_ORDER;
}

function humanBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${bytes / (1024 * 1024)} MiB`;
  return `${bytes / 1024} KiB`;
}

/** "order 2 = 4 pages = 16 KiB" plus the costly-order remark where it applies. */
export function describeOrder(order: number, pageSizeKb: number | null = 4): string {
  if (order < 0) return `order ${order}: no allocation (OOM forced by SysRq-f)`;
  const pages = orderToPages(order);
  const text = `order ${order} = ${pages} page${pages === 1 ? '' : 's'} = ${humanBytes(orderToBytes(order, pageSizeKb))}`;
  if (isCostlyOrder(order))
    return `${text} (costly: above order ${PAGE_ALLOC_COSTLY_ORDER} the allocator fails instead of OOM-killing, unless __GFP_NOFAIL)`;
  if (order > 0) return `${text} (needs ${pages} physically contiguous pages)`;
  return text;
}
