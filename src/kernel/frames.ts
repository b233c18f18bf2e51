/**
 * What the functions in an OOM report's call trace say about how the OOM killer was reached.
 * Function names as the kernel prints them (`name+0xoff/0xsize`, with compiler suffixes such as
 * `.cold`, `.isra.0`, `.part.0`, `.constprop.0` dropped for matching).
 */

/** `out_of_memory.part.0+0xbd/0x240` → `out_of_memory`. */
export function functionOf(symbol: string): string {
  const name = symbol.split('+')[0];
  return name.replace(/\.(?:cold|isra|part|constprop|llvm|lto_priv)\b.*$/, '');
}

/**
 * A memory cgroup's charge hit its limit: the memcg OOM path (mm/memcontrol.c). 2.6.32–3.11 charge in
 * `__mem_cgroup_try_charge` → `mem_cgroup_handle_oom`; 3.12–5.x page faults defer the OOM to
 * `mem_cgroup_oom_synchronize` (from `pagefault_out_of_memory`); 4.x–6.x charges go through `try_charge`
 * / `try_charge_memcg` → `mem_cgroup_oom` → `mem_cgroup_out_of_memory`.
 */
export const MEMCG_OOM_FUNCTIONS: ReadonlySet<string> = new Set([
  'mem_cgroup_out_of_memory',
  'mem_cgroup_oom_synchronize',
  'mem_cgroup_handle_oom',
  'mem_cgroup_oom',
  'try_charge',
  'try_charge_memcg',
  '__mem_cgroup_try_charge',
]);

/** The page allocator gave up and asked the OOM killer (`__alloc_pages_may_oom` in mm/page_alloc.c). */
export const PAGE_ALLOCATOR_FUNCTIONS: ReadonlySet<string> = new Set([
  '__alloc_pages_may_oom',
  '__alloc_pages_slowpath',
  '__alloc_pages_nodemask',
  '__alloc_pages',
  '__alloc_pages_noprof',
  '__alloc_pages_internal',
  'alloc_pages_current',
]);

/**
 * kswapd's reclaim loop. Upstream kswapd never calls out_of_memory(): `balance_pgdat` (mm/vmscan.c) only
 * reclaims and gives up; the OOM killer is reached from an allocating task (page allocator or memcg
 * charge) or SysRq. A trace with `balance_pgdat` → `out_of_memory` is a vendor change.
 */
export const KSWAPD_FUNCTIONS: ReadonlySet<string> = new Set(['balance_pgdat', 'kswapd']);

/** SysRq-f runs the OOM killer from a work item (drivers/tty/sysrq.c `moom_callback`). */
export const SYSRQ_FUNCTIONS: ReadonlySet<string> = new Set(['moom_callback']);

/** Kernel threads that never own user memory: an OOM they invoke is on behalf of the kernel itself. */
export const KERNEL_THREAD_COMM =
  /^(?:kthreadd|kworker\/|kswapd\d|kcompactd\d|khugepaged|ksoftirqd\/|kblockd|migration\/)/;
