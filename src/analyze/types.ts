/**
 * Derived findings and reproduced kernel decisions. Every conclusion carries its evidence lines and the
 * numbers it was drawn from; none carries a sentence. Words are made from ids and params in src/present.
 *
 * Param convention: raw numbers with the unit in the key (`freeKb`, `limitKb`, `pages`, `pct`, `sec`),
 * counts as `count`/`…Count`, kernel identifiers and names as strings (`zone: 'Normal'`, `comm: 'java'`).
 */
import type { GfpDecode } from '../kernel/types';
import type { EventFacts } from './facts';

export type { EventFacts, Scope, ContractKind } from './facts';

export type FindingSeverity = 'info' | 'warning' | 'critical';
export type ParamValue = string | number | null;
export type Params = Record<string, ParamValue>;

export interface Finding {
  /** Stable id, e.g. "trigger-is-not-victim"; scripts, tests and the text catalogue key on it. */
  id: string;
  severity: FindingSeverity;
  /** Evidence: 1-based input lines. */
  lines: number[];
  /** The numbers and names the text is made from. */
  params: Params;
  /** Repeated parts of the text (one per zone, per task, …), each rendered with the finding's item message. */
  items?: Params[];
}

/** One sentence of the headline: an id of the headline catalogue and its params. */
export interface Sentence {
  id: string;
  params: Params;
}

/** Where a zone stands for this request. */
export type ZoneState =
  /** free − request is above watermark + lowmem_reserve (order > 0: and a large enough block is free). */
  | 'passes'
  /** free − request is at or below the zone's own watermark: the zone is short. */
  | 'below'
  /** Above its own watermark, but the lowmem_reserve that protects it from this request keeps it out: normal. */
  | 'fenced'
  /** Passes the free-page test, but no free block of the requested order or above (order > 0). */
  | 'no-block'
  /** The request cannot use this zone (above its highest zone, or on a node it may not use). */
  | 'unusable'
  /** The zone has no memory (`present:0kB`, `managed:0kB`): never failing. */
  | 'empty';

/** Reproduction of the zone watermark check for one zone. */
export interface ZoneCheck {
  node: number;
  zone: string;
  state: ZoneState;
  /** The request could be served from this zone (gfp zone bits, node list, not empty). */
  usable: boolean;
  /** The whole check passed; null for zones the request could not use. */
  passes: boolean | null;
  /** Which watermark the era's decision used: 'min' (4.7+ should_reclaim_retry) or 'high' (older last try). */
  watermark: 'min' | 'high';
  freeKb: number;
  minKb: number;
  lowKb: number;
  highKb: number;
  /** The watermark used, after the discounts an atomic or __GFP_HIGH caller gets. */
  markKb: number;
  /** lowmem_reserve entry that applies to the request's highest zone, in kB (0 when unknown). */
  reserveKb: number;
  reservePages: number;
  reserveColumn: number | null;
  requestKb: number;
  /** Subtracted from free: highatomic pageblocks (non-atomic callers), free CMA (non-movable callers). */
  highatomicKb: number;
  cmaKb: number;
  /** free − request − highatomic − CMA. */
  leftKb: number;
  /** watermark + reserve. */
  needKb: number;
  line: number;
  /** The zone's lowmem_reserve[] line, evidence when the reserve fenced it. */
  reserveLine: number | null;
}

export interface FragmentationCheck {
  order: number;
  /** Some usable zone that passes its order-0 check has a free block of at least `order`. */
  blockAvailable: boolean;
  /** Per usable zone: largest order with a usable free block (-1 if none), and whether the zone counts. */
  largestFreeOrder: { node: number; zone: string; order: number; counts: boolean; line: number }[];
  /** Largest free order among zones that pass their own order-0 check; null when none does. */
  largestUsableOrder: number | null;
  verdict: 'fragmented' | 'exhausted' | 'block-available' | 'not-applicable';
}

export interface ScoredTask {
  pid: number;
  name: string;
  /** Recomputed badness in pages (rss + swap + page tables, adjusted). null when unkillable. */
  points: number | null;
  /** points × 1000 / totalpages: the scale of `Kill process … score S` (2.6.36–5.0). */
  score: number | null;
  /** 1-based rank among killable tasks; null when unkillable. */
  rank: number | null;
  line: number;
}

/** How the printed score compares with the recomputed one. */
export type ScoreMatch =
  /** Reproduced exactly (with the `adjustments` listed, if any). */
  | 'exact'
  /** Within a few per mille: memory moved between the choice and the printing. */
  | 'close'
  /** Not reproduced by any documented rule of the era. */
  | 'differs';

/**
 * What it took to reproduce a printed score exactly, beyond the era's rule as documented:
 * - 'no-root-bonus': the task runs as uid 0 but got no CAP_SYS_ADMIN bonus (containers drop the capability);
 * - 'root-bonus-of-usage': the bonus was 3 % of the task's own usage, as 3.14 made it and 3.10.y/3.13.y stable
 *   (and RHEL 7) took it, not 3 % of totalpages;
 * - 'cgroup-swap': the task's swap, which this era's table does not print, taken from its cgroup's
 *   memory+swap usage (one task in the cgroup);
 * - 'memory-limit-total' / 'memsw-limit-total': totalpages was the cgroup's memory limit / memory+swap limit;
 * - 'ram-total': totalpages counted RAM without subtracting the reserved pages;
 * - 'host-swap-total': a cgroup without a memory+swap limit counts the machine's swap in its totalpages
 *   (mem_cgroup_get_limit), and the printed score pins how much swap that is (`impliedSwapKb`);
 * - 'clamped': 2.6.36–3.4 (and RHEL 6) clamp the printed score to 1000.
 */
export type ScoreAdjustment =
  | 'no-root-bonus'
  | 'root-bonus-of-usage'
  | 'cgroup-swap'
  | 'memory-limit-total'
  | 'memsw-limit-total'
  | 'ram-total'
  | 'host-swap-total'
  | 'clamped';

export interface BadnessCheck {
  /** Era rule id, e.g. "pages-4.0"; null when the era cannot be rebuilt. */
  rule: string | null;
  rebuildable: boolean;
  totalPages: number | null;
  /** Where totalPages came from: 'ram-reserved-swap', 'ram-swap', 'managed-swap', 'nodes-swap', 'memcg-limit', … */
  totalPagesBasis: string | null;
  tasks: ScoredTask[];
  topPid: number | null;
  victimPid: number | null;
  /** The task the kernel chose: the `Kill process` selection (≤5.0) or the victim. */
  chosenPid: number | null;
  /** Score the kernel printed in `Kill process … score S`, if any. */
  printedScore: number | null;
  /** Our per-mille score for the chosen task on the kernel's printed scale, if one could be computed. */
  recomputedScore: number | null;
  /** How the printed score was reproduced (null: nothing printed or nothing to compare). */
  match: ScoreMatch | null;
  /** What reproducing it exactly took (empty: the era's rule as documented). */
  adjustments: ScoreAdjustment[];
  /** 'host-swap-total': the machine's swap, in kB, that the printed score implies: [lowest, highest]. */
  impliedSwapKb: [number, number] | null;
  /** The chosen task's points came from its kill line (no table row). */
  fromKillLine: boolean;
  /** Why the chosen task is not the top recomputed candidate, as ids (empty when it is). */
  notTopReasons: string[];
}

/** One row of "where the memory went": an id (the text comes from present), its size and evidence. */
export interface AccountingRow {
  id: string;
  kb: number;
  lines: number[];
  /** Part of the sum compared with RAM. False for rows inside another one (shmem sits on the anon LRU). */
  counted: boolean;
  /** 32-bit HighMem machines: which side of the split the row is on; null when not split. */
  part?: 'lowmem' | 'highmem' | null;
}

export interface ConsumerGroup {
  name: string;
  count: number;
  rssKb: number;
  pids: number[];
}

/** Low memory against HighMem on a 32-bit kernel: the question there is lowmem. */
export interface HighmemSplit {
  lowmem: { managedKb: number; freeKb: number; rows: AccountingRow[] };
  highmem: { managedKb: number; freeKb: number; rows: AccountingRow[] };
}

export interface Accounting {
  /** 'machine': Mem-Info counters; 'memcg': the cgroup's own counters (usage against its limit). */
  scope: 'machine' | 'memcg';
  /** RAM (machine) or the cgroup limit (memcg); null when unknown. */
  ramKb: number | null;
  pageSizeKb: number;
  /** True when the page size was not visible in the log and 4 kB was assumed. */
  pageSizeAssumed: boolean;
  rows: AccountingRow[];
  swapTotalKb: number | null;
  swapFreeKb: number | null;
  swapUsedKb: number | null;
  taskRssKb: number;
  /** Page tables the task table attributes to processes (pgtables_bytes, or nr_ptes pages). */
  taskPageTablesKb: number;
  /** What no printed counter explains; null when RAM is unknown or counters are missing. */
  unaccountedKb: number | null;
  topConsumers: ConsumerGroup[];
  /** CMA pool: reserved at boot (pages cma reserved) and free (free_cma). */
  cma: { reservedKb: number; freeKb: number | null; lines: number[] } | null;
  highmem: HighmemSplit | null;
  memcg: MemcgAccounting | null;
}

export interface MemcgAccounting {
  path: string | null;
  usageKb: number | null;
  limitKb: number | null;
  /** usage / limit × 100, rounded; null when either is unknown or the limit is unlimited. */
  percentOfLimit: number | null;
  /** Largest memory stats of the cgroup, in kB (v2 byte values converted), biggest first. */
  largestStats: { key: string; kb: number }[];
  /** Kernel memory charged to the cgroup: v1 `kmem:` usage, v2 kernel/slab/stacks/page tables/sock. */
  kernelKb: number | null;
  line: number | null;
}

/** What a later event needs to know of an earlier one in the same file (repeated kills). */
export interface EventDigest {
  index: number;
  /** Same cgroup (oom memcg path) or, for machine-wide OOMs, 'machine'; null when unknown. */
  scopeKey: string | null;
  victimComm: string | null;
  victimPid: number | null;
  /** What the kill freed: the victim's anon + file + shmem RSS from its kill line. */
  freedKb: number | null;
  uptime: number | null;
  /** The prefix's clock time, when there is no uptime. */
  time: string | null;
  line: number;
}

export interface EventAnalysis {
  /** Facts derived once about the event (scope, kind, page size, kernel era, zones usable …). */
  facts: EventFacts;
  gfp: GfpDecode | null;
  requestKb: number | null;
  /** Pages in the request (2^order); null for SysRq (order -1) or unknown order. */
  requestPages: number | null;
  /** Nodes whose usable zones were all short. */
  shortNodes: number[];
  zoneChecks: ZoneCheck[];
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
  accounting: Accounting | null;
  findings: Finding[];
  /** The diagnosis in two or three sentences (ids + params; present renders them). */
  headline: Sentence[];
}
