import type { Hugepages, MemSummary } from '../model';

export type SummaryKey = keyof Omit<MemSummary, 'lines'>;

const HUGEPAGES = /^Node (\d+) hugepages_total=(\d+) hugepages_free=(\d+) hugepages_surp=(\d+) hugepages_size=(\d+)kB$/;

/** `Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB` (3.10+, one per node × size). */
export function parseHugepages(text: string, line: number): Hugepages | null {
  const m = HUGEPAGES.exec(text.trim());
  if (!m) return null;
  return {
    node: Number(m[1]),
    total: Number(m[2]),
    free: Number(m[3]),
    surplus: Number(m[4]),
    sizeKb: Number(m[5]),
    line,
  };
}

/**
 * The counts after the buddy lines (docs/kernel/oom-report.md §5.7–5.8). All are pages except the swap pair (kB).
 * `Free swap  = ` has two spaces in every era; we accept any run of spaces in case a transport squeezed them.
 * Kernels before the generic show_mem (≤2.6.2x, per-arch) printed `Free swap:       NkB`, `N pages of RAM`,
 * `N pages of HIGHMEM` and `N reserved pages` for the same counters.
 */
const SUMMARY: { re: RegExp; key: SummaryKey }[] = [
  { re: /^(\d+) total pagecache pages$/, key: 'pagecachePages' },
  { re: /^(\d+) pages in swap cache$/, key: 'swapCachePages' },
  { re: /^Free swap(?:\s+=|:)\s*(\d+)kB$/, key: 'freeSwapKb' },
  { re: /^Total swap\s+=\s*(\d+)kB$/, key: 'totalSwapKb' },
  { re: /^(\d+) pages (?:of )?RAM$/, key: 'ramPages' },
  // ≤3.10 printed `pages HighMem`; 3.12+ and RHEL7 `pages HighMem/MovableOnly`: the same counter.
  { re: /^(\d+) pages (?:HighMem(?:\/MovableOnly)?|of HIGHMEM)$/, key: 'highmemPages' },
  { re: /^(\d+) (?:pages reserved|reserved pages)$/, key: 'reservedPages' },
  { re: /^(\d+) pages cma reserved$/, key: 'cmaReservedPages' },
  { re: /^(\d+) pages hwpoisoned$/, key: 'hwpoisonedPages' },
];

/** `2273 total pagecache pages`, `Free swap  = 0kB`, `2097054 pages RAM`, ... → key and value. */
export function parseSummaryLine(text: string): { key: SummaryKey; value: number } | null {
  const t = text.trim();
  for (const { re, key } of SUMMARY) {
    const m = re.exec(t);
    if (m) return { key, value: Number(m[1]) };
  }
  return null;
}

const IGNORED = [
  // 2.6.32–5.19 (`Swap cache stats: add 0, delete 0, find 0/0`) and 2.6.2x (`Swap cache: add ..., race ...`).
  /^Swap cache(?: stats)?: add \d+, delete \d+, find \d+\/\d+/,
  // ≤3.10 / RHEL6 show_mem lines, CONFIG_QUICKLIST's pagetable cache, and the ≤2.6.2x per-arch show_mem.
  /^\d+ pages (?:shared|non-shared|swap cached|in pagetable cache|dirty|writeback|mapped|slab|pagetables)$/,
  /^\d+ (?:free|slab|bounce buffer) pages$/,
  /^Total of \d+ pages in page table cache$/,
  // ≤2.6.2x show_free_areas, printed before the counters: `Free pages:       13524kB (1664kB HighMem)`.
  /^Free pages:\s+\d+kB \(\d+kB HighMem\)$/,
];

/** Recognised summary (and ≤2.6.2x `Free pages:`) lines we do not model. */
export function isIgnoredSummaryLine(text: string): boolean {
  const t = text.trim();
  return IGNORED.some((re) => re.test(t));
}
