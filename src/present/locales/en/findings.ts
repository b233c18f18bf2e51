/**
 * Finding texts, one entry per finding id (src/analyze/findings): a title, a detail and, for findings with
 * repeated parts, an item. Params: see each rule; `{items}` is the rendered items joined; `has_<key>` is '1'
 * when the param is present (src/present/params.ts). ICU MessageFormat; use ’ (not ') inside messages.
 */
const zoneItem =
  'Node {node} {zone}: free {freeKb}{has_highatomicKb, select, 1 { − highatomic {highatomicKb}} other {}}{has_cmaKb, select, 1 { − free CMA {cmaKb}} other {}} − request {requestKb} = {leftKb}, below {watermark} {markKb}{has_reserveKb, select, 1 { + lowmem_reserve[{reserveColumn}] {reserveKb} = {needKb}} other {}}';

export const findings = {
  separator: '; ',
  'kernel-bug-during-oom': {
    title: 'A kernel bug interrupted the OOM report',
    detail:
      'A kernel {kind, select, oops {Oops} bug {BUG} kasan {KASAN report} warning {WARNING} other {bug}} was printed inside or right after this report{has_function, select, 1 { in {function}} other {}}: “{message}”. It explains the lines missing after it — they were not switched off by vm.oom_dump_tasks. The bug itself is worth reporting to the kernel’s maintainers or your vendor.',
  },
  'panic-on-oom': {
    title:
      '{mode, select, compulsory {vm.panic_on_oom=2 turned this OOM into a machine panic} other {The kernel panicked instead of killing a process (vm.panic_on_oom)}}',
    detail:
      '“{message}”. {mode, select, compulsory {With vm.panic_on_oom=2 the kernel panics on every OOM, even one limited to a cgroup, cpuset or memory policy{scope, select, memcg { — here a memory cgroup hit its limit} other {}}{has_freeKb, select, 1 {, while the machine’s zones still had {freeKb} free} other {}}. Set vm.panic_on_oom=0 to let the OOM killer act, or 1 to panic only on machine-wide OOMs.} other {vm.panic_on_oom=1 makes a machine-wide OOM crash the machine instead of killing a task. Set vm.panic_on_oom=0 to let the OOM killer pick a victim, or keep it if a reboot is the intended recovery.}}',
  },
  'no-killable-process': {
    title: 'No process could be killed',
    detail:
      'Every candidate was unkillable (oom_score_adj −1000, kernel threads, init, or already dying){rows, select, 0 {: the task table lists no process at all} other {}}, so the kernel could not free memory by killing. {panicked, select, 1 {A machine-wide OOM with nothing to kill ends in a panic.} other {A cgroup or SysRq OOM then fails the allocation; a machine-wide one panics (System is deadlocked on memory).}}',
  },
  'memcg-limit': {
    title:
      '{level, select, ancestor {The parent cgroup {path} hit its memory limit} other {{has_path, select, 1 {Cgroup {path} hit its memory limit} other {A memory cgroup hit its limit}}}}',
    detail:
      'This OOM was inside a memory cgroup, not the whole machine: the host may have had plenty of free memory.{level, select, ancestor { The limit that was hit belongs to {path}, a parent of the killed task’s cgroup {taskPath} — in Kubernetes, the pod’s limit, not the container’s.} other {}}{has_usageKb, select, 1 { It used {usageKb}{has_limitKb, select, 1 { of its {limitKb} limit ({pct})} other {}}{has_failcnt, select, 1 {, after {failcnt} failed charges (failcnt)} other {}}.} other {}}{over, select, 1 { Usage is above the limit: the limit was lowered below what the cgroup already held.} other {}}{has_items, select, 1 { Largest: {items}.} other {}} Raise the limit (memory.max, memory.limit_in_bytes, the container’s memory setting) or reduce what runs in it.',
    item: '{key} {kb}',
  },
  'constraint-unusable-zones': {
    title: 'The allowed nodes hold no memory this request can use',
    detail:
      'The {sel_source, select, nodemask {memory policy (nodemask)} mems_allowed {cpuset (mems_allowed)} other {nodemask and cpuset}} limit this allocation to node(s) {nodes}, whose zones ({zones}) a request with highest zone {targetZone} cannot use, so it failed while the other nodes had {freeElsewhereKb} free. The task’s placement is the cause, not a bystander: allow a node with usable memory, or give ZONE_MOVABLE-only nodes only to movable allocations.',
  },
  'zone-below-min': {
    title:
      '{allShort, select, 1 {No zone the request could use passed its {watermark} watermark check} other {{count, plural, one {# zone} other {# zones}} below the {watermark} watermark, yet {passingZones} passed}}',
    detail:
      'For a request of order {order} ({pages, plural, one {# page} other {# pages}} = {requestKb}{pageSizeAssumed, select, 1 {, assuming 4 KiB pages} other {}}{orderAssumed, select, 1 {; assumed: the report’s first lines, which name the request, are missing, and order 0 is the least any allocation needs} other {}}), highest zone {targetZone}{targetAssumed, select, 1 { (assumed: the mask was not decoded)} other {}}, {count} of the {usableCount} zones it could use failed the kernel’s watermark check: {items}.{fencedCount, plural, =0 {} one { {fencedZones} stayed out of reach behind its lowmem_reserve, as intended: a lower zone keeps a reserve against requests that could be served higher up.} other { {fencedZones} stayed out of reach behind their lowmem_reserve, as intended: lower zones keep a reserve against requests that could be served higher up.}}{watermark, select, high { Before 4.7 the last attempt before the OOM killer used the high watermark.} other {}}{discounted, select, 1 { An atomic or __GFP_HIGH request may dip below the watermark; that discount is applied.} other {}}{allShort, select, 1 {} other { {passingZones} passed when the report was printed: memory was freed between the failure and the report.}}',
    item: zoneItem,
  },
  fragmentation: {
    title: 'Memory was free, but not in a block of order {order}',
    detail:
      'The request needed one contiguous block of {pages, plural, one {# page} other {# pages}} ({requestKb}) and no zone it could use had a free block that large, although those zones held {freeKb} free. This is fragmentation, not exhaustion: compaction could not assemble a block in time. Largest free block per zone: {items}. A zone below its own watermark does not count: its blocks serve nobody until it recovers.',
    item: 'Node {node} {zone}: {has_largestOrder, select, 1 {order {largestOrder}} other {none}}{counts, select, 0 { (zone short, does not count)} other {}}',
  },
  'costly-order': {
    title: 'A costly allocation (order {order} > {costly})',
    detail:
      'The request was {pages} contiguous pages ({requestKb}). Above PAGE_ALLOC_COSTLY_ORDER ({costly}) the page allocator gives up without killing anything unless __GFP_NOFAIL insists; such requests fail from fragmentation long before memory is gone.',
  },
  'lowmem-pressure': {
    title: 'Low memory exhausted on a 32-bit HighMem machine',
    detail:
      'On a 32-bit kernel the kernel’s own memory (slab, page tables, kernel stacks, buffers) and every GFP_KERNEL request come from low memory (DMA and Normal, at most about 896 MiB). Lowmem had {lowFreeKb} free of {lowManagedKb} ({items}), while HighMem still had {highFreeKb} free of {highManagedKb}.{has_normalReservedKb, select, 1 { Of Normal’s {normalPresentKb}, {normalReservedKb} is not handed to the page allocator: the kernel keeps it at boot, above all for the page array of all RAM (mem_map) — the more RAM, the less lowmem is left.} other {}} {orderAssumed, select, 1 { The report’s first lines are missing, so the request is not known; this holds for any allocation that cannot use HighMem, which includes every GFP_KERNEL one.} other {}} More RAM does not help; a 64-bit kernel does.',
    item: zoneItem,
  },
  'kswapd-invoker': {
    title: 'kswapd, not an allocating process, invoked the OOM killer',
    detail:
      '{comm} (pid {pid}) is the kernel’s background reclaim thread. Upstream kswapd never invokes the OOM killer — it only reclaims and gives up (balance_pgdat in mm/vmscan.c) — so this kernel ({kernel}) carries a vendor change that lets kswapd kill when reclaim fails. No process’s allocation failed: the gfp mask and order in the header are kswapd’s own, so there is no request to check against the zones. Look at what holds the memory.',
  },
  'trigger-is-not-victim': {
    title: 'The process that asked for memory is not the one killed',
    detail:
      '{sel_invoker, select, kernel_thread {{comm} (pid {pid}) is a kernel thread: it allocated for the kernel itself (a new task’s stack, a work item), and the kernel then killed {victimComm} (pid {victimPid}), chosen by its badness score. The allocation that failed is not the cause; look at the victim and the largest consumers.} other {{comm} (pid {pid}) invoked the OOM killer because its allocation could not be served; the kernel then killed {victimComm} (pid {victimPid}), chosen by its badness score. {comm} was most likely a bystander that happened to allocate when memory ran out: look at the victim and the largest consumers, not at the trigger.}}',
  },
  'trigger-thread-of-victim': {
    title: 'The allocating thread belongs to the killed process',
    detail:
      '{proven, select, 1 {The CPU:/PID: line prints a thread id ({threadPid}); the kill line prints the process ({victimPid}). The task table lists {comm} once, as {victimPid}, and has no row {threadPid}: {threadPid} is thread {threadPid} of the killed process. The process that asked for memory is the one that was killed.} other {Thread {threadPid} has the same name as the killed process {comm} ({victimPid}) and is most likely one of its threads; this report has no task table to prove it.}}',
  },
  'sacrificed-child': {
    title: 'A child was killed instead of the selected process',
    detail:
      'The kernel selected {selectedComm} (pid {selectedPid}{has_score, select, 1 {, score {score}} other {}}) but killed {victimComm} (pid {victimPid}): before 5.1 it preferred to sacrifice a child with its own memory over the selected parent.',
  },
  'selected-thread-of-victim': {
    title: 'The selected pid is a thread of the killed process',
    detail:
      'The kernel selected pid {selectedPid} and killed {comm} (pid {victimPid}). The task table lists one {comm}, as {victimPid}, and no row {selectedPid}: {selectedPid} is one of its threads (this kernel’s selection walks threads, the kill line names the thread group). Nothing was sacrificed: the killed process is the selected one.',
  },
  'victim-not-top-score': {
    title: 'The kernel did not choose the task with the highest recomputed score',
    detail:
      'Recomputed with this kernel’s rule ({rule}), {topComm} (pid {topPid}) scores {topPoints} pages ({topScore}‰) and the chosen {chosenComm} (pid {chosenPid}) {chosenPoints} pages ({chosenScore}‰). Possible reasons: {items}.',
    item: '{sel_reason, select, kill_allocating_task {vm.oom_kill_allocating_task=1 makes the kernel kill the task that asked, whatever its score} unkillable_in_table {the chosen task shows oom_score_adj −1000 in the table: its value changed after the choice} within_2pct {the two scores are within 2 %: the table is printed after the choice, and memory moved in between} other {the log cannot show whether the top task was already exiting or being reaped (the kernel skips those), was in vfork, or was outside the allowed scope}}',
  },
  'printed-score': {
    title:
      '{match, select, exact {The printed score {printed} is reproduced exactly} other {The printed score {printed} is not reproduced ({recomputed})}}',
    detail:
      '{match, select, exact {For {comm} (pid {pid}) the kernel printed {printed}; it comes out exactly with totalpages {totalPages} ({sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} managed_swap {the zones’ managed memory + swap} nodes_swap {the allowed nodes + swap} memcg_memsw_limit {the cgroup’s memory+swap limit} memcg_limit_swap_limit {the cgroup’s memory and swap limits} memcg_limit_host_swap {the cgroup’s memory limit + the machine’s swap} other {the cgroup’s memory limit}}){has_items, select, 1 { and: {items}} other {}}.} other {{fromKillLine, select, 1 {We estimate {recomputed} for {comm} (pid {pid}) from its Killed process line, which shows neither its swap entries nor (before 5.4) its page tables, nor its uid for a root bonus; the kernel printed {printed}. The gap is what that line leaves out (totalpages {totalPages}, from {sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} memcg_memsw_limit {the cgroup’s memory+swap limit} other {the cgroup’s memory limit}}).} other {We recompute {recomputed} for {comm} (pid {pid}) with totalpages {totalPages} ({sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} managed_swap {the zones’ managed memory + swap} nodes_swap {the allowed nodes + swap} memcg_memsw_limit {the cgroup’s memory+swap limit} memcg_limit_swap_limit {the cgroup’s memory and swap limits} memcg_limit_host_swap {the cgroup’s memory limit + the machine’s swap} other {the cgroup’s memory limit}}); the kernel printed {printed}. No documented rule of this era explains the gap, and none is invented here: totalpages is not printed in the report, and memory may have changed while it was printed.}}}}',
    item: '{sel_adjustment, select, root_bonus_of_usage {the root bonus as 3 % of the task’s own usage, as 3.14 made it and this 3.10/3.13 stable kernel took it} no_root_bonus {no 3 % bonus for CAP_SYS_ADMIN, although the task runs as uid {uid}: the bonus depends on the capability, not on uid 0, and container runtimes start root processes without it} cgroup_swap {the task’s swap, which this era’s table does not print, taken from its cgroup’s memory+swap usage (it is the cgroup’s only task)} memory_limit_total {totalpages is the cgroup’s memory limit alone} memsw_limit_total {totalpages is the cgroup’s memory+swap limit} ram_total {totalpages counts all RAM, reserved pages included} host_swap_total {with no memory+swap limit this kernel adds the machine’s swap to the cgroup’s totalpages, and the printed score puts that swap at about {impliedSwapKb}} other {the clamp of kernels 2.6.36–3.4 (and RHEL 6), which print at most 1000}}',
  },
  'oom-group-kill': {
    title: 'The victim’s whole cgroup was killed with it (memory.oom.group)',
    detail:
      'memory.oom.group is set on {path}, so after {victimComm} (pid {victimPid}) the kernel killed every other task in that cgroup (except any with oom_score_adj −1000){count, plural, =0 {, and none was left to kill} other {: {items}{moreCount, plural, =0 {} other { and # more}}}}. On cgroup v2 the kubelet sets it on every container since Kubernetes 1.28, so one process over the limit restarts the whole container; the kubelet option singleProcessOOMKill turns that off.',
    item: '{comm} (pid {pid})',
  },
  'repeated-kills': {
    title:
      'OOM kill number {nth} {by, select, cgroup {in the same cgroup} machine {on this machine} other {of the same program}}',
    detail:
      'An earlier kill in this file did not solve the problem: {previousComm} (pid {previousPid}){has_previousFreedKb, select, 1 { freed {previousFreedKb}} other {}}, and {has_sinceSec, select, 1 {{sinceSec} s later} other {later}} the OOM killer ran again{by, select, cgroup { in {path}} other {}} and killed {comm}{has_freedKb, select, 1 { ({freedKb})} other {}}. Earlier kills: {items}. Killing one process after another treats the symptom: find what keeps growing, or give it the memory it needs.',
    item: '{comm} (pid {pid}{has_freedKb, select, 1 {, {freedKb}} other {}}, line {line})',
  },
  'driver-memory': {
    title: '{comm} maps about {driverKb} of driver memory',
    detail:
      '{comm} (pid {pid}) has {fileRssKb} of file-backed resident memory, while the whole page cache holds only {pageCacheKb}{has_mappedKb, select, 1 { (and mapped: shows {mappedKb})} other {}}. Memory that large outside the page cache belongs to a device driver (GPU/DRM, camera, accelerator) mapped into the process; no Mem-Info counter holds it, and it is counted here once, as driver memory. Killing {comm} frees little of it{has_afterReapKb, select, 1 { — after the oom_reaper ran it still had {afterReapKb} of file-rss} other {}}: the driver keeps it.{has_tainted, select, 1 { The kernel is tainted ({tainted}): out-of-tree or proprietary modules are loaded.} other {}} Look at the driver’s own memory use (nvidia-smi, /sys/kernel/debug/dri).',
  },
  'shmem-dominates': {
    title: 'tmpfs/shared memory holds {pct} of RAM',
    detail:
      'shmem (tmpfs files, shared anonymous mappings, System V shared memory) held {shmemKb} of {ramKb} RAM. {swapFull, select, 1 {With no free swap these pages cannot leave RAM, and killing a process frees none of them while the files or segments exist.} other {Only swapping or deleting the files frees them; killing a process does not while the files or segments exist.}} Look for large files in /dev/shm, /run, /tmp and other tmpfs mounts, and for shared memory segments (ipcs -m).',
  },
  'memcg-limit-below-workload': {
    title: 'The cgroup limit is far below what its workload holds',
    detail:
      'The {limitKind, select, memsw {memory+swap} other {memory}} limit is {limitKb}, but the cgroup’s processes hold {workloadKb} ({ratio} times the limit){has_swapKb, select, 1 {, {swapKb} of it in swap} other {}}{has_comm, select, 1 {; the largest is {comm}{has_totalVmKb, select, 1 {, with {totalVmKb} of address space} other {}}} other {}}. The limit does not fit the program: raise it to the workload’s real size, or cap the program itself (a JVM’s -Xmx), rather than hunting a leak.{limitKind, select, memory {{has_swapKb, select, 1 { Without a memory+swap limit the cgroup kept swapping its pages out instead of failing sooner.} other {}}} other {}}',
  },
  'swap-exhausted': {
    title:
      '{kind, select, machine {Swap was full} memsw {The cgroup’s memory+swap limit was reached} other {The cgroup’s swap limit was reached}}',
    detail:
      '{kind, select, machine {Free swap {freeKb} of {totalKb} ({pct} free; at most {thresholdPct} counts as full): the system had already pushed everything it could to swap before killing.} other {{kind, select, memsw {memory+swap} other {swap}}: usage {usageKb} of limit {limitKb} for {path}: it could not swap out any further.}}',
  },
  'swap-unused': {
    title: 'Swap was there but barely used',
    detail:
      '{freeKb} of {totalKb} swap was still free ({pct}) when the OOM killer ran. {sel_reason, select, lowmem {The request needed low memory, and swapping out anonymous pages — which on this 32-bit machine live in HighMem — frees no lowmem; only lowmem page cache and slab could help.{nodeLruEra, select, 1 { Kernels 4.8–4.10 ({kernel}) also had trouble reclaiming lowmem on such machines after the LRU lists moved from the zones to the node in 4.8; a newer or a 64-bit kernel avoids it.} other {}}} other {Reclaim did not move anonymous memory to swap before giving up: look at vm.swappiness, the cgroups’ swap settings, and whether the memory could be swapped at all (mlocked, huge pages, kernel memory).}}',
  },
  'kernel-memory-dominates': {
    title: '{scope, select, memcg {Kernel memory fills the cgroup} other {Kernel memory exceeds all process memory}}',
    detail:
      '{scope, select, memcg {Kernel memory charged to {path} (kmem: slab, kernel stacks, page tables, sockets) is {kernelKb} of its {usageKb} usage ({pct}); its processes hold almost nothing, so killing them frees little. A slab, dentry or inode cache charged to the cgroup is the usual cause: look at its slab statistics (memory.kmem.slabinfo on v1, memory.stat on v2).} other {Kernel memory {kernelKb} (slab {slabKb}, kernel stacks {stackKb}, page tables no listed process owns {tablesKb}) is more than the {processKb} all {count} listed processes hold{has_pct, select, 1 { ({pct} of RAM)} other {}}. Killing processes frees little: look for a slab leak (slabtop, /proc/slabinfo) or a driver.}}',
  },
  'unaccounted-memory': {
    title: '{pct} of RAM is in no counter of the report',
    detail:
      '{unaccountedKb} of {ramKb} RAM is not explained by any counter the report prints (free, LRU lists, slab, page tables, kernel stacks, huge pages, reserved). Such memory is allocated outside those counters: by drivers (DMA buffers, GPU), vmalloc, or directly from the page allocator.{has_cmaReservedKb, select, 1 { The CMA pool ({cmaReservedKb}) had {freeCmaKb} free: drivers that allocate from CMA (camera, display and GPU on SoCs) hold pages no counter shows.} other {}}',
  },
  'one-process-dominates': {
    title: 'One process holds most of the memory: {comm}',
    detail:
      '{comm} (pid {pid}) holds {heldKb} ({rssKb} resident{has_pageTablesKb, select, 1 { + {pageTablesKb} of page tables} other {}}), {pct} of the {allKb} held by all {count} listed processes (threshold {thresholdPct}){has_swapKb, select, 1 {; another {swapKb} of it is in swap} other {}}. Check it for a leak or a limit that is too generous.',
  },
  'unkillable-tasks': {
    title: 'Unkillable tasks hold much of the memory',
    detail:
      '{count, plural, one {# task} other {# tasks}} with oom_score_adj −1000 hold {heldKb} resident, {pct} of {reference, select, limit {the cgroup limit} ram {RAM} other {all listed RSS}} (threshold {thresholdPct}). The OOM killer can never pick them, so it must kill something else, possibly again and again. Largest: {items}.',
    item: '{comm} (pid {pid}, {kb})',
  },
  'sysrq-manual': {
    title: 'The OOM killer was started by hand (SysRq-f)',
    detail:
      'order=-1 marks an OOM kill forced through SysRq-f (echo f > /proc/sysrq-trigger or Alt+SysRq+f): no allocation failed, so the memory numbers show the state at that moment, not a shortage. {has_comm, select, 1 {{comm}} other {A kernel worker}} only carried out the request.',
  },
  'many-copies': {
    title: 'Many copies of {names}',
    detail:
      '{items}. No single copy is large, so killing one frees little: the number of workers (or their per-worker memory) is the thing to limit.',
    item: '{count} × {comm} hold {kb} together ({pct} of listed RSS, {eachKb} each on average)',
  },
  'gfp-decode-mismatch': {
    title: 'The printed gfp flag names differ from our decoding',
    detail:
      'The kernel printed {printed} for {mask}; with table {table} we decode {decoded}. The kernel’s own names win: the version pick may be off for this kernel, or a distribution changed the flags.',
  },
  'gfp-prerelease': {
    title: 'A pre-release kernel: the gfp decode is a guess',
    detail:
      '{kernel} is a -rc, -next or development snapshot; its gfp flags may match no released kernel. {has_printed, select, 1 {The kernel’s own names are shown: {printed}.{has_unnamed, select, 1 { It left {unnamed} unnamed{has_ourNames, select, 1 {; the nearest release’s table calls it {ourNames}, but a development tree can already give the bit another meaning (in 4.5 __GFP_NOACCOUNT at 0x100000 gave way to __GFP_ACCOUNT, the opposite)} other {}}.} other {}}} other {We decode {mask} as {decoded} with the nearest release’s table.}}',
  },
  'no-swap': {
    title: 'No swap configured',
    detail:
      'Total swap = 0 kB: anonymous memory (heaps, tmpfs) could not be moved out of RAM, so reclaim could only drop page cache. That is a choice, not a fault, but it makes OOM kills come sooner under memory pressure.',
  },
  'scope-unknown': {
    title: 'Whether this OOM was machine-wide or in a cgroup cannot be read',
    detail:
      'The lines present show no constraint line, no memory cgroup lines and no kill message that would tell.{sel_path, select, page_allocator { The call trace shows the page allocator giving up (out_of_memory called from __alloc_pages), so it was not a cgroup’s limit: machine-wide, or limited to a cpuset or memory policy.} memcg_charge { The call trace shows a memory cgroup charge, which points to a cgroup limit.} other {}}{hasKill, select, 0 { The kill line is missing too.} other {}}',
  },
  'fragment-only': {
    title: 'Only a fragment of an OOM report',
    detail:
      'This is part of an OOM report (for example a lone “Killed process” line, which the kernel prints even when the rest of the report is rate-limited). {scope, select, memcg {Its lines prove a cgroup OOM.} global {Its kill line shows a machine-wide OOM.} cpuset {Its lines prove a cpuset-constrained OOM.} mempolicy {Its lines prove a memory-policy OOM.} sysrq {It was started by SysRq-f.} other {Whether it was machine-wide or in a cgroup cannot be read from it.}} What is missing cannot be diagnosed.',
  },
  'incomplete-report': {
    title: 'The report is incomplete',
    detail:
      'The report {missingHeader, select, 1 {starts part-way (no header line)} other {stops part-way}}{missingKill, select, 1 { and has no kill line} other {}}{cut, select, 1 {; lines inside it were cut out} other {}}. Conclusions cover only the lines present.',
  },
  'no-task-table': {
    title: 'No task table in the report',
    detail:
      '{sel_era, select, pre_2_6_25 {The header names no task (oom-killer: gfp_mask=…): an early 2.6 kernel, older than the per-process table (vm.oom_dump_tasks came with 2.6.25).} other {The report runs from header to kill line without the per-process table: vm.oom_dump_tasks=0 on this machine, or its lines were filtered out of the paste.}} So the victim choice cannot be checked and the largest consumers are unknown.',
  },
  'task-table-elided': {
    title: 'The task table is incomplete',
    detail:
      'Rows of the task table are missing (an elision marker or a cut paste); {rows} rows remain. Sums and rankings cover only the rows shown.',
  },
  'rss-is-pages': {
    title: 'Task-table memory columns are pages, not kB',
    detail:
      'total_vm, rss, nr_ptes and swapents count pages of {pageKb}{assumed, select, 1 { (assumed: the log does not show the page size)} other { ({sel_proof, select, buddy {the buddy lists show it} kill_line_total_vm {total_vm against the kill line’s total-vm} free_counter {Mem-Info free: against the zones} node_counter {the node line against the counters} kill_line_rss {rss against the kill line} pgtables {pgtables_bytes} other {shown by the log}})}}; pgtables_bytes is bytes. For example {comm}’s rss {pages} means {kb}.',
  },
  balloon: {
    title: 'A balloon driver is active',
    detail:
      '{has_driver, select, 1 {{driver}} other {A balloon driver}} is moving memory between this guest and its hypervisor{has_inflatedKb, select, 1 {: it holds {inflatedKb} that the guest cannot use} other {}}. When the host takes memory back this way, the guest runs out although its configured RAM looks large: check the hypervisor’s memory settings (balloon target, dynamic memory).',
  },
  'alloc-failure-has-fallback': {
    title: 'An allocation failure with a fallback: noise, not a shortage',
    detail:
      '{comm} asked for order {order} with {mask}{has_flags, select, 1 { ({flags}): these flags tell the allocator the caller handles failure} other {}}{costly, select, 1 {{has_flags, select, 1 {; and } other {: }}an order above 3 is expected to fail under fragmentation, and such callers normally fall back to smaller pages or vmalloc} other {}}. The warning is noise unless the subsystem reports errors of its own.',
  },
  'alloc-failure-atomic': {
    title: 'An atomic allocation failed',
    detail:
      '{comm} asked for order {order} with {mask}, which cannot sleep or reclaim: it fails whenever a zone dips under its min watermark for a moment, typically in bursts of network receive buffers. Occasional failures are harmless (the packet is dropped and resent); frequent ones call for a larger reserve (vm.min_free_kbytes).',
  },
  'alloc-failure-shortage': {
    title: 'An allocation failed without a fallback',
    detail:
      '{comm} asked for order {order} with {mask}, a request that may sleep and reclaim and has no flag saying it can do without: memory (for order > 0, contiguous memory) was really short. Look at the Mem-Info printed with the warning.',
  },
};
