/**
 * Picks the allocation path out of a call trace: the OOM machinery, the page allocator, and the
 * first frame below them (the code that asked for memory). Pure, so it is tested on its own.
 */
import type { StackFrame } from '../../parse/model';

export type FrameRole = 'oom' | 'alloc' | 'caller' | 'other';

const OOM =
  /^(dump_stack|dump_header|oom_kill_process|out_of_memory|mem_cgroup_out_of_memory|mem_cgroup_oom|pagefault_out_of_memory|try_charge|__sysrq|moom_callback|oom_)/;
const ALLOC =
  /^(__alloc_pages|alloc_pages|__folio_alloc|folio_alloc|vma_alloc_folio|alloc_page_interleave|__get_free_pages|get_zeroed_page|kmalloc|__kmalloc|kmem_cache_alloc|__vmalloc|alloc_slab|new_slab|allocate_slab|__page_cache_alloc|pagecache_get_page|__filemap_get_folio|mem_cgroup_charge|__mem_cgroup_charge|charge_memcg|obj_cgroup_charge|memcg_kmem_charge)/;

export function symbolName(symbol: string): string {
  return symbol.replace(/\+0x[0-9a-f]+\/0x[0-9a-f]+.*$/i, '').replace(/\.(cold|constprop|isra|part)[.\d\w]*$/, '');
}

export function frameRoles(frames: StackFrame[]): FrameRole[] {
  const roles: FrameRole[] = frames.map((f) => {
    const name = symbolName(f.symbol);
    if (OOM.test(name)) return 'oom';
    if (ALLOC.test(name)) return 'alloc';
    return 'other';
  });
  let last = -1;
  roles.forEach((r, i) => {
    if (r !== 'other') last = i;
  });
  // The caller: the first reliable frame after the allocator/OOM frames.
  for (let i = last + 1; i < frames.length; i += 1) {
    if (!frames[i].unreliable) {
      roles[i] = 'caller';
      break;
    }
  }
  return roles;
}
