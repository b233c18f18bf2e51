/**
 * One scale per zone for two events' watermark bars: a zone of A and the same node and zone of B are drawn
 * against the larger of the two, so the bars can be compared by eye (drawn each on its own scale, a zone with
 * half the free memory could look the same).
 */
import type { CompareSide } from './compare';

/** `node:zone` → the largest figure either event's bar of that zone draws (free, high, min + reserve), in kB. */
export function zoneScales(a: CompareSide, b: CompareSide): Map<string, number> {
  const scales = new Map<string, number>();
  for (const side of [a, b]) {
    for (const zone of side.event.zones) {
      const key = `${zone.node}:${zone.zone}`;
      const check = side.analysis.zoneChecks.find((c) => c.node === zone.node && c.zone === zone.zone);
      const top = Math.max(zone.freeKb, zone.highKb, zone.minKb, check?.needKb ?? 0);
      scales.set(key, Math.max(scales.get(key) ?? 0, top));
    }
  }
  return scales;
}
