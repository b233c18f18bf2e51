/** Findings from the reproduced zone watermark and buddy checks. */
import { describeRequest, formatKb } from '../request';
import { type Rule, finding } from './context';

export const zoneBelowMin: Rule = ({ watermarks, request }) => {
  const usable = watermarks.checks.filter((c) => c.usable);
  const failing = usable.filter((c) => !c.ok);
  if (failing.length === 0 || !request) return null;
  const all = failing.length === usable.length;
  const scope = all
    ? `every zone the request could use (${usable.length})`
    : `${failing.length} of the ${usable.length} zones the request could use`;
  const nodes = watermarks.shortNodes.length > 0 ? ` Short node(s): ${watermarks.shortNodes.join(', ')}.` : '';
  const rows = failing.map((c) => `Node ${c.node} ${c.zone}: ${c.arithmetic}.`).join(' ');
  return finding(
    'zone-below-min',
    'critical',
    all ? 'Every usable zone was below its min watermark' : 'Zones below their min watermark',
    `For a request of ${describeRequest(request)} (highest zone ${watermarks.targetZone}), ${scope} failed the kernel's watermark check.${nodes} ${rows}${watermarks.notes.length ? ' ' + watermarks.notes.join(' ') : ''}`,
    failing.flatMap((c) => [c.line]),
  );
};

export const fragmentation: Rule = ({ fragmentation: frag, request, watermarks }) => {
  if (!frag || frag.verdict !== 'fragmented' || !request) return null;
  const pieces = frag.largestFreeOrder
    .map((z) => `Node ${z.node} ${z.zone}: largest free block order ${z.order < 0 ? 'none' : z.order}`)
    .join('; ');
  const freeKb = watermarks.checks.filter((c) => c.usable).reduce((s, c) => s + c.freeKb, 0);
  const free = freeKb > 0 ? ` although ${formatKb(freeKb)} was free in those zones` : '';
  return finding(
    'fragmentation',
    'warning',
    'Memory was free but in pieces too small',
    `The request needed one contiguous block of ${describeRequest(request)}, and no usable zone had a free block that large${free} (${pieces}). This is fragmentation, not exhaustion: compaction could not assemble a block in time.`,
    frag.largestFreeOrder.map((z) => z.line),
  );
};

export const costlyOrder: Rule = ({ request, costlyOrder: costly, event }) => {
  if (!request || request.order <= costly) return null;
  return finding(
    'costly-order',
    'warning',
    `A costly allocation (order ${request.order} > ${costly})`,
    `The request was ${describeRequest(request)}. The page allocator normally gives up on orders above PAGE_ALLOC_COSTLY_ORDER (${costly}) without killing anything, unless __GFP_NOFAIL (or an old kernel) insisted; such large contiguous requests fail from fragmentation long before memory is gone.`,
    [event.trigger?.line],
  );
};

/** 32-bit kernels can map only ~896 MiB directly: kernel allocations need lowmem (DMA/Normal). */
export const lowmemPressure: Rule = ({ event, watermarks }) => {
  const highmem = event.zones.filter((z) => z.zone === 'HighMem');
  // When HighMem is as empty as lowmem this is plain exhaustion, not a lowmem-specific squeeze.
  if (highmem.length === 0 || highmem.every((z) => z.freeKb <= z.minKb)) return null;
  // Lowmem as a whole must be short: DMA alone failing is normal (its lowmem_reserve protects it).
  const lowChecks = watermarks.checks.filter((c) => c.usable && c.zone !== 'HighMem' && c.zone !== 'Movable');
  const short =
    lowChecks.length > 0
      ? lowChecks.every((c) => !c.ok)
        ? lowChecks.map((c) => ({ node: c.node, zone: c.zone, freeKb: c.freeKb, minKb: c.minKb, line: c.line }))
        : []
      : event.zones.filter((z) => z.zone === 'Normal' && z.freeKb <= z.minKb);
  if (short.length === 0) return null;
  const highFreeKb = highmem.reduce((s, z) => s + z.freeKb, 0);
  return finding(
    'lowmem-pressure',
    'warning',
    'Low memory exhausted on a 32-bit HighMem system',
    `This is a 32-bit kernel with a HighMem zone: the kernel itself (slab, page tables, buffers) can only use low memory (DMA and Normal, about 896 MiB). ${short.map((z) => `Node ${z.node} ${z.zone} had ${formatKb(z.freeKb)} free against min ${formatKb(z.minKb)}`).join('; ')}, while HighMem still had ${formatKb(highFreeKb)} free. Adding RAM does not help; a 64-bit kernel does.`,
    [...short.map((z) => z.line), ...highmem.map((z) => z.line)],
  );
};
