/**
 * A cgroup's usage against its limit, and where its memory went (its largest memory.stat entries).
 * v1 prints `key:NNNKB` (kB), v2 `key bytes`; event counters (pgfault, workingset_*) are not sizes.
 */
import type { MemcgInfo } from '../parse/model';
import type { MemcgAccounting } from './types';
import { UNLIMITED_KB } from './totalPages';

/**
 * Top-level size keys; LRU splits and parts of another key (shmem and mapped files are inside
 * file/cache) are left out. v2 `kernel` (6.1+) still contains stacks, page tables and slab.
 */
const V1_SIZE_KEYS = ['rss', 'cache', 'rss_huge', 'swap', 'dirty', 'writeback'];
const V2_SIZE_KEYS = [
  'anon',
  'file',
  'kernel',
  'kernel_stack',
  'pagetables',
  'percpu',
  'sock',
  'slab',
  'vmalloc',
  'zswap',
];

export function memcgAccounting(memcg: MemcgInfo | null, topN = 5): MemcgAccounting | null {
  if (!memcg) return null;
  const memory = memcg.memory;
  const limited = memory !== null && memory.limitKb > 0 && memory.limitKb < UNLIMITED_KB;
  const keys = memcg.statsUnit === 'bytes' ? V2_SIZE_KEYS : V1_SIZE_KEYS;
  const toKb = memcg.statsUnit === 'bytes' ? 1 / 1024 : 1;
  const largestStats = keys
    .filter((key) => typeof memcg.stats[key] === 'number' && memcg.stats[key] > 0)
    .map((key) => ({ key, kb: Math.round(memcg.stats[key] * toKb) }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, topN);
  return {
    path: memcg.path,
    usageKb: memory?.usageKb ?? null,
    limitKb: limited ? memory.limitKb : null,
    percentOfLimit: limited ? Math.round((memory.usageKb / memory.limitKb) * 100) : null,
    largestStats,
    line: memory?.line ?? memcg.line,
  };
}
