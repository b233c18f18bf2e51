/**
 * The typed model of a parsed OOM log: the one place every layer agrees on.
 *
 * Conventions (they matter because the kernel mixes units freely):
 * - `line` fields are 1-based physical line numbers in the user's input, so every fact can point
 *   at its evidence. A value the log did not contain is `null`, never 0.
 * - Field names carry their unit: `...Kb` is KiB, `...Pages` is pages, `...Bytes` is bytes.
 *   Task-table columns stay in pages exactly as printed; converting needs the event's page size.
 */

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  line: number;
  severity: Severity;
  message: string;
}

/** One logical line after transport damage was undone and prefixes were stripped. */
export interface LogLine {
  /** 1-based physical line in the input (several logical lines may share one, e.g. `#012`). */
  line: number;
  /** The kernel's text with every log prefix removed. */
  text: string;
  /** The timestamp as printed by the prefix, if any (`[ 123.456789]`, `Nov 22 11:09:03`, ISO...). */
  time: string | null;
  /** Seconds since boot when the prefix carried a dmesg monotonic stamp. */
  uptime: number | null;
  /**
   * On the last piece of a physical line split at escaped line breaks (`#012`): the whole line's
   * length. A wrap cuts physical lines, so this, not the piece's own length, says whether it was cut.
   */
  physicalLength?: number;
  /**
   * The program a syslog/journal prefix named when it is not the kernel (`systemd`, `containerd`): the line
   * is that program's text, never a line of a kernel report (it may quote one: OomEvent.echoes).
   */
  source?: string;
  /** The journalctl pager cut this line (it ended in `>` or `…`): its last field may be missing. */
  pagerCut?: true;
}

export type EventKind = 'global' | 'memcg' | 'sysrq' | 'cpuset' | 'mempolicy' | 'fragment';

/** `comm invoked oom-killer: gfp_mask=0x...(NAMES), order=N, oom_score_adj=N`. */
export interface Trigger {
  comm: string | null;
  /** From the following `CPU: ... PID:` / `Pid:` line when present. */
  pid: number | null;
  /** Hex exactly as printed, lower-case, e.g. "0x140cca". */
  gfpMask: string | null;
  /** The names the kernel printed in parentheses (4.6+), verbatim; null when none were printed. */
  gfpPrinted: string | null;
  order: number | null;
  oomScoreAdj: number | null;
  /** Pre-2.6.36 `oom_adj=` / `oomkilladj=` value (-17..15). */
  oomAdj: number | null;
  /** 4.9–4.20 `nodemask=` on the header line ("(null)" kept verbatim). */
  nodemask: string | null;
  line: number;
}

/** `CPU: N [UID: N] PID: N Comm: x Tainted|Not tainted <release> #build` and 2.6's `Pid: N, comm: x`. */
export interface KernelInfo {
  version: string | null;
  build: string | null;
  cpu: number | null;
  pid: number | null;
  uid: number | null;
  comm: string | null;
  tainted: string | null;
  hardware: string | null;
  line: number;
}

export interface StackFrame {
  symbol: string;
  /** `?` frames: the unwinder was not sure. */
  unreliable: boolean;
  module: string | null;
  line: number;
}

export interface CpusetInfo {
  name: string | null;
  memsAllowed: string | null;
  line: number;
}

/** The global counter block after `Mem-Info:` (values in pages), e.g. `active_anon`, `free`, `slab_reclaimable`. */
export interface MemInfo {
  counters: Record<string, number>;
  line: number;
}

/** 4.8+ per-node line `Node 0 active_anon:...kB ... all_unreclaimable? no`. Values in kB. */
export interface NodeInfo {
  node: number;
  fieldsKb: Record<string, number>;
  allUnreclaimable: boolean | null;
  line: number;
}

export interface Zone {
  /** 0 when the kernel printed no `Node N` prefix (non-NUMA). */
  node: number;
  zone: string;
  freeKb: number;
  minKb: number;
  lowKb: number;
  highKb: number;
  managedKb: number | null;
  presentKb: number | null;
  boostKb: number | null;
  reservedHighatomicKb: number | null;
  /** Every `key:valuekB` field on the line, including the ones above. */
  fieldsKb: Record<string, number>;
  allUnreclaimable: boolean | null;
  /** `lowmem_reserve[]` in pages, one per zone index; empty when not printed. */
  lowmemReserve: number[];
  line: number;
  reserveLine: number | null;
}

export interface BuddyRow {
  node: number;
  zone: string;
  /** Index = order. */
  freeBlocks: number[];
  /** Block size of each order in kB, as printed. */
  blockKb: number[];
  /** Migrate-type letters per order as printed (`UME`), null where none were printed. */
  migrateTypes: (string | null)[];
  /** The `= NkB` total as printed; null if the line was cut before it. */
  totalKb: number | null;
  line: number;
}

export interface Hugepages {
  node: number;
  total: number;
  free: number;
  surplus: number;
  sizeKb: number;
  line: number;
}

/** Swap and RAM summary lines; each is null when the log lacks it. */
export interface MemSummary {
  pagecachePages: number | null;
  swapCachePages: number | null;
  freeSwapKb: number | null;
  totalSwapKb: number | null;
  ramPages: number | null;
  highmemPages: number | null;
  reservedPages: number | null;
  cmaReservedPages: number | null;
  hwpoisonedPages: number | null;
  /** line of each summary key, for evidence links */
  lines: Partial<Record<keyof Omit<MemSummary, 'lines'>, number>>;
}

/** One row of the task dump. Memory columns are pages, except `pgtablesBytes`. */
export interface Task {
  pid: number;
  uid: number | null;
  tgid: number | null;
  totalVmPages: number;
  rssPages: number;
  rssAnonPages: number | null;
  rssFilePages: number | null;
  rssShmemPages: number | null;
  nrPtes: number | null;
  nrPmds: number | null;
  pgtablesBytes: number | null;
  swapEntries: number | null;
  oomScoreAdj: number;
  /** 2.6-era `oom_adj` column. */
  oomAdj: number | null;
  /** 2.6-era `cpu` column. */
  cpu: number | null;
  name: string;
  line: number;
}

export interface TaskTable {
  /** Column ids in printed order, e.g. ['pid','uid','tgid','total_vm','rss','nr_ptes','swapents','oom_score_adj','name']. */
  columns: string[];
  headerLine: number;
  tasks: Task[];
  /** Rows were cut: an elision line (`...`), a truncated paste or an unparsable gap. */
  elided: boolean;
}

/** 5.0+ `oom-kill:constraint=...,nodemask=...,...,task=x,pid=N,uid=N`. */
export interface ConstraintInfo {
  /** As printed; "" when the kernel printed `constraint=,`. */
  constraint: string | null;
  nodemask: string | null;
  cpuset: string | null;
  memsAllowed: string | null;
  globalOom: boolean;
  oomMemcg: string | null;
  taskMemcg: string | null;
  task: string | null;
  pid: number | null;
  uid: number | null;
  line: number;
}

/** `...: Kill process N (x) score S or sacrifice child` (≤5.0). */
export interface KillSelection {
  message: string;
  pid: number;
  comm: string;
  score: number | null;
  line: number;
}

/** `Killed process N (x) total-vm:...kB, anon-rss:...kB, ...` in every era (values kB). */
export interface Victim {
  message: string | null;
  pid: number;
  comm: string;
  totalVmKb: number | null;
  anonRssKb: number | null;
  fileRssKb: number | null;
  shmemRssKb: number | null;
  uid: number | null;
  pgtablesKb: number | null;
  oomScoreAdj: number | null;
  line: number;
}

export interface Reaped {
  pid: number;
  comm: string;
  anonRssKb: number | null;
  fileRssKb: number | null;
  shmemRssKb: number | null;
  line: number;
}

export interface MemcgCounter {
  usageKb: number;
  limitKb: number;
  failcnt: number | null;
  line: number;
}

export interface MemcgInfo {
  /** The cgroup whose limit was hit (`limit of X`, `oom_memcg=X`). */
  path: string | null;
  /** The victim's cgroup (`Task in X`, `task_memcg=X`). */
  taskPath: string | null;
  memory: MemcgCounter | null;
  memsw: MemcgCounter | null;
  swap: MemcgCounter | null;
  kmem: MemcgCounter | null;
  /** `Memory cgroup stats for /path:` values (v1 in kB, v2 in bytes — see statsUnit). */
  statsPath: string | null;
  stats: Record<string, number>;
  statsUnit: 'kB' | 'bytes' | null;
  statsLine: number | null;
  /** cgroup v1: the `Memory cgroup stats for` lines of the cgroups below `statsPath` (kB). */
  children: MemcgChildStats[];
  line: number;
}

export interface MemcgChildStats {
  path: string;
  stats: Record<string, number>;
  line: number;
}

/**
 * cgroup v2 `memory.oom.group`: after killing the victim the kernel kills every other task of the
 * group, printing `Tasks in <path> are going to be killed due to memory.oom.group set` and then one
 * `Killed process` line per task (the victim itself may be listed again).
 */
export interface OomGroupKill {
  path: string;
  line: number;
  /** The `Killed process` lines after the group line, in order. */
  killed: Victim[];
}

export interface PanicInfo {
  message: string;
  line: number;
}

/**
 * A balloon driver's trace near the report (virtio_balloon, hv_balloon, xen balloon, vmw_balloon, memory
 * hot-add): the hypervisor moving memory in or out of the guest (kinds/balloon.ts: before, inside or right after it).
 */
export interface BalloonNote {
  driver: string;
  /** Memory the balloon held (inflated) or moved, when the line says; null otherwise. */
  kb: number | null;
  line: number;
}

/** A kernel bug (Oops, BUG, KASAN, WARNING) inside or right after a report (kinds/bug.ts, build/bug.ts). */
export interface KernelBug {
  kind: 'oops' | 'bug' | 'kasan' | 'warning' | 'other';
  /** The bug's own first line, e.g. "Unable to handle kernel NULL pointer dereference at virtual address …". */
  message: string;
  /** The function it happened in (first reliable frame of its trace, or `PC is at`), when shown. */
  function: string | null;
  line: number;
}

/**
 * Lines inside a report that a paste, grep or pager cut out: an elision mark (`...`), a grep gap (`--`, or the
 * report's own blocks missing between lines it printed together), a line the pager cut, the KERN_INFO lines a
 * log-level filter dropped (build/event.ts provenCuts). Any cut makes the event not `complete`.
 */
export interface CutMark {
  kind: 'elision' | 'gap' | 'pager' | 'filter';
  line: number;
}

/** Another program's message quoting this event's kill (systemd, containerd, node-problem-detector). */
export interface KillEcho {
  source: string | null;
  line: number;
}

/** One OOM-killer invocation, or a fragment of one. */
export interface OomEvent {
  /** 0-based index in file order. */
  index: number;
  firstLine: number;
  lastLine: number;
  kind: EventKind;
  /** Trigger line through kill (or panic / "no killable") line present, and nothing inside cut out (`cuts`). */
  complete: boolean;
  /** Timestamp of the first line, as printed. */
  time: string | null;
  uptime: number | null;
  trigger: Trigger | null;
  kernel: KernelInfo | null;
  cpuset: CpusetInfo | null;
  callTrace: StackFrame[];
  memInfo: MemInfo | null;
  nodes: NodeInfo[];
  zones: Zone[];
  buddy: BuddyRow[];
  hugepages: Hugepages[];
  summary: MemSummary;
  /** Inferred from the first buddy order's block size; null without buddy lines. */
  pageSizeKb: number | null;
  tasks: TaskTable | null;
  constraint: ConstraintInfo | null;
  selection: KillSelection | null;
  victim: Victim | null;
  reaped: Reaped | null;
  /** memory.oom.group: the rest of the victim's group, killed with it. */
  oomGroup: OomGroupKill | null;
  memcg: MemcgInfo | null;
  panic: PanicInfo | null;
  /** `Out of memory and no killable processes...` seen. */
  noKillable: boolean;
  /** Lines inside the event that no rule understood (also reported as diagnostics). */
  unparsedLines: number[];
  /** Balloon driver lines near the report (optional in the type: hand-made events may leave it out). */
  balloon?: BalloonNote[];
  /** Kernel bugs inside or right after the report; their lines are the event's (optional in the type). */
  kernelBugs?: KernelBug[];
  /** Where lines inside the report were cut out (optional in the type). */
  cuts?: CutMark[];
  /** Quotes of this event's kill by other programs, or the same kill line repeated (optional in the type). */
  echoes?: KillEcho[];
}

/** `comm: page allocation failure: order:N, mode:0x...` warnings: not OOM events. */
export interface AllocationFailure {
  /**
   * The warning's own Mem-Info dump (warn_alloc_show_mem), read as an event's would be; absent when it
   * printed none. Never read as an OOM fragment.
   */
  memInfo?: MemInfo | null;
  nodes?: NodeInfo[];
  zones?: Zone[];
  buddy?: BuddyRow[];
  summary?: MemSummary;
  firstLine: number;
  lastLine: number;
  comm: string | null;
  gfpMask: string | null;
  order: number | null;
  /** Which warning: `page allocation failure`, `vmalloc: allocation failure` / `vmalloc error`, `vmemmap alloc failure`, … */
  warning?: 'page-allocation' | 'vmalloc' | 'vmemmap' | 'other';
  /** The flag names the kernel printed after the mask, `GFP_KERNEL|__GFP_NOWARN` (without the parentheses). */
  gfpPrinted?: string | null;
  /** The CPU:/Pid: line and call trace of the warning (its own dump, read as an event's would be). */
  kernel?: KernelInfo | null;
  callTrace?: StackFrame[];
  /** Timestamp of the warning's first line, as printed (like OomEvent.time), and its uptime. */
  time: string | null;
  uptime: number | null;
}

export interface ParseStats {
  bytes: number;
  lines: number;
  /** Prefix styles recognised, e.g. ['dmesg', 'syslog'] — used to tell the user what we saw. */
  prefixStyles: string[];
}

export interface ParseResult {
  events: OomEvent[];
  allocationFailures: AllocationFailure[];
  diagnostics: Diagnostic[];
  stats: ParseStats;
}
