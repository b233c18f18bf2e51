import type { Catalogue } from '../types';
import type { findings as en } from '../en/findings';

const zoneItem =
  'Node {node} {zone}：空闲 {freeKb}{has_highatomicKb, select, 1 { − highatomic {highatomicKb}} other {}}{has_cmaKb, select, 1 { − 空闲 CMA {cmaKb}} other {}} − 请求 {requestKb} = {leftKb}，低于 {watermark} 水位 {markKb}{has_reserveKb, select, 1 { + lowmem_reserve[{reserveColumn}] {reserveKb} = {needKb}} other {}}';

export const findings: Catalogue<typeof en> = {
  separator: '；',
  'kernel-bug-during-oom': {
    title: '一个内核缺陷打断了 OOM 报告',
    detail:
      '在这份报告之中或紧随其后，内核打印了一个{kind, select, oops {Oops} bug {BUG} kasan {KASAN 报告} warning {WARNING} other {缺陷}}{has_function, select, 1 {（位于 {function}）} other {}}：“{message}”。它解释了其后缺失的那些行——并不是 vm.oom_dump_tasks 关掉了它们。这个缺陷本身值得报告给内核维护者或你的发行版厂商。',
  },
  'panic-on-oom': {
    title:
      '{mode, select, compulsory {vm.panic_on_oom=2 把这次 OOM 变成了整机 panic} other {内核没有杀进程，而是直接 panic 了（vm.panic_on_oom）}}',
    detail:
      '“{message}”。{mode, select, compulsory {设置 vm.panic_on_oom=2 时，任何 OOM 都会导致 panic，即使它只限于某个 cgroup、cpuset 或内存策略{scope, select, memcg {——这里是一个内存 cgroup 达到了上限} other {}}{has_freeKb, select, 1 {，而此时整机各 zone 仍有 {freeKb} 空闲} other {}}。设为 vm.panic_on_oom=0 可让 OOM killer 处理；设为 1 则只在整机 OOM 时 panic。} other {vm.panic_on_oom=1 使整机 OOM 直接让机器崩溃，而不是杀掉一个任务。设为 vm.panic_on_oom=0 可让 OOM killer 选择受害进程；如果重启正是预期的恢复方式，则可保留。}}',
  },
  'no-killable-process': {
    title: '没有可杀的进程',
    detail:
      '所有候选都不可杀（oom_score_adj 为 −1000、内核线程、init，或已在退出）{rows, select, 0 {：任务表里一个进程都没有} other {}}，因此内核无法通过杀进程释放内存。{panicked, select, 1 {整机 OOM 而无可杀之物，结果就是 panic。} other {cgroup 或 SysRq 触发的 OOM 此时会让这次分配失败；整机 OOM 则会 panic（System is deadlocked on memory）。}}',
  },
  'memcg-limit': {
    title:
      '{level, select, ancestor {父 cgroup {path} 达到了内存上限} other {{has_path, select, 1 {cgroup {path} 达到了内存上限} other {一个内存 cgroup 达到了上限}}}}',
    detail:
      '这次 OOM 发生在一个内存 cgroup 内部，而不是整台机器：主机上可能还有大量空闲内存。{level, select, ancestor {被触及的上限属于 {path}，它是被杀任务所在 cgroup {taskPath} 的上级——在 Kubernetes 中，这是 Pod 的上限，而不是容器的。} other {}}{has_usageKb, select, 1 {它用了 {usageKb}{has_limitKb, select, 1 {，上限 {limitKb}（{pct}）} other {}}{has_failcnt, select, 1 {，此前已有 {failcnt} 次记账失败（failcnt）} other {}}。} other {}}{over, select, 1 {用量高于上限：上限被调低到了 cgroup 已占用的量以下。} other {}}{has_items, select, 1 {最大的几项：{items}。} other {}}请提高上限（memory.max、memory.limit_in_bytes、容器的内存设置），或减少其中运行的负载。',
    item: '{key} {kb}',
  },
  'constraint-unusable-zones': {
    title: '允许的节点上没有这次请求能用的内存',
    detail:
      '{sel_source, select, nodemask {内存策略（nodemask）} mems_allowed {cpuset（mems_allowed）} other {nodemask 与 cpuset}}把这次分配限制在节点 {nodes}，而这些节点上的 zone（{zones}）对最高 zone 为 {targetZone} 的请求不可用，于是分配失败，尽管其他节点还有 {freeElsewhereKb} 空闲。原因在于任务的放置，而不是旁观者：请允许一个有可用内存的节点，或只让可迁移的分配使用仅含 ZONE_MOVABLE 的节点。',
  },
  'zone-below-min': {
    title:
      '{allShort, select, 1 {请求可用的 zone 没有一个通过 {watermark} 水位检查} other {{count} 个 zone 低于 {watermark} 水位，但 {passingZones} 通过了检查}}',
    detail:
      '对于一个 order {order}（{pages} 页 = {requestKb}{pageSizeAssumed, select, 1 {，按 4 KiB 页推算} other {}}{orderAssumed, select, 1 {；此为推测：报告开头说明请求的几行缺失，而 order 0 是任何分配的最低需求} other {}}）、最高 zone 为 {targetZone}{targetAssumed, select, 1 {（推测：掩码未能解码）} other {}}的请求，它可用的 {usableCount} 个 zone 中有 {count} 个未通过内核的水位检查：{items}。{fencedCount, plural, =0 {} other {{fencedZones} 被其 lowmem_reserve 挡在外面，这是有意为之：较低的 zone 会为可以在更高 zone 满足的请求保留一部分内存。}}{watermark, select, high {4.7 之前，调用 OOM killer 前的最后一次尝试使用 high 水位。} other {}}{discounted, select, 1 {原子请求或带 __GFP_HIGH 的请求可以低于水位，此处已计入这一折扣。} other {}}{allShort, select, 1 {} other {打印报告时 {passingZones} 通过了检查：在分配失败与打印报告之间有内存被释放。}}',
    item: zoneItem,
  },
  fragmentation: {
    title: '内存有空闲，但没有 order {order} 的连续块',
    detail:
      '这次请求需要一个 {pages} 页（{requestKb}）的连续块，而它可用的 zone 里没有这么大的空闲块，尽管这些 zone 共有 {freeKb} 空闲。这是碎片化，而不是内存耗尽：内存规整（compaction）没能及时拼出一个大块。各 zone 最大的空闲块：{items}。低于自身水位的 zone 不计入：在它恢复之前，其中的块对谁都没用。',
    item: 'Node {node} {zone}：{has_largestOrder, select, 1 {order {largestOrder}} other {无}}{counts, select, 0 {（该 zone 内存不足，不计入）} other {}}',
  },
  'costly-order': {
    title: '一次代价高的分配（order {order} > {costly}）',
    detail:
      '这次请求是 {pages} 个连续页（{requestKb}）。超过 PAGE_ALLOC_COSTLY_ORDER（{costly}）时，除非 __GFP_NOFAIL 坚持，页分配器会直接放弃而不杀任何进程；这类请求在内存耗尽之前早就会因碎片化而失败。',
  },
  'lowmem-pressure': {
    title: '32 位 HighMem 机器上的低端内存耗尽',
    detail:
      '在 32 位内核上，内核自身的内存（slab、页表、内核栈、缓冲区）以及每个 GFP_KERNEL 请求都来自低端内存（DMA 和 Normal，最多约 896 MiB）。低端内存只剩 {lowFreeKb} 空闲，总共 {lowManagedKb}（{items}），而 HighMem 仍有 {highFreeKb} 空闲，总共 {highManagedKb}。{has_normalReservedKb, select, 1 {Normal 的 {normalPresentKb} 中有 {normalReservedKb} 没有交给页分配器：内核在启动时自己留下了它，主要用于全部内存的页描述符数组（mem_map）——内存越多，剩下的低端内存越少。} other {}}{orderAssumed, select, 1 {报告开头几行缺失，因此不知道请求是什么；这一点适用于任何不能使用 HighMem 的分配，包括所有 GFP_KERNEL 分配。} other {}}加内存无济于事；换用 64 位内核才行。',
    item: zoneItem,
  },
  'kswapd-invoker': {
    title: '调用 OOM killer 的是 kswapd，而不是某个分配内存的进程',
    detail:
      '{comm}（pid {pid}）是内核的后台回收线程。上游内核中的 kswapd 从不调用 OOM killer——它只负责回收，回收不动就放弃（mm/vmscan.c 中的 balance_pgdat）——所以这个内核（{kernel}）带有厂商修改，让 kswapd 在回收失败时杀进程。没有任何进程的分配失败：报告头里的 gfp 掩码和 order 是 kswapd 自己的，因此也没有可以拿来对照各 zone 的请求。请查看是谁占用了内存。',
  },
  'trigger-is-not-victim': {
    title: '申请内存的进程并不是被杀的进程',
    detail:
      '{sel_invoker, select, kernel_thread {{comm}（pid {pid}）是一个内核线程：它为内核自身分配内存（新任务的栈、一个工作项），随后内核杀掉了按 badness 分数选中的 {victimComm}（pid {victimPid}）。失败的那次分配并不是原因；请看受害进程和最大的内存占用者。} other {{comm}（pid {pid}）因为自己的分配得不到满足而调用了 OOM killer；随后内核杀掉了按 badness 分数选中的 {victimComm}（pid {victimPid}）。{comm} 很可能只是恰好在内存耗尽时申请内存的旁观者：请看受害进程和最大的内存占用者，而不是触发者。}}',
  },
  'trigger-thread-of-victim': {
    title: '申请内存的线程属于被杀的进程',
    detail:
      '{proven, select, 1 {CPU:/PID: 行打印的是线程号（{threadPid}）；kill 行打印的是进程号（{victimPid}）。任务表只列出一个 {comm}，其 pid 为 {victimPid}，而没有 {threadPid} 这一行：{threadPid} 是被杀进程的线程 {threadPid}。申请内存的进程正是被杀的那个。} other {线程 {threadPid} 与被杀进程 {comm}（{victimPid}）同名，很可能就是它的一个线程；这份报告没有任务表，无法证实。}}',
  },
  'sacrificed-child': {
    title: '被杀的是子进程，而不是选中的进程',
    detail:
      '内核选中了 {selectedComm}（pid {selectedPid}{has_score, select, 1 {，分数 {score}} other {}}），却杀掉了 {victimComm}（pid {victimPid}）：5.1 之前，内核倾向于牺牲一个拥有独立内存的子进程，而不是选中的父进程。',
  },
  'selected-thread-of-victim': {
    title: '选中的 pid 是被杀进程的一个线程',
    detail:
      '内核选中了 pid {selectedPid}，杀掉的是 {comm}（pid {victimPid}）。任务表只列出一个 {comm}，其 pid 为 {victimPid}，而没有 {selectedPid} 这一行：{selectedPid} 是它的一个线程（这个内核按线程进行选择，而 kill 行给出的是线程组）。没有牺牲任何子进程：被杀的正是选中的进程。',
  },
  'victim-not-top-score': {
    title: '内核没有选择重算分数最高的任务',
    detail:
      '按这个内核的规则（{rule}）重算，{topComm}（pid {topPid}）得 {topPoints} 页（{topScore}‰），而被选中的 {chosenComm}（pid {chosenPid}）得 {chosenPoints} 页（{chosenScore}‰）。可能的原因：{items}。',
    item: '{sel_reason, select, kill_allocating_task {vm.oom_kill_allocating_task=1 让内核不论分数、直接杀掉申请内存的任务} unkillable_in_table {任务表中被选任务的 oom_score_adj 为 −1000：它的值在选择之后被改过} within_2pct {两个分数相差不到 2%：任务表是在选择之后打印的，期间内存有变化} other {日志无法显示分数最高的任务是否已在退出或正被回收（内核会跳过这些任务）、是否处于 vfork 中，或是否不在允许的范围内}}',
  },
  'printed-score': {
    title:
      '{match, select, exact {打印的分数 {printed} 可以精确复现} other {打印的分数 {printed} 无法复现（重算为 {recomputed}）}}',
    detail:
      '{match, select, exact {内核为 {comm}（pid {pid}）打印了 {printed}；用 totalpages {totalPages}（{sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} managed_swap {各 zone 的 managed 内存 + swap} nodes_swap {允许的节点 + swap} memcg_memsw_limit {cgroup 的 memory+swap 上限} memcg_limit_swap_limit {cgroup 的内存与 swap 上限} memcg_limit_host_swap {cgroup 的内存上限 + 整机的 swap} other {cgroup 的内存上限}}）{has_items, select, 1 {并考虑以下几点，} other {}}可以精确得到这个值{has_items, select, 1 {：{items}} other {}}。} other {{fromKillLine, select, 1 {我们根据 {comm}（pid {pid}）的 Killed process 行估算出 {recomputed}；这一行既不显示它的 swap 项，也不显示（5.4 之前）它的页表，更不显示用于 root 加分的 uid；内核打印的是 {printed}。差距正是这一行缺少的部分（totalpages {totalPages}，来自{sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} memcg_memsw_limit {cgroup 的 memory+swap 上限} other {cgroup 的内存上限}}）。} other {我们用 totalpages {totalPages}（{sel_basis, select, ram_reserved_swap {pages RAM − pages reserved + swap} ram_swap {pages RAM + swap} managed_swap {各 zone 的 managed 内存 + swap} nodes_swap {允许的节点 + swap} memcg_memsw_limit {cgroup 的 memory+swap 上限} memcg_limit_swap_limit {cgroup 的内存与 swap 上限} memcg_limit_host_swap {cgroup 的内存上限 + 整机的 swap} other {cgroup 的内存上限}}）为 {comm}（pid {pid}）重算出 {recomputed}；内核打印的是 {printed}。这一时期没有已知的规则能解释这个差距，这里也不做臆测：报告里没有打印 totalpages，而且打印报告期间内存可能已有变化。}}}}',
    item: '{sel_adjustment, select, root_bonus_of_usage {root 加分为任务自身用量的 3%——3.14 引入了这一规则，这个 3.10/3.13 稳定版内核也采用了它} no_root_bonus {没有 CAP_SYS_ADMIN 的 3% 加分，尽管该任务以 uid {uid} 运行：加分取决于这项能力而不是 uid 0，容器运行时启动的 root 进程不带这项能力} cgroup_swap {任务的 swap——这一时期的任务表不打印它——取自其 cgroup 的 memory+swap 用量（它是该 cgroup 中唯一的任务）} memory_limit_total {totalpages 仅为 cgroup 的内存上限} memsw_limit_total {totalpages 为 cgroup 的 memory+swap 上限} ram_total {totalpages 计入全部内存，包括保留页} host_swap_total {没有 memory+swap 上限时，这个内核会把整机的 swap 计入 cgroup 的 totalpages，由打印的分数可知这部分 swap 约为 {impliedSwapKb}} other {2.6.36–3.4 内核（以及 RHEL 6）的截断：打印值最多为 1000}}',
  },
  'oom-group-kill': {
    title: '受害进程所在的整个 cgroup 都被一并杀掉了（memory.oom.group）',
    detail:
      '{path} 上设置了 memory.oom.group，因此在杀掉 {victimComm}（pid {victimPid}）之后，内核杀掉了该 cgroup 中的所有其他任务（oom_score_adj 为 −1000 的除外）{count, plural, =0 {，而已经没有剩下可杀的任务} other {：{items}{moreCount, plural, =0 {} other {，以及另外 # 个}}}}。从 Kubernetes 1.28 起，cgroup v2 上的 kubelet 会给每个容器都设置它，所以一个进程超限就会让整个容器重启；kubelet 选项 singleProcessOOMKill 可以关闭这一行为。',
    item: '{comm}（pid {pid}）',
  },
  'repeated-kills': {
    title: '{by, select, cgroup {同一 cgroup 内的} machine {这台机器上的} other {同一程序的}}第 {nth} 次 OOM 杀进程',
    detail:
      '这个文件里较早的一次杀进程没有解决问题：{previousComm}（pid {previousPid}）{has_previousFreedKb, select, 1 {释放了 {previousFreedKb}，} other {}}{has_sinceSec, select, 1 {{sinceSec} 秒后} other {之后}} OOM killer 再次运行{by, select, cgroup {（在 {path} 中）} other {}}，杀掉了 {comm}{has_freedKb, select, 1 {（{freedKb}）} other {}}。更早的几次：{items}。一个接一个地杀进程只是治标：找出持续增长的是什么，或者给它所需的内存。',
    item: '{comm}（pid {pid}{has_freedKb, select, 1 {，{freedKb}} other {}}，第 {line} 行）',
  },
  'driver-memory': {
    title: '{comm} 映射了约 {driverKb} 的驱动内存',
    detail:
      '{comm}（pid {pid}）有 {fileRssKb} 的文件映射常驻内存，而整个页缓存只有 {pageCacheKb}{has_mappedKb, select, 1 {（mapped: 显示 {mappedKb}）} other {}}。这么大、又不在页缓存里的内存属于映射进这个进程的设备驱动（GPU/DRM、摄像头、加速卡）；Mem-Info 中没有任何计数器包含它，这里只把它作为驱动内存计算一次。杀掉 {comm} 释放不了多少{has_afterReapKb, select, 1 {——oom_reaper 运行之后它仍有 {afterReapKb} 的 file-rss} other {}}：这些内存由驱动持有。{has_tainted, select, 1 {内核已被标记为 tainted（{tainted}）：加载了树外或专有模块。} other {}}请查看驱动自己的内存用量（nvidia-smi、/sys/kernel/debug/dri）。',
  },
  'shmem-dominates': {
    title: 'tmpfs/共享内存占了 {pct} 的内存',
    detail:
      'shmem（tmpfs 文件、共享匿名映射、System V 共享内存）占了 {ramKb} 内存中的 {shmemKb}。{swapFull, select, 1 {没有可用的 swap，这些页无法离开内存；只要文件或共享内存段还在，杀进程一页也释放不了。} other {只有换出或删除文件才能释放它们；只要文件或共享内存段还在，杀进程释放不了。}}请查看 /dev/shm、/run、/tmp 等 tmpfs 挂载点中的大文件，以及共享内存段（ipcs -m）。',
  },
  'memcg-limit-below-workload': {
    title: 'cgroup 的上限远低于其负载实际占用的内存',
    detail:
      '{limitKind, select, memsw {memory+swap} other {内存}}上限是 {limitKb}，而这个 cgroup 的进程占用了 {workloadKb}（上限的 {ratio} 倍）{has_swapKb, select, 1 {，其中 {swapKb} 在 swap 中} other {}}{has_comm, select, 1 {；最大的是 {comm}{has_totalVmKb, select, 1 {，地址空间 {totalVmKb}} other {}}} other {}}。这个上限与程序不相称：请把它提高到负载的真实大小，或者限制程序本身（例如 JVM 的 -Xmx），而不是去找内存泄漏。{limitKind, select, memory {{has_swapKb, select, 1 {由于没有 memory+swap 上限，这个 cgroup 一直把页换出到 swap，而不是更早失败。} other {}}} other {}}',
  },
  'swap-exhausted': {
    title:
      '{kind, select, machine {swap 已满} memsw {cgroup 的 memory+swap 上限已达到} other {cgroup 的 swap 上限已达到}}',
    detail:
      '{kind, select, machine {空闲 swap 为 {freeKb}，总共 {totalKb}（空闲 {pct}；不超过 {thresholdPct} 即视为已满）：系统在杀进程之前已经把能换出的都换出了。} other {{kind, select, memsw {memory+swap} other {swap}}：{path} 用量 {usageKb}，上限 {limitKb}：它无法再换出更多。}}',
  },
  'swap-unused': {
    title: '有 swap，却几乎没有用上',
    detail:
      'OOM killer 运行时，{totalKb} 的 swap 中仍有 {freeKb} 空闲（{pct}）。{sel_reason, select, lowmem {这次请求需要低端内存，而换出匿名页——在这台 32 位机器上它们位于 HighMem——释放不出任何低端内存；只有低端内存中的页缓存和 slab 才有帮助。{nodeLruEra, select, 1 {4.8–4.10 的内核（{kernel}）在 4.8 把 LRU 链表从 zone 移到 node 之后，在这类机器上回收低端内存也有问题；更新的内核或 64 位内核可以避免。} other {}}} other {回收在放弃之前没有把匿名内存换出到 swap：请检查 vm.swappiness、各 cgroup 的 swap 设置，以及这些内存是否根本无法换出（mlock、大页、内核内存）。}}',
  },
  'kernel-memory-dominates': {
    title: '{scope, select, memcg {内核内存占满了这个 cgroup} other {内核内存超过了所有进程的内存}}',
    detail:
      '{scope, select, memcg {记在 {path} 上的内核内存（kmem：slab、内核栈、页表、套接字）在其 {usageKb} 用量中占 {kernelKb}（{pct}）；它的进程几乎不占内存，杀掉它们释放不了多少。通常的原因是记在这个 cgroup 上的 slab、dentry 或 inode 缓存：请查看它的 slab 统计（v1 的 memory.kmem.slabinfo，v2 的 memory.stat）。} other {内核内存 {kernelKb}（slab {slabKb}，内核栈 {stackKb}，不属于任何列出进程的页表 {tablesKb}）多于全部 {count} 个列出进程占用的 {processKb}{has_pct, select, 1 {（占内存的 {pct}）} other {}}。杀进程释放不了多少：请查找 slab 泄漏（slabtop、/proc/slabinfo）或驱动问题。}}',
  },
  'unaccounted-memory': {
    title: '{pct} 的内存不在报告的任何计数器中',
    detail:
      '{ramKb} 内存中有 {unaccountedKb} 无法用报告打印的任何计数器解释（空闲、LRU 链表、slab、页表、内核栈、大页、保留内存）。这样的内存是在这些计数器之外分配的：由驱动（DMA 缓冲区、GPU）、vmalloc，或直接从页分配器分配。{has_cmaReservedKb, select, 1 {CMA 池（{cmaReservedKb}）只剩 {freeCmaKb} 空闲：从 CMA 分配的驱动（SoC 上的摄像头、显示和 GPU）持有的页不会出现在任何计数器中。} other {}}',
  },
  'one-process-dominates': {
    title: '一个进程占用了大部分内存：{comm}',
    detail:
      '{comm}（pid {pid}）占用 {heldKb}（常驻 {rssKb}{has_pageTablesKb, select, 1 { + 页表 {pageTablesKb}} other {}}），是全部 {count} 个列出进程所占 {allKb} 的 {pct}（阈值 {thresholdPct}）{has_swapKb, select, 1 {；另有 {swapKb} 在 swap 中} other {}}。请检查它是否有泄漏，或者它的限额是否过于宽松。',
  },
  'unkillable-tasks': {
    title: '不可杀的任务占用了大量内存',
    detail:
      '{count} 个 oom_score_adj 为 −1000 的任务常驻 {heldKb}，占{reference, select, limit {cgroup 上限} ram {内存} other {全部列出 RSS}}的 {pct}（阈值 {thresholdPct}）。OOM killer 永远不会选它们，只能去杀别的进程，而且可能一再如此。最大的几个：{items}。',
    item: '{comm}（pid {pid}，{kb}）',
  },
  'sysrq-manual': {
    title: 'OOM killer 是手动启动的（SysRq-f）',
    detail:
      'order=-1 表示这次 OOM 杀进程是通过 SysRq-f 强制触发的（echo f > /proc/sysrq-trigger 或 Alt+SysRq+f）：没有任何分配失败，所以这些内存数字反映的是当时的状态，而不是内存短缺。{has_comm, select, 1 {{comm}} other {一个内核工作线程}}只是执行了这个请求。',
  },
  'many-copies': {
    title: '{names} 有很多副本',
    detail:
      '{items}。没有哪个副本特别大，所以杀掉一个释放不了多少：应该限制的是工作进程的数量（或每个工作进程的内存）。',
    item: '{count} 个 {comm} 共占 {kb}（列出 RSS 的 {pct}，平均每个 {eachKb}）',
  },
  'gfp-decode-mismatch': {
    title: '内核打印的 gfp 标志名与我们的解码不同',
    detail:
      '内核为 {mask} 打印的是 {printed}；按表 {table}，我们解码为 {decoded}。以内核自己的名称为准：可能是对这个内核的版本判断有误，或者某个发行版改动了这些标志。',
  },
  'gfp-prerelease': {
    title: '预发布内核：gfp 解码只是推测',
    detail:
      '{kernel} 是 -rc、-next 或开发快照；它的 gfp 标志可能与任何正式版本都不一致。{has_printed, select, 1 {这里显示内核自己的名称：{printed}。{has_unnamed, select, 1 {它没有为 {unnamed} 命名{has_ourNames, select, 1 {；最接近的正式版本的表称之为 {ourNames}，但开发树可能已经赋予这一位别的含义（4.5 中 0x100000 上的 __GFP_NOACCOUNT 被含义相反的 __GFP_ACCOUNT 取代）} other {}}。} other {}}} other {我们用最接近的正式版本的表把 {mask} 解码为 {decoded}。}}',
  },
  'no-swap': {
    title: '没有配置 swap',
    detail:
      'Total swap = 0 kB：匿名内存（堆、tmpfs）无法移出内存，回收只能丢弃页缓存。这是一种选择而不是故障，但在内存紧张时会让 OOM 杀进程来得更早。',
  },
  'scope-unknown': {
    title: '无法判断这次 OOM 是整机的还是某个 cgroup 的',
    detail:
      '现有的行中没有 constraint 行、没有内存 cgroup 的行，也没有能说明这一点的 kill 消息。{sel_path, select, page_allocator {调用栈显示是页分配器放弃了（out_of_memory 由 __alloc_pages 调用），所以不是 cgroup 的上限：要么是整机，要么受限于某个 cpuset 或内存策略。} memcg_charge {调用栈显示了一次内存 cgroup 记账，这指向某个 cgroup 的上限。} other {}}{hasKill, select, 0 {kill 行也缺失了。} other {}}',
  },
  'fragment-only': {
    title: '只有 OOM 报告的一个片段',
    detail:
      '这是一份 OOM 报告的一部分（例如单独一行“Killed process”，即使报告的其余部分被限速，内核也会打印它）。{scope, select, memcg {它的内容证明这是一次 cgroup OOM。} global {它的 kill 行表明这是一次整机 OOM。} cpuset {它的内容证明这是一次受 cpuset 约束的 OOM。} mempolicy {它的内容证明这是一次内存策略 OOM。} sysrq {它是由 SysRq-f 触发的。} other {从中无法判断这是整机的还是某个 cgroup 的 OOM。}}缺失的部分无法诊断。',
  },
  'incomplete-report': {
    title: '报告不完整',
    detail:
      '这份报告{missingHeader, select, 1 {从中途开始（没有报告头）} other {在中途中断}}{missingKill, select, 1 {，且没有 kill 行} other {}}{cut, select, 1 {；其中有些行被删掉了} other {}}。结论只基于现有的行。',
  },
  'no-task-table': {
    title: '报告中没有任务表',
    detail:
      '{sel_era, select, pre_2_6_25 {报告头没有给出任务名（oom-killer: gfp_mask=…）：这是早期的 2.6 内核，比逐进程的任务表还早（vm.oom_dump_tasks 是 2.6.25 才有的）。} other {这份报告从报告头一直到 kill 行，却没有逐进程的任务表：这台机器上 vm.oom_dump_tasks=0，或者这些行在粘贴时被过滤掉了。}}因此无法检查受害进程的选择，也不知道最大的内存占用者是谁。',
  },
  'task-table-elided': {
    title: '任务表不完整',
    detail: '任务表缺了一些行（省略标记或粘贴被截断）；还剩 {rows} 行。求和与排名只覆盖显示出来的行。',
  },
  'rss-is-pages': {
    title: '任务表的内存列单位是页，不是 kB',
    detail:
      'total_vm、rss、nr_ptes 和 swapents 以 {pageKb} 的页为单位{assumed, select, 1 {（推测值：日志没有显示页大小）} other {（{sel_proof, select, buddy {由 buddy 链表得出} kill_line_total_vm {由 total_vm 与 kill 行的 total-vm 对照得出} free_counter {由 Mem-Info 的 free: 与各 zone 对照得出} node_counter {由 node 行与计数器对照得出} kill_line_rss {由 rss 与 kill 行对照得出} pgtables {由 pgtables_bytes 得出} other {由日志得出}}）}}；pgtables_bytes 的单位是字节。例如 {comm} 的 rss {pages} 表示 {kb}。',
  },
  balloon: {
    title: '气球驱动正在工作',
    detail:
      '{has_driver, select, 1 {{driver}} other {一个气球驱动}}正在这台虚拟机与其宿主之间搬移内存{has_inflatedKb, select, 1 {：它占着 {inflatedKb}，虚拟机无法使用} other {}}。宿主机以这种方式收回内存时，即使配置的内存看起来很大，虚拟机也会耗尽内存：请检查虚拟化平台的内存设置（气球目标、动态内存）。',
  },
  'alloc-failure-has-fallback': {
    title: '有后备方案的分配失败：是噪音，不是内存短缺',
    detail:
      '{comm} 以 {mask} 申请 order {order}{has_flags, select, 1 {（{flags}）：这些标志告诉分配器，调用者会自行处理失败} other {}}{costly, select, 1 {{has_flags, select, 1 {；而且} other {：}}order 大于 3 的请求在碎片化时本来就可能失败，这类调用者通常会退回到更小的页或 vmalloc} other {}}。除非该子系统自己也报告了错误，否则这条警告只是噪音。',
  },
  'alloc-failure-atomic': {
    title: '一次原子分配失败了',
    detail:
      '{comm} 以 {mask} 申请 order {order}，这种请求不能睡眠也不能回收：只要某个 zone 短暂低于 min 水位就会失败，典型情况是网络接收缓冲区的突发。偶尔失败无害（丢弃的包会重传）；频繁失败则需要更大的保留量（vm.min_free_kbytes）。',
  },
  'alloc-failure-shortage': {
    title: '一次没有后备方案的分配失败了',
    detail:
      '{comm} 以 {mask} 申请 order {order}，这种请求可以睡眠和回收，也没有表明可以不要的标志：内存（order > 0 时是连续内存）确实不足。请查看随警告打印的 Mem-Info。',
  },
};
