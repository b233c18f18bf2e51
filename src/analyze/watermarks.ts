/**
 * Reproduce the zone watermark check (`__zone_watermark_ok`, BADNESS.md §5) for the request:
 *
 *   free − (2^order − 1) pages [− highatomic reserve] [− free CMA]  >  min + lowmem_reserve[highest zone]
 *
 * which, in whole pages, is the same as `free − request ≥ min + reserve`. We use the min watermark:
 * since 4.7 the allocator declares OOM only when no zone could meet min even after reclaim.
 * Printed min already includes watermark_boost on 5.0+. Atomic (ALLOC_HARDER/ALLOC_HIGH) callers may
 * dip below min; we say so instead of guessing the exact discount. 2.6.32's order>0 variant (halving
 * min per order) is not modelled: the fragmentation check covers order>0 instead.
 */
import type { GfpDecode } from '../kernel/types';
import type { OomEvent, Zone } from '../parse/model';
import type { ZoneCheck } from './types';
import type { KernelFacts } from './kernelFacts';
import { allowedNodes } from './nodes';
import type { RequestSize } from './request';
import { configuredZones, reserveIndex } from './zoneIndex';

export interface WatermarkResult {
  checks: ZoneCheck[];
  /** Nodes with at least one usable zone where every usable zone failed. */
  shortNodes: number[];
  targetZone: string | null;
  /** Column of lowmem_reserve[] used; null when it could not be placed (reserve taken as 0). */
  reserveColumn: number | null;
  /** Assumptions made, in words. */
  notes: string[];
}

export function checkWatermarks(
  event: OomEvent,
  request: RequestSize | null,
  gfp: GfpDecode | null,
  facts: Pick<KernelFacts, 'zoneOrder' | 'usableZones'>,
): WatermarkResult {
  const notes: string[] = [];
  if (!request || event.zones.length === 0) {
    return { checks: [], shortNodes: [], targetZone: null, reserveColumn: null, notes };
  }
  const targetZone = gfp?.targetZone ?? 'Normal';
  if (!gfp) notes.push('The gfp mask was not decoded: assuming the request could use zones up to Normal (GFP_KERNEL).');
  const printed = [...new Set(event.zones.map((z) => z.zone))];
  const usableNames = facts.usableZones(targetZone, printed);
  const allowed = allowedNodes(event);
  const reserveLength = Math.max(0, ...event.zones.map((z) => z.lowmemReserve.length));
  const column =
    reserveLength > 0 ? reserveIndex(targetZone, configuredZones(facts.zoneOrder, printed, reserveLength)) : null;
  if (reserveLength === 0) notes.push('lowmem_reserve[] was not printed: reserve taken as 0.');
  else if (column === null) notes.push('Could not tell which lowmem_reserve[] column applies: reserve taken as 0.');
  const atomic = gfp !== null && (!gfp.canSleep || gfp.usesReserves);
  if (atomic)
    notes.push(
      'Atomic request: the kernel lets it dip below min (ALLOC_HARDER/ALLOC_HIGH); the check below uses plain min.',
    );

  const checks = event.zones.map((zone) => {
    const usable = usableNames.includes(zone.zone) && (allowed.nodes === null || allowed.nodes.includes(zone.node));
    return checkZone(zone, usable, request, column, { atomic, movable: gfp?.migrateType === 'Movable' });
  });
  return { checks, shortNodes: shortNodesOf(checks), targetZone, reserveColumn: column, notes };
}

function checkZone(
  zone: Zone,
  usable: boolean,
  request: RequestSize,
  column: number | null,
  caller: { atomic: boolean; movable: boolean },
): ZoneCheck {
  const pageKb = request.pageSize.kb;
  const reservePages = column === null ? 0 : (zone.lowmemReserve[column] ?? 0);
  const reserveKb = reservePages * pageKb;
  // Highatomic pageblocks are only for atomic callers; CMA only for movable ones (ALLOC_CMA).
  const highatomicKb = caller.atomic ? 0 : (zone.reservedHighatomicKb ?? 0);
  const cmaKb = caller.movable ? 0 : (zone.fieldsKb['free_cma'] ?? 0);
  const leftKb = zone.freeKb - highatomicKb - cmaKb - request.kb;
  const needKb = zone.minKb + reserveKb;
  const ok = leftKb >= needKb;

  const terms = [`free ${zone.freeKb} kB`];
  if (highatomicKb > 0) terms.push(`highatomic reserve ${highatomicKb} kB`);
  if (cmaKb > 0) terms.push(`free CMA ${cmaKb} kB`);
  terms.push(`request ${request.kb} kB`);
  const reserveText =
    column === null ? 'reserve 0 kB' : `lowmem_reserve[${column}] ${reserveKb} kB (${reservePages} pages)`;
  const boost = zone.boostKb ? ` (min includes boost ${zone.boostKb} kB)` : '';
  const verdict = ok ? 'above the min watermark' : 'below the min watermark';
  const arithmetic =
    `${terms.join(' − ')} = ${leftKb} kB ${ok ? '≥' : '<'} min ${zone.minKb} kB + ${reserveText} = ${needKb} kB: ${verdict}` +
    boost +
    (usable ? '' : ' (zone not usable for this request)');
  return {
    node: zone.node,
    zone: zone.zone,
    usable,
    freeKb: zone.freeKb,
    minKb: zone.minKb,
    lowKb: zone.lowKb,
    highKb: zone.highKb,
    reserveKb,
    requestKb: request.kb,
    ok,
    arithmetic,
    line: zone.line,
  };
}

function shortNodesOf(checks: ZoneCheck[]): number[] {
  const byNode = new Map<number, boolean[]>();
  for (const c of checks) {
    if (!c.usable) continue;
    byNode.set(c.node, [...(byNode.get(c.node) ?? []), c.ok]);
  }
  return [...byNode]
    .filter(([, oks]) => oks.every((ok) => !ok))
    .map(([node]) => node)
    .sort((a, b) => a - b);
}
