/**
 * One line of plain-language meaning per gfp name. The questions users ask of a mask: may it
 * sleep, reclaim (directly or via kswapd), start IO, call into filesystems, use reserves, is it
 * charged to the memcg, and what retry/zero/compound semantics it asks for.
 */
import type { GfpTable } from '../types';

const FLAG_MEANINGS: Record<string, string> = {
  __GFP_DMA: 'Zone modifier: must come from ZONE_DMA (the lowest 16 MiB on x86).',
  __GFP_HIGHMEM: 'Zone modifier: may use HighMem (32-bit only; on 64-bit kernels this means Normal).',
  __GFP_DMA32: 'Zone modifier: must come from below 4 GiB (ZONE_DMA32).',
  __GFP_MOVABLE: 'Page can be migrated or reclaimed: goes to Movable pageblocks (and ZONE_MOVABLE with __GFP_HIGHMEM).',
  __GFP_RECLAIMABLE: 'Reclaimable kernel memory (e.g. dentry/inode slab): goes to Reclaimable pageblocks.',
  __GFP_WAIT: 'May sleep: direct reclaim and compaction allowed (before 4.4 this one bit meant both).',
  __GFP_HIGH: 'High priority: may dip below the min watermark into the emergency reserve.',
  __GFP_IO: 'May start physical IO during reclaim (e.g. swap out pages).',
  __GFP_FS: 'May call into the filesystem during reclaim (writeback, inode/dentry shrinking).',
  __GFP_COLD: 'Wants a cache-cold page (hint to the per-CPU lists; removed in 4.15).',
  __GFP_NOWARN: 'Do not print a "page allocation failure" warning if this fails.',
  __GFP_REPEAT: 'Try hard before failing (retry reclaim); may still fail.',
  __GFP_RETRY_MAYFAIL: 'Retry reclaim hard but fail rather than invoke the OOM killer.',
  __GFP_NOFAIL: 'Must not fail: the allocator retries forever (and may OOM-kill to make room).',
  __GFP_NORETRY: 'Give up early: one light reclaim attempt, never the OOM killer.',
  __GFP_NO_GROW: 'Slab internal: do not grow the cache (2.6 only).',
  __GFP_COMP: 'Compound page: a multi-page block with head/tail metadata (THP, slab, large kmalloc).',
  __GFP_ZERO: 'Return zero-filled memory.',
  __GFP_NOMEMALLOC: 'Never use the emergency reserves, even in PF_MEMALLOC context.',
  __GFP_MEMALLOC: 'May use all emergency reserves (for allocations that free memory, e.g. swap over network).',
  __GFP_HARDWALL: 'Enforce the cpuset memory boundary strictly (user allocations).',
  __GFP_THISNODE: 'Only the requested NUMA node: no fallback to other nodes, no OOM killer.',
  __GFP_KMEMCG: 'Charge this kernel memory to the memory cgroup (3.8–3.14).',
  __GFP_ACCOUNT: 'Charged to the memory cgroup as kernel memory (kmem accounting).',
  __GFP_NOACCOUNT: 'Do not charge this kernel memory to the memory cgroup (4.4 only).',
  __GFP_NOTRACK: 'kmemcheck: do not track this allocation (debug kernels only).',
  __GFP_NO_KSWAPD: 'Do not wake kswapd (used by THP allocations, 2.6.38–4.3).',
  __GFP_OTHER_NODE: 'Accounting hint: allocated on behalf of another node (THP collapse).',
  __GFP_WRITE: 'Caller intends to dirty the page: spread dirty pages over zones.',
  __GFP_ATOMIC: 'Atomic context (cannot sleep): may use part of the reserves (ALLOC_HARDER).',
  __GFP_DIRECT_RECLAIM: 'May sleep and reclaim memory itself (direct reclaim, compaction).',
  __GFP_KSWAPD_RECLAIM: 'May wake kswapd to reclaim in the background.',
  __GFP_RECLAIM: 'Both direct reclaim and kswapd wake-up allowed.',
  __GFP_ZEROTAGS: 'arm64 MTE: zero the memory tags together with the data.',
  __GFP_SKIP_KASAN_POISON: 'KASAN: skip poisoning on free (set on user pages).',
  __GFP_NO_OBJ_EXT: 'Slab internal: do not allocate object extensions (memory profiling / memcg).',
};

const COMPOSITE_MEANINGS: Record<string, string> = {
  GFP_KERNEL: 'Ordinary kernel allocation: may sleep, reclaim, do IO and call into filesystems.',
  GFP_KERNEL_ACCOUNT: 'GFP_KERNEL, charged to the memory cgroup (kernel memory on behalf of a task).',
  GFP_NOFS: 'May sleep and do IO but must not re-enter the filesystem (called from filesystem code).',
  GFP_NOIO: 'May sleep and reclaim but must not start IO (called from the block layer).',
  GFP_ATOMIC: 'Cannot sleep (interrupt or lock held): may use part of the emergency reserves.',
  GFP_NOWAIT: 'Cannot sleep and has no reserve access: fails fast, may only wake kswapd.',
  GFP_USER: 'User-space allocation the kernel accesses directly: may sleep and reclaim; cpuset enforced.',
  GFP_HIGHUSER: 'User-space page (HighMem allowed on 32-bit): may sleep and reclaim; cpuset enforced.',
  GFP_HIGHUSER_MOVABLE: 'Ordinary user page (page fault, page cache): movable, may sleep, reclaim, do IO and FS.',
  GFP_TRANSHUGE: 'Transparent huge page with direct compaction: movable, no reserves, no warning.',
  GFP_TRANSHUGE_LIGHT: 'Transparent huge page, opportunistic: no reclaim at all, fails quietly.',
  GFP_TEMPORARY: 'Short-lived kernel allocation: like GFP_KERNEL but grouped as reclaimable.',
  GFP_IOFS: 'IO and filesystem allowed (a mask fragment, without the right to sleep).',
  GFP_THISNODE: 'Only this NUMA node, no retry, no warning.',
  GFP_DMA: 'Must come from ZONE_DMA (legacy devices).',
  GFP_DMA32: 'Must come from below 4 GiB (ZONE_DMA32).',
};

export function meaningOf(name: string, table: GfpTable): string {
  if (name.startsWith('0x')) {
    return `Bits the ${table.id} table does not name (config-dependent or unknown on this kernel).`;
  }
  if (name === '__GFP_RECLAIMABLE' && table.reclaimModel === 'wait') {
    return 'Reclaimable kernel memory (slab caches): goes to Reclaimable pageblocks.';
  }
  if (name === '__GFP_MOVABLE' && table.movableModel === 'plain-bit') {
    return 'Page can be migrated: Movable pageblocks (2.6.23–2.6.30: a plain bit, not a zone modifier).';
  }
  if (name === '__GFP_HIGH' && table.reclaimModel === 'wait') {
    return 'High priority (GFP_ATOMIC before 4.4): may dip below the min watermark into the reserve.';
  }
  return COMPOSITE_MEANINGS[name] ?? FLAG_MEANINGS[name] ?? 'No description for this flag.';
}
