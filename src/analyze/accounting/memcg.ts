/**
 * A cgroup's usage against its limit and where its memory went, from its own counters. In a memcg OOM
 * host-wide Mem-Info (printed by 2.6.32/3.10 kernels, or by panic_on_oom) is not the cgroup's.
 * v1 prints `key:NNNKB` (kB) per cgroup of the hierarchy (each its own, not hierarchical, counters) and a
 * `kmem:` usage line (3.x+); v2 prints `key bytes` (5.3+) with kernel, slab, sock, page tables, stacks.
 */
import type { MemcgInfo } from '../../parse/model';
import type { AccountingRow, MemcgAccounting } from '../types';
import { UNLIMITED_KB } from '../../kernel/memcg';
import { clean } from './machine';

/** v1 keys: sizes at the top level; rss_huge sits inside rss, mapped_file/shmem/dirty/writeback inside cache. */
const V1_ROWS: [id: string, key: string, counted: boolean][] = [
  ['memcg-anon', 'rss', true],
  ['memcg-file', 'cache', true],
  ['memcg-shmem', 'shmem', false],
  ['memcg-dirty', 'dirty', false],
  ['memcg-writeback', 'writeback', false],
  ['memcg-swap', 'swap', false],
];
/** v2 keys (bytes); `kernel` (6.1+) already holds stacks, page tables, percpu, slab and vmalloc. */
const V2_ROWS: [id: string, key: string, counted: boolean][] = [
  ['memcg-anon', 'anon', true],
  ['memcg-file', 'file', true],
  ['memcg-kernel-stack', 'kernel_stack', true],
  ['memcg-page-tables', 'pagetables', true],
  ['memcg-percpu', 'percpu', true],
  ['memcg-sock', 'sock', true],
  ['memcg-slab', 'slab', true],
  ['memcg-vmalloc', 'vmalloc', true],
  ['memcg-shmem', 'shmem', false],
  ['memcg-dirty', 'file_dirty', false],
  ['memcg-writeback', 'file_writeback', false],
  ['memcg-swap', 'swap', false],
];
const V2_KERNEL_PARTS = ['kernel_stack', 'pagetables', 'percpu', 'slab', 'vmalloc'];

/** Stats summed over the OOM cgroup and (v1) every cgroup below it, in kB. */
function statsKb(memcg: MemcgInfo): Record<string, number> {
  const toKb = memcg.statsUnit === 'bytes' ? 1 / 1024 : 1;
  const out: Record<string, number> = {};
  const sets = [memcg.stats, ...(memcg.statsUnit === 'bytes' ? [] : memcg.children.map((c) => c.stats))];
  for (const stats of sets) {
    for (const [k, v] of Object.entries(stats)) out[k] = (out[k] ?? 0) + Math.round(v * toKb);
  }
  return out;
}

export function memcgRows(memcg: MemcgInfo): AccountingRow[] {
  const stats = statsKb(memcg);
  const lines = clean([memcg.statsLine, ...memcg.children.map((c) => c.line)]);
  const v2 = memcg.statsUnit === 'bytes';
  const rows: AccountingRow[] = [];
  const hasKernel = v2 && typeof stats.kernel === 'number';
  for (const [id, key, counted] of v2 ? V2_ROWS : V1_ROWS) {
    if (typeof stats[key] !== 'number') continue;
    // 6.1+ `kernel` holds the kernel parts: count it once, as a whole.
    const inKernel = hasKernel && V2_KERNEL_PARTS.includes(key);
    rows.push({ id, kb: stats[key], lines, counted: counted && !inKernel, part: null });
  }
  if (hasKernel) rows.push({ id: 'memcg-kernel', kb: stats.kernel, lines, counted: true, part: null });
  if (!v2 && memcg.kmem && memcg.kmem.usageKb > 0)
    rows.push({ id: 'memcg-kmem', kb: memcg.kmem.usageKb, lines: [memcg.kmem.line], counted: true, part: null });
  return rows;
}

/** Kernel memory charged to the cgroup; null when the log does not show it. */
function kernelKbOf(memcg: MemcgInfo): number | null {
  if (memcg.statsUnit === 'bytes') {
    const stats = statsKb(memcg);
    if (typeof stats.kernel === 'number') return stats.kernel;
    const parts = [...V2_KERNEL_PARTS, 'sock'].filter((k) => typeof stats[k] === 'number');
    return parts.length > 0 ? parts.reduce((s, k) => s + stats[k], 0) : null;
  }
  return memcg.kmem ? memcg.kmem.usageKb : null;
}

export function memcgAccounting(memcg: MemcgInfo | null, topN = 5): MemcgAccounting | null {
  if (!memcg) return null;
  const memory = memcg.memory;
  const limited = memory !== null && memory.limitKb > 0 && memory.limitKb < UNLIMITED_KB;
  const largestStats = memcgRows(memcg)
    .filter((r) => r.counted && r.kb > 0)
    .map((r) => ({ key: r.id.replace(/^memcg-/, ''), kb: r.kb }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, topN);
  return {
    path: memcg.path,
    usageKb: memory?.usageKb ?? null,
    limitKb: limited ? memory.limitKb : null,
    percentOfLimit: limited ? Math.round((memory.usageKb / memory.limitKb) * 100) : null,
    largestStats,
    kernelKb: kernelKbOf(memcg),
    line: memory?.line ?? memcg.line,
  };
}
