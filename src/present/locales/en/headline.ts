/** Headline sentences (src/analyze/headline.ts), joined with a space where `spaced` is yes. Params follow src/present/params.ts. */
const scopeSubject =
  '{scope, select, cpuset {The nodes this cpuset may use} mempolicy {The nodes of the memory policy} other {The system}}';

export const headline = {
  /** Whether sentences are joined with a space (English) or run on (Chinese). */
  spaced: 'yes',
  fragment:
    'Only part of an OOM report is here{scope, select, memcg {{level, select, ancestor {: the parent cgroup {path} hit its limit, not the task’s own {taskPath}} other {: a memory cgroup{has_path, select, 1 { ({path})} other {}} hit its limit}}} global {: a machine-wide OOM} cpuset {: a cpuset-constrained OOM} mempolicy {: a memory-policy OOM} sysrq {: an OOM started by SysRq-f} other {}}{zones, select, lowmem {. Its zone lists show low memory (DMA, Normal) below the {watermark} watermark while HighMem had {highFreeKb} free: on this 32-bit kernel, kernel allocations can use only low memory.} exhausted {. Its zone lists show every zone below the {watermark} watermark: memory was exhausted.} other {{scope, select, memcg {; the rest of the report (usage, limit, task table) is missing.} other {; the cause cannot be read from it.}}}}',
  sysrq: 'The OOM killer was started by hand (SysRq-f); no allocation had failed.',
  memcg:
    '{level, select, ancestor {The parent cgroup {path} (not the task’s own {taskPath})} other {{has_path, select, 1 {Cgroup {path}} other {A memory cgroup}}}} hit its memory limit{has_usageKb, select, 1 { ({usageKb} used{has_limitKb, select, 1 { of {limitKb}} other {}})} other {}}; the rest of the machine may have had memory to spare.',
  kswapd:
    'kswapd ({comm}), the kernel’s reclaim thread, invoked the OOM killer — only a vendor kernel does that; no process’s allocation had failed.',
  'scope-unknown': 'The lines of this OOM report do not show whether it was machine-wide or inside a cgroup.',
  fragmented: `${scopeSubject} had free memory, but not in a contiguous block of order {order}.`,
  exhausted: `${scopeSubject} ran out of memory: no zone the request could use had enough free memory above its {watermark} watermark.`,
  'out-of-memory': `${scopeSubject} ran out of memory.`,
  asked:
    '{comm}{has_pid, select, 1 { (pid {pid})} other {}}{kernelThread, select, 1 {, a kernel thread,} other {}} asked{has_requestKb, select, 1 { for {requestKb} (order {order})} other {}} and could not get it.',
  'asked-thread':
    'Thread {pid} of {comm} ({proven, select, 1 {a thread of the killed process {victimPid}} other {probably a thread of the killed process {victimPid}}}) asked{has_requestKb, select, 1 { for {requestKb} (order {order})} other {}} and could not get it.',
  panic: 'The kernel panicked instead of killing a process: {message}.',
  'no-killable': 'No process could be killed: every candidate was unkillable.',
  'no-kill-line': 'The report does not say which process was killed.',
  killed:
    'The kernel killed {comm} (pid {pid}{has_residentKb, select, 1 {, {residentKb} resident} other {}}){same, select, 1 {, the same process that asked} other {}}{sel_reason, select, child {, a child of {selectedComm} (pid {selectedPid}) which had the highest score{has_score, select, 1 { ({score})} other {}}} top_score {, which had the highest badness score} printed_score {, which had the highest badness score ({score})} row_missing {, chosen by its badness score (its row is missing from the task table)} not_top {, although another task scored higher by our recomputation} badness {, chosen by its badness score} other {}}.',
  'analysis-failed': 'The analysis of this event failed ({error}); the parsed report is still shown.',
  none: 'No diagnosis is available for this event yet.',
};
