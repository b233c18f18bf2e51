// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
/** `Mem-Info:` */
export function isMemInfoHeader(text: string): boolean { void text; return false; }
/** A line of the global counter block (`active_anon:123 inactive_anon:4 isolated_anon:0`, continuation lines too), values in pages; null if the line is not one. */
export function parseMemInfoCounters(text: string): Record<string, number> | null { void text; return null; }
/** ≤3.19 per-cpu pageset lines: `Node 0 DMA per-cpu:`, `CPU    0: hi:    0, btch:   1 usd:   0`. */
export function isPerCpuLine(text: string): boolean { void text; return false; }
