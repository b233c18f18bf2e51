// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { Zone } from '../model';
/** `[Node N ]ZONE free:..kB min:..kB low:..kB high:..kB ...`; lowmemReserve filled only if printed inline on the same line. */
export function parseZone(text: string, line: number): Zone | null { void text; void line; return null; }
/** `lowmem_reserve[]: 0 3746 7968 7968` → pages per zone index. */
export function parseLowmemReserve(text: string): number[] | null { void text; return null; }
