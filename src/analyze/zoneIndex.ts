/**
 * Which column of a zone's `lowmem_reserve[]` applies to a request.
 *
 * The kernel checks `lowmem_reserve[highest_zoneidx]`, where highest_zoneidx = gfp_zone(gfp_mask)
 * is an index into the zones *compiled into that kernel* (MAX_NR_ZONES entries, one per printed
 * number), not into the zones the report happened to print: empty zones (Movable, often Device,
 * DMA on some arm64) are not printed, and 6.1+ hides zones above the request. So we rebuild the
 * compiled-in list from what was printed plus the array length:
 *  - every printed zone, and Normal (always compiled in), are in it;
 *  - the rest are filled in order of how often kernels carry them: Movable (every kernel since
 *    2.6.23), DMA32 (64-bit kernels, i.e. when no HighMem zone is printed), DMA, then Device.
 * A target zone the kernel did not compile in (HighMem on 64-bit, DMA32 on 32-bit) is mapped to
 * Normal, as the kernel's OPT_ZONE_* macros do.
 */
export function configuredZones(
  zoneOrder: readonly string[],
  printedZones: string[],
  reserveLength: number,
): string[] | null {
  const wanted = new Set<string>([...printedZones, 'Normal']);
  const required = zoneOrder.filter((z) => wanted.has(z));
  if (reserveLength < required.length) return null;
  const is32bit = printedZones.includes('HighMem');
  const candidates = ['Movable', is32bit ? null : 'DMA32', 'DMA', 'Device', is32bit ? null : 'HighMem'];
  for (const zone of candidates) {
    if (wanted.size >= reserveLength) break;
    if (zone && zoneOrder.includes(zone)) wanted.add(zone);
  }
  const result = zoneOrder.filter((z) => wanted.has(z));
  return result.length === reserveLength ? result : null;
}

/** Index of the request's highest zone in the compiled-in zone list; null when it cannot be placed. */
export function reserveIndex(targetZone: string, configured: string[] | null): number | null {
  if (!configured) return null;
  const direct = configured.indexOf(targetZone);
  if (direct >= 0) return direct;
  const normal = configured.indexOf('Normal');
  return normal >= 0 ? normal : null;
}
