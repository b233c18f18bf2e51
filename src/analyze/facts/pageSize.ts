/**
 * The page size, as the log proves it. Task-table columns and Mem-Info counters are pages; arm64 and
 * ppc64 kernels often use 16 or 64 KiB pages, so 4 KiB is never assumed where the log shows otherwise.
 * Proofs, most direct first:
 * - buddy lines print each order's block size in kB (`1*4kB`, `1*64kB`): order 0 is one page;
 * - the kill line prints `total-vm:` in kB, the task table `total_vm` in pages, for the same pid;
 * - Mem-Info `free:` (pages) against the zones' `free:…kB`, or the 4.8+ node line's `active_anon:…kB`
 *   against the counter `active_anon:` (pages);
 * - the kill line's resident kB against the task row's `rss` pages;
 * - `pgtables_bytes` are whole page-table pages: when their common divisor is 4096, pages are 4 KiB.
 * null when nothing proves it.
 */
import type { OomEvent } from '../../parse/model';

export type PageSizeProof =
  'buddy' | 'kill-line-total-vm' | 'free-counter' | 'node-counter' | 'kill-line-rss' | 'pgtables';

export interface PageSizeFact {
  kb: number | null;
  proof: PageSizeProof | null;
  lines: number[];
}

const SIZES = [4, 8, 16, 32, 64, 256];

/** The page size a kB/pages ratio stands for, within `tolerance` (values sampled at slightly different times). */
function sizeFromRatio(kb: number, pages: number, tolerance: number): number | null {
  if (!(pages > 0) || !(kb > 0)) return null;
  const ratio = kb / pages;
  return SIZES.find((s) => Math.abs(ratio - s) <= s * tolerance) ?? null;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function pageSizeOf(event: OomEvent): PageSizeFact {
  const first = event.buddy.find((b) => b.blockKb.length > 0 && b.blockKb[0] > 0);
  if (first) return { kb: first.blockKb[0], proof: 'buddy', lines: [first.line] };

  const v = event.victim;
  const row = v ? event.tasks?.tasks.find((t) => t.pid === v.pid) : undefined;
  if (v && row && v.totalVmKb !== null) {
    const kb = sizeFromRatio(v.totalVmKb, row.totalVmPages, 0);
    if (kb !== null) return { kb, proof: 'kill-line-total-vm', lines: [row.line, v.line] };
  }

  const counters = event.memInfo?.counters;
  if (counters && typeof counters.free === 'number' && event.zones.length > 0) {
    const zonesFree = event.zones.reduce((s, z) => s + z.freeKb, 0);
    const kb = sizeFromRatio(zonesFree, counters.free, 0.02);
    if (kb !== null) return { kb, proof: 'free-counter', lines: [event.memInfo!.line, event.zones[0].line] };
  }
  if (counters && typeof counters.active_anon === 'number' && event.nodes.length > 0) {
    const nodeKb = event.nodes.reduce((s, n) => s + (n.fieldsKb.active_anon ?? 0), 0);
    const kb = sizeFromRatio(nodeKb, counters.active_anon, 0.02);
    if (kb !== null) return { kb, proof: 'node-counter', lines: [event.memInfo!.line, event.nodes[0].line] };
  }

  if (v && row && v.anonRssKb !== null) {
    const residentKb = v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0);
    const kb = sizeFromRatio(residentKb, row.rssPages, 0.02);
    if (kb !== null && row.rssPages >= 64) return { kb, proof: 'kill-line-rss', lines: [row.line, v.line] };
  }

  const tables = (event.tasks?.tasks ?? []).filter((t) => (t.pgtablesBytes ?? 0) > 0);
  if (tables.length >= 3) {
    const divisor = tables.reduce((g, t) => gcd(g, t.pgtablesBytes!), 0);
    // Page-table pages are whole pages, and no kernel has pages under 4 KiB: a divisor of 4096 proves 4 KiB.
    if (divisor === 4096) return { kb: 4, proof: 'pgtables', lines: tables.slice(0, 3).map((t) => t.line) };
  }
  return { kb: null, proof: null, lines: [] };
}
