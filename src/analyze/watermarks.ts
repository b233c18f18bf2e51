/**
 * Reproduce the zone watermark check (`__zone_watermark_ok`, docs/kernel/zones-and-watermarks.md §3; the era's rules in kernel/watermarks.ts) for the request, per zone:
 *
 *   free − request [− highatomic reserve] [− free CMA]  >  watermark + lowmem_reserve[highest zone]
 *
 * with the era's watermark (high before 4.7, min since), and sort each zone into a state: a zone the
 * request cannot use, an empty zone, a lower zone its lowmem_reserve fences off (normal), a zone short
 * of its own watermark, or one that passes. Order > 0 also needs a free block of that order (fragmentation.ts
 * decides the verdict; here a zone without one is 'no-block').
 */
import type { GfpDecode } from '../kernel/types';
import { discountedMark } from '../kernel/watermarks';
import type { OomEvent, Zone } from '../parse/model';
import type { EventFacts } from './facts';
import { allowedNodes } from './nodes';
import { largestFreeOrder, type Caller } from './fragmentation';
import type { ZoneCheck, ZoneState } from './types';

export interface WatermarkResult {
  checks: ZoneCheck[];
  /** Nodes with at least one usable zone where no usable zone passed. */
  shortNodes: number[];
  /** The mask was not decoded: zones up to Normal were taken as usable. */
  targetAssumed: boolean;
  /** The caller may dip below the watermark (atomic, __GFP_HIGH): the mark was discounted. */
  discounted: boolean;
}

export function callerOf(gfp: GfpDecode | null): Caller {
  return {
    atomic: gfp !== null && !gfp.canSleep,
    high: gfp !== null && gfp.usesReserves,
    movable: gfp?.migrateType === 'Movable',
  };
}

export function checkWatermarks(event: OomEvent, facts: EventFacts, gfp: GfpDecode | null): WatermarkResult {
  const request = facts.zoneRequest;
  const none = { checks: [], shortNodes: [], targetAssumed: gfp === null, discounted: false };
  if (!request || event.zones.length === 0) return none;
  const caller = callerOf(gfp);
  const allowed = allowedNodes(event).nodes;
  const checks = event.zones.map((zone) => {
    const usable = facts.usableZones.includes(zone.zone) && (allowed === null || allowed.includes(zone.node));
    return checkZone(zone, usable, facts, caller, event);
  });
  return {
    checks,
    shortNodes: shortNodesOf(checks),
    targetAssumed: gfp === null,
    discounted: caller.atomic || caller.high,
  };
}

function isEmpty(zone: Zone): boolean {
  return zone.presentKb === 0 || zone.managedKb === 0;
}

function checkZone(zone: Zone, usable: boolean, facts: EventFacts, caller: Caller, event: OomEvent): ZoneCheck {
  const pageKb = facts.pageKb;
  const request = facts.zoneRequest!;
  const column = facts.reserveColumn;
  const reservePages = column === null ? 0 : (zone.lowmemReserve[column] ?? 0);
  const reserveKb = reservePages * pageKb;
  // Highatomic pageblocks are only for atomic callers; CMA only for movable ones (ALLOC_CMA).
  const highatomicKb = caller.atomic || caller.high ? 0 : (zone.reservedHighatomicKb ?? 0);
  const cmaKb = caller.movable ? 0 : (zone.fieldsKb['free_cma'] ?? 0);
  const rawMark = facts.watermark === 'high' ? zone.highKb : zone.minKb;
  const markKb = discountedMark(rawMark, caller);
  // `free − (2^order − 1) pages > mark + reserve` is, in whole pages, `free − request ≥ mark + reserve`.
  const leftKb = zone.freeKb - highatomicKb - cmaKb - request.kb;
  const needKb = markKb + reserveKb;
  let state: ZoneState;
  if (isEmpty(zone)) state = 'empty';
  else if (!usable) state = 'unusable';
  else if (leftKb < markKb) state = 'below';
  else if (leftKb < needKb) state = 'fenced';
  else if (request.order > 0 && !hasBlock(event, zone, request.order, caller)) state = 'no-block';
  else state = 'passes';
  const counts = state !== 'empty' && state !== 'unusable';
  return {
    node: zone.node,
    zone: zone.zone,
    state,
    usable: counts,
    passes: counts ? state === 'passes' : null,
    watermark: facts.watermark,
    freeKb: zone.freeKb,
    minKb: zone.minKb,
    lowKb: zone.lowKb,
    highKb: zone.highKb,
    markKb,
    reserveKb,
    reservePages,
    reserveColumn: column,
    requestKb: request.kb,
    highatomicKb,
    cmaKb,
    leftKb,
    needKb,
    line: zone.line,
    reserveLine: zone.reserveLine,
  };
}

/** A free block of `order` or above in an allowed migrate type; without a buddy line, assume one. */
function hasBlock(event: OomEvent, zone: Zone, order: number, caller: Caller): boolean {
  const row = event.buddy.find((b) => b.node === zone.node && b.zone === zone.zone);
  return !row || largestFreeOrder(row, caller) >= order;
}

function shortNodesOf(checks: ZoneCheck[]): number[] {
  const byNode = new Map<number, boolean[]>();
  for (const c of checks) {
    if (!c.usable) continue;
    byNode.set(c.node, [...(byNode.get(c.node) ?? []), c.passes === true]);
  }
  return [...byNode]
    .filter(([, passes]) => passes.every((p) => !p))
    .map(([node]) => node)
    .sort((a, b) => a - b);
}

/** Usable zones short of their own watermark (not merely fenced by a reserve). */
export function shortZones(checks: ZoneCheck[]): ZoneCheck[] {
  return checks.filter((c) => c.state === 'below');
}
