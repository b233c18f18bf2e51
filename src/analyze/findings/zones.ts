/**
 * Findings from the reproduced zone watermark and buddy checks. Only zones the request could use count:
 * a lower zone fenced off by its lowmem_reserve is the reserve doing its job, and an empty zone never fails.
 * Zone checks describe page-allocator OOMs: not cgroup limits, SysRq requests or kswapd's own decisions.
 */
import type { Params, ZoneCheck } from '../types';
import { type FindingContext, type Rule, finding } from './context';

function zoneItem(c: ZoneCheck): Params {
  return {
    node: c.node,
    zone: c.zone,
    state: c.state,
    watermark: c.watermark,
    freeKb: c.freeKb,
    markKb: c.markKb,
    reserveKb: c.reserveKb,
    reserveColumn: c.reserveColumn,
    requestKb: c.requestKb,
    highatomicKb: c.highatomicKb,
    cmaKb: c.cmaKb,
    leftKb: c.leftKb,
    needKb: c.needKb,
  };
}

/** Scopes whose cause is not a zone watermark. */
function zonesApply({ facts }: FindingContext): boolean {
  return (
    (facts.scope === 'global' ||
      facts.scope === 'cpuset' ||
      facts.scope === 'mempolicy' ||
      facts.scope === 'unknown') &&
    facts.invoker.kind !== 'kswapd'
  );
}

export const zoneBelowMin: Rule = (ctx) => {
  const { watermarks, facts } = ctx;
  if (!facts.zoneRequest || !zonesApply(ctx)) return null;
  const usable = watermarks.checks.filter((c) => c.usable);
  const short = usable.filter((c) => c.state === 'below');
  if (short.length === 0) return null;
  const passing = usable.filter((c) => c.state === 'passes');
  const fenced = usable.filter((c) => c.state === 'fenced');
  return finding(
    'zone-below-min',
    passing.length === 0 ? 'critical' : 'info',
    {
      count: short.length,
      usableCount: usable.length,
      allShort: passing.length === 0 ? 1 : 0,
      passingZones: passing.map((c) => `Node ${c.node} ${c.zone}`).join(', ') || null,
      fencedZones: fenced.map((c) => `Node ${c.node} ${c.zone}`).join(', ') || null,
      fencedCount: fenced.length,
      watermark: facts.watermark,
      targetZone: facts.targetZone,
      targetAssumed: watermarks.targetAssumed ? 1 : 0,
      orderAssumed: facts.requestAssumed ? 1 : 0,
      order: facts.zoneRequest.order,
      pages: facts.zoneRequest.pages,
      requestKb: facts.zoneRequest.kb,
      pageSizeAssumed: facts.pageSizeAssumed ? 1 : 0,
      shortNodes: watermarks.shortNodes.join(',') || null,
      discounted: watermarks.discounted ? 1 : 0,
    },
    // The short zones, then the fenced ones with the reserve that fenced them: the failure needs them all.
    [...short.map((c) => c.line), ...fenced.flatMap((c) => [c.line, c.reserveLine])],
    [...short, ...fenced].map(zoneItem),
  );
};

export const fragmentation: Rule = (ctx) => {
  const { fragmentation: frag, facts, watermarks } = ctx;
  if (!frag || frag.verdict !== 'fragmented' || !facts.request || !zonesApply(ctx)) return null;
  const usable = watermarks.checks.filter((c) => c.usable);
  return finding(
    'fragmentation',
    'warning',
    {
      order: facts.request.order,
      pages: facts.request.pages,
      requestKb: facts.request.kb,
      freeKb: usable.reduce((s, c) => s + c.freeKb, 0),
      largestUsableOrder: frag.largestUsableOrder,
      passingCount: usable.filter((c) => c.state === 'no-block').length,
    },
    frag.largestFreeOrder.map((z) => z.line),
    frag.largestFreeOrder.map((z) => ({
      node: z.node,
      zone: z.zone,
      largestOrder: z.order < 0 ? null : z.order,
      counts: z.counts ? 1 : 0,
    })),
  );
};

export const costlyOrder: Rule = ({ facts, costlyOrder: costly, event }) => {
  const request = facts.request;
  if (!request || request.order <= costly) return null;
  return finding(
    'costly-order',
    'warning',
    { order: request.order, pages: request.pages, requestKb: request.kb, costly },
    [event.trigger?.line],
  );
};

/**
 * 32-bit kernels map only ~896 MiB directly: the kernel itself and every GFP_KERNEL request live in lowmem
 * (DMA, Normal). HighMem can be full of free pages while lowmem is exhausted.
 */
export const lowmemPressure: Rule = (ctx) => {
  const { event, facts, watermarks } = ctx;
  if (!facts.highmem || !zonesApply(ctx) || !facts.zoneRequest) return null;
  if (facts.usableZones.includes('HighMem')) return null;
  const low = watermarks.checks.filter((c) => c.usable && (c.zone === 'Normal' || c.zone === 'DMA'));
  if (low.length === 0 || !low.some((c) => c.state === 'below') || low.some((c) => c.state === 'passes')) return null;
  const highmem = event.zones.filter((z) => z.zone === 'HighMem');
  const normal = event.zones.find((z) => z.zone === 'Normal');
  const lowZones = event.zones.filter((z) => z.zone === 'Normal' || z.zone === 'DMA');
  const present = normal?.presentKb ?? null;
  const managed = normal?.managedKb ?? null;
  return finding(
    'lowmem-pressure',
    'warning',
    {
      lowFreeKb: lowZones.reduce((s, z) => s + z.freeKb, 0),
      lowManagedKb: lowZones.reduce((s, z) => s + (z.managedKb ?? z.presentKb ?? 0), 0),
      highFreeKb: highmem.reduce((s, z) => s + z.freeKb, 0),
      highManagedKb: highmem.reduce((s, z) => s + (z.managedKb ?? z.presentKb ?? 0), 0),
      orderAssumed: facts.requestAssumed ? 1 : 0,
      normalPresentKb: present,
      // What the kernel keeps of Normal for itself at boot (the page array for all of RAM lives in lowmem).
      normalReservedKb:
        present !== null && managed !== null && present - managed > present / 2 ? present - managed : null,
    },
    [...low.map((c) => c.line), ...highmem.map((z) => z.line)],
    low.filter((c) => c.state === 'below').map(zoneItem),
  );
};
