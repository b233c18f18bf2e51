/**
 * 32-bit kernels with HighMem: the kernel's own memory (slab, page tables, kernel stacks, buffers) and
 * every GFP_KERNEL request live in low memory (DMA + Normal, at most ~896 MiB); HighMem holds user pages
 * and page cache. The question there is lowmem, so the accounting is split by zone.
 */
import type { OomEvent, Zone } from '../../parse/model';
import type { AccountingRow, HighmemSplit } from '../types';

const FIELDS: [id: string, keys: string[]][] = [
  ['anon', ['active_anon', 'inactive_anon']],
  ['page-cache', ['active_file', 'inactive_file']],
  ['unevictable', ['unevictable']],
  ['slab-reclaimable', ['slab_reclaimable']],
  ['slab-unreclaimable', ['slab_unreclaimable']],
  ['kernel-stack', ['kernel_stack']],
  ['page-tables', ['pagetables']],
];

function partOf(zones: Zone[], part: 'lowmem' | 'highmem'): HighmemSplit['lowmem'] {
  const managedKb = zones.reduce((s, z) => s + (z.managedKb ?? z.presentKb ?? 0), 0);
  const freeKb = zones.reduce((s, z) => s + z.freeKb, 0);
  const lines = zones.map((z) => z.line);
  const rows: AccountingRow[] = [{ id: 'free', kb: freeKb, lines, counted: true, part }];
  for (const [id, keys] of FIELDS) {
    const withKey = zones.filter((z) => keys.some((k) => typeof z.fieldsKb[k] === 'number'));
    if (withKey.length === 0) continue;
    const kb = withKey.reduce((s, z) => s + keys.reduce((t, k) => t + (z.fieldsKb[k] ?? 0), 0), 0);
    rows.push({ id, kb, lines: withKey.map((z) => z.line), counted: true, part });
  }
  return { managedKb, freeKb, rows };
}

/**
 * Lowmem (DMA, Normal) against HighMem, from the zone lines. Slab and kernel stacks that the zone lines of
 * this era do not carry (4.13+ moved slab to the node) are taken from the machine rows: on 32-bit they are
 * always lowmem.
 */
export function highmemSplit(event: OomEvent, machine: AccountingRow[]): HighmemSplit | null {
  const high = event.zones.filter((z) => z.zone === 'HighMem' || z.zone === 'Movable');
  const low = event.zones.filter((z) => z.zone === 'DMA' || z.zone === 'Normal');
  if (high.length === 0 || low.length === 0) return null;
  const lowmem = partOf(low, 'lowmem');
  for (const id of ['slab', 'slab-reclaimable', 'slab-unreclaimable', 'kernel-stack', 'page-tables']) {
    if (lowmem.rows.some((r) => r.id === id)) continue;
    const row = machine.find((r) => r.id === id);
    if (row) lowmem.rows.push({ ...row, part: 'lowmem' });
  }
  return { lowmem, highmem: partOf(high, 'highmem') };
}
