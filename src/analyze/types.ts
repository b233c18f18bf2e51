/**
 * Derived findings and reproduced kernel decisions. Every conclusion carries its evidence lines.
 * Fields marked `?` were added after the contract was fixed; analyzeEvent always fills them.
 */
import type { GfpDecode } from '../kernel/types';

export type FindingSeverity = 'info' | 'warning' | 'critical';

export interface Finding {
  /** Stable id, e.g. "trigger-is-not-victim"; scripts and tests key on it. */
  id: string;
  severity: FindingSeverity;
  title: string;
  /** Plain-language explanation with the numbers. */
  detail: string;
  /** Evidence: 1-based input lines. */
  lines: number[];
}

/** Reproduction of the zone watermark check for one zone. */
export interface ZoneCheck {
  node: number;
  zone: string;
  /** The request could be served from this zone (gfp zone bits, node list). */
  usable: boolean;
  freeKb: number;
  minKb: number;
  lowKb: number;
  highKb: number;
  /** lowmem_reserve entry that applies to the request's highest zone, in kB. */
  reserveKb: number;
  requestKb: number;
  /** free - request > min + reserve */
  ok: boolean;
  /** The arithmetic in words: "35640 − 4 = 35636 kB < min 35748 + reserve 0 kB". */
  arithmetic: string;
  line: number;
}

export interface FragmentationCheck {
  order: number;
  /** Some usable zone had a free block of at least `order`. */
  blockAvailable: boolean;
  /** Per usable zone: largest order with a free block (-1 if none). */
  largestFreeOrder: { node: number; zone: string; order: number; line: number }[];
  verdict: 'exhausted' | 'fragmented' | 'not-applicable';
}

export interface ScoredTask {
  pid: number;
  name: string;
  /** Recomputed badness in pages (rss + swap + page tables, adjusted). null when unkillable. */
  points: number | null;
  /** points × 1000 / totalpages: the scale of `Kill process … score S` (2.6.36–5.0), filled for every rebuildable era. */
  score: number | null;
  /** 1-based rank among killable tasks; null when unkillable. */
  rank: number | null;
  line: number;
}

export interface BadnessCheck {
  /** Era rule used, e.g. "2.6.36+ rss+swap+pgtables". null when the era cannot be rebuilt. */
  rule: string | null;
  totalPages: number | null;
  tasks: ScoredTask[];
  topPid: number | null;
  victimPid: number | null;
  /** Why the victim is not the top candidate, if it is not. */
  explanation: string;
  /** Where totalPages came from, in words ("pages RAM − reserved + swap", "memcg limit"). */
  totalPagesBasis?: string | null;
  /** The task the kernel chose: the `Kill process` selection (≤5.0, may be the victim's parent) or the victim. */
  chosenPid?: number | null;
  /** Score the kernel printed in `Kill process … score S`, if any. */
  printedScore?: number | null;
  /** Our per-mille score for the chosen task on the kernel's printed scale, if one could be computed. */
  recomputedScore?: number | null;
}

export interface AccountingItem {
  key: string;
  label: string;
  kb: number;
  line: number | null;
  /** Part of the sum that is compared with RAM. False for items already inside another one (shmem sits on the anon LRU). */
  counted?: boolean;
}

export interface ConsumerGroup {
  name: string;
  count: number;
  rssKb: number;
  pids: number[];
}

export interface Accounting {
  ramKb: number | null;
  pageSizeKb: number;
  /** What RAM held: free, page cache, anon, shmem, slab, page tables, kernel stack, ... */
  items: AccountingItem[];
  swapTotalKb: number | null;
  swapFreeKb: number | null;
  taskRssKb: number;
  /** RAM minus everything accounted for; null when RAM is unknown. */
  unaccountedKb: number | null;
  topConsumers: ConsumerGroup[];
  swapUsedKb?: number | null;
  /** True when the page size was not visible in the log and 4 kB was assumed. */
  pageSizeAssumed?: boolean;
  /** memcg usage against its limit and its largest stats (cgroup OOMs). */
  memcg?: MemcgAccounting | null;
}

export interface MemcgAccounting {
  path: string | null;
  usageKb: number | null;
  limitKb: number | null;
  /** usage / limit × 100, rounded; null when either is unknown or the limit is unlimited. */
  percentOfLimit: number | null;
  /** Largest memory stats of the cgroup, in kB (v2 byte values converted), biggest first. */
  largestStats: { key: string; kb: number }[];
  line: number | null;
}

export interface EventAnalysis {
  gfp: GfpDecode | null;
  requestKb: number | null;
  /** Pages in the request (2^order); null for SysRq (order -1) or unknown order. */
  requestPages?: number | null;
  /** Nodes whose usable zones were all below their watermark. */
  shortNodes?: number[];
  zoneChecks: ZoneCheck[];
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
  accounting: Accounting | null;
  findings: Finding[];
  /** Plain-language diagnosis, two or three sentences. */
  headline: string;
}
