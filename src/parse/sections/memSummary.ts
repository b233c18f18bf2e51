// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { Hugepages, MemSummary } from '../model';
export type SummaryKey = keyof Omit<MemSummary, 'lines'>;
/** `Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB` */
export function parseHugepages(text: string, line: number): Hugepages | null { void text; void line; return null; }
/** `2273 total pagecache pages`, `0 pages in swap cache`, `Free swap  = 0kB`, `Total swap = 0kB`, `2097054 pages RAM`, `0 pages HighMem/MovableOnly`, `33366 pages reserved`, `0 pages cma reserved`, `0 pages hwpoisoned`. */
export function parseSummaryLine(text: string): { key: SummaryKey; value: number } | null { void text; return null; }
/** Recognised summary lines we do not model (`Swap cache stats: ...`, `pages shared`, `pages non-shared`, `pages in pagetable cache`). */
export function isIgnoredSummaryLine(text: string): boolean { void text; return false; }
