/**
 * Allocation-failure warnings: an allocation failed without invoking the OOM killer. They are listed
 * apart from OOM events, each with its own dump. Most come from `warn_alloc` (4.12+, mm/page_alloc.c),
 * which prints `%s: ` (current->comm), the caller's own words, then `, mode:%#x(%pGg), nodemask=%*pbl`
 * (5.0+ adds `,cpuset=..,mems_allowed=..`); before it, `warn_alloc_failed` (3.x) printed the caller's
 * words on a line of their own and then the page-allocation line.
 *   ≤3.0    `%s: page allocation failure. order:%d, mode:0x%x`            (mm/page_alloc.c)
 *   3.x     `%s: page allocation failure: order:%d, mode:0x%x`
 *   4.6+    `... mode:%#x(%pGg)`, 4.10+ `, nodemask=%*pbl`
 *   3.x     `vmalloc: allocation failure, allocated %ld of %ld bytes`     (mm/vmalloc.c, own line)
 *   4.12+   `%s: vmalloc: allocation failure: %lu bytes, mode:…`          (mm/vmalloc.c __vmalloc_node_range)
 *   4.12+   `%s: vmalloc: allocation failure, allocated %ld of %ld bytes, mode:…` (__vmalloc_area_node)
 *   5.13+   `%s: vmalloc error: size %lu, <what failed>, mode:…`          (mm/vmalloc.c, "page order %u" in some)
 *   4.14+   `%s: vmemmap alloc failure: order:%u, mode:…`                 (mm/sparse-vmemmap.c)
 *   any other `%s: … alloc(ation) failure …, mode:0x…` from a warn_alloc caller is kept as 'other'.
 * The comm may itself contain `: ` (`kworker/u8:2` has a colon), so it runs up to the warning's own words.
 */
import type { AllocationFailure } from '../model';

export type AllocWarning = NonNullable<AllocationFailure['warning']>;

export interface AllocFailureLine {
  comm: string | null;
  gfpMask: string | null;
  /** The flag names after the mask, without the parentheses; null when none survived. */
  gfpPrinted: string | null;
  order: number | null;
  warning: AllocWarning;
}

/** The warnings whose words are known, in the order they are looked for; `other` needs the mode. */
const KNOWN: readonly { warning: AllocWarning; words: RegExp }[] = [
  { warning: 'page-allocation', words: /page allocation failure[.:] order:(\d+)/ },
  { warning: 'vmalloc', words: /vmalloc(?:: allocation failure\b| error: size \d+)/ },
  { warning: 'vmemmap', words: /vmemmap alloc failure: order:(\d+)/ },
];
/** `, mode:0x…(NAMES)`: names only when the closing parenthesis survived. */
const MODE = /(?:^|[\s,])mode:(0x[0-9a-fA-F]+)(?:\(([^()]*)\))?(?=[(,\s]|$)/;
const OTHER = /alloc(?:ation)? failure/;
/** vmalloc's own order: `page order 1` (5.13+). */
const PAGE_ORDER = /\bpage order (\d+)\b/;

/** One warning's first line, or null when the line is not one. */
export function parseAllocFailure(text: string): AllocFailureLine | null {
  const t = text.trim();
  for (const known of KNOWN) {
    const m = known.words.exec(t);
    if (m) return reading(t, m.index, known.warning, m[1] ?? PAGE_ORDER.exec(t)?.[1]);
  }
  const other = OTHER.exec(t);
  if (!other || !MODE.test(t)) return null;
  // The caller's words start after the comm: the first `: ` before them (a comm is one word or a few).
  const colon = t.lastIndexOf(': ', other.index);
  return reading(t, colon < 0 ? 0 : colon + 2, 'other', /\border:(\d+)/.exec(t)?.[1]);
}

function reading(t: string, wordsAt: number, warning: AllocWarning, order: string | undefined): AllocFailureLine {
  const before = t.slice(0, wordsAt);
  const comm = before.endsWith(': ') && before.length > 2 ? before.slice(0, -2) : null;
  const mode = MODE.exec(t.slice(wordsAt));
  return {
    comm,
    // Lower-case like the trigger's gfpMask, so the kernel tables can be looked up the same way.
    gfpMask: mode ? mode[1].toLowerCase() : null,
    gfpPrinted: mode?.[2] ?? null,
    order: order === undefined ? null : Number(order),
    warning,
  };
}
