/**
 * The watermark check behind an OOM decision, per era (mm/page_alloc.c; docs/kernel/badness.md §4, docs/kernel/zones-and-watermarks.md §3).
 *
 * - Before 4.7 the allocator invoked the OOM killer when reclaim made no progress, after one last
 *   attempt at the HIGH watermark (`get_page_from_freelist(..., ALLOC_WMARK_HIGH|ALLOC_CPUSET)` in
 *   `__alloc_pages_may_oom`, "keep very high watermark here, this is only to catch a parallel oom
 *   killing"; 2.6.18 `__alloc_pages` has the same attempt inline). So a zone between min and high was
 *   still "short" for that decision.
 * - From 4.7 ("OOM detection rework", Michal Hocko) `should_reclaim_retry` declares OOM only when no zone
 *   could meet its MIN watermark even if all its reclaimable pages were freed; the HIGH attempt stays,
 *   but the decision is the min check.
 *
 * `__zone_watermark_ok`: free − (2^order − 1) − [highatomic reserve unless the caller may use it]
 * − [free CMA unless ALLOC_CMA] must stay above mark + lowmem_reserve[highest zone]; __GFP_HIGH halves
 * the mark, atomic ("harder") callers take a further quarter off (≤6.x; 6.x ALLOC_MIN_RESERVE /
 * ALLOC_NON_BLOCK keep the same fractions).
 */
import { keyOf } from './version';

/** 4.7: should_reclaim_retry (min watermark with reclaimable pages) decides the OOM. */
export const OOM_DETECTION_REWORK = keyOf('4.7');

/** Which watermark the OOM decision of a kernel no newer than `hi` used; 'min' when the era is unknown or spans 4.7. */
export function oomWatermark(hi: number | null): 'min' | 'high' {
  return hi !== null && hi < OOM_DETECTION_REWORK ? 'high' : 'min';
}

/** The mark after the discounts a caller gets: __GFP_HIGH halves it, an atomic caller takes a quarter off. */
export function discountedMark(markKb: number, caller: { high: boolean; atomic: boolean }): number {
  let mark = markKb;
  if (caller.high) mark -= mark / 2;
  if (caller.atomic) mark -= mark / 4;
  return Math.floor(mark);
}
