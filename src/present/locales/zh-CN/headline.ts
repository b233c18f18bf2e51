import type { Catalogue } from '../types';
import type { headline as en } from '../en/headline';

const scopeSubject = '{scope, select, cpuset {这个 cpuset 可用的节点} mempolicy {内存策略指定的节点} other {系统}}';

export const headline: Catalogue<typeof en> = {
  /** Whether sentences are joined with a space (English) or run on (Chinese). */
  spaced: 'no',
  fragment:
    '这里只有 OOM 报告的一部分{scope, select, memcg {{level, select, ancestor {：达到上限的是父 cgroup {path}，而不是该任务自己的 {taskPath}} other {：一个内存 cgroup{has_path, select, 1 {（{path}）} other {}}达到了上限}}} global {：一次整机 OOM} cpuset {：一次受 cpuset 约束的 OOM} mempolicy {：一次内存策略 OOM} sysrq {：一次由 SysRq-f 触发的 OOM} other {}}{zones, select, lowmem {。其 zone 列表显示低端内存（DMA、Normal）低于 {watermark} 水位，而 HighMem 仍有 {highFreeKb} 空闲：在这台 32 位内核上，内核分配只能使用低端内存。} exhausted {。其 zone 列表显示所有 zone 都低于 {watermark} 水位：内存已耗尽。} other {{scope, select, memcg {；报告的其余部分（用量、上限、任务表）缺失。} other {；从中读不出原因。}}}}',
  sysrq: 'OOM killer 是手动启动的（SysRq-f）；没有任何分配失败。',
  memcg:
    '{level, select, ancestor {父 cgroup {path}（而不是任务自己的 {taskPath}）} other {{has_path, select, 1 {cgroup {path} } other {一个内存 cgroup}}}}达到了内存上限{has_usageKb, select, 1 {（已用 {usageKb}{has_limitKb, select, 1 {，上限 {limitKb}} other {}}）} other {}}；机器的其余部分可能还有富余内存。',
  kswapd: '内核回收线程 kswapd（{comm}）调用了 OOM killer——只有厂商内核会这样做；没有任何进程的分配失败。',
  'scope-unknown': '这份 OOM 报告的内容无法说明它是整机的还是发生在某个 cgroup 内。',
  fragmented: `${scopeSubject}有空闲内存，但没有 order {order} 的连续块。`,
  exhausted: `${scopeSubject}内存耗尽：请求可用的 zone 中没有一个在 {watermark} 水位之上还有足够的空闲内存。`,
  'out-of-memory': `${scopeSubject}内存耗尽。`,
  asked:
    '{comm}{has_pid, select, 1 {（pid {pid}{kernelThread, select, 1 {，一个内核线程} other {}}）} other {{kernelThread, select, 1 {（一个内核线程）} other {}}}}{has_requestKb, select, 1 {申请了 {requestKb}（order {order}），} other {申请内存，}}但没有得到。',
  'asked-thread':
    '{comm} 的线程 {pid}（{proven, select, 1 {被杀进程 {victimPid} 的一个线程} other {很可能是被杀进程 {victimPid} 的一个线程}}）{has_requestKb, select, 1 {申请了 {requestKb}（order {order}），} other {申请内存，}}但没有得到。',
  panic: '内核没有杀进程，而是 panic 了：{message}。',
  'no-killable': '没有可杀的进程：所有候选都不可杀。',
  'no-kill-line': '报告没有说明杀掉了哪个进程。',
  killed:
    '内核杀掉了 {comm}（pid {pid}{has_residentKb, select, 1 {，常驻 {residentKb}} other {}}）{same, select, 1 {，正是申请内存的那个进程} other {}}{sel_reason, select, child {，它是分数最高的 {selectedComm}（pid {selectedPid}）的子进程{has_score, select, 1 {（分数 {score}）} other {}}} top_score {，它的 badness 分数最高} printed_score {，它的 badness 分数最高（{score}）} row_missing {，按 badness 分数选中（任务表中缺少它的行）} not_top {，尽管按我们的重算另一个任务分数更高} badness {，按 badness 分数选中} other {}}。',
  'analysis-failed': '对这个事件的分析失败了（{error}）；解析出的报告仍会显示。',
  none: '这个事件暂时没有诊断结果。',
};
