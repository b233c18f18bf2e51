/**
 * Comparing two events (the page's Compare view): what the sides are, and how a difference is written.
 * The parts are in compareTasks.ts (the top tasks by name), compareMemory.ts (the accounting figures) and
 * compareFindings.ts (which findings only one event has). Differences are always B − A: "+1.2 GiB" means B
 * held more.
 */
import type { EventAnalysis } from '../analyze/types';
import type { OomEvent } from '../parse/model';
import { formatKb } from './units';

/** One side of a comparison: an event and its analysis (the worker's EventDetail has both). */
export interface CompareSide {
  event: OomEvent;
  analysis: EventAnalysis;
}

export type SideId = 'a' | 'b';

/** B − A; null when either side has no figure (a difference against nothing would be made up). */
export function delta(a: number | null, b: number | null): number | null {
  return a == null || b == null ? null : b - a;
}

/** A size difference with its sign: "+1.5 MiB", "−300 KiB", "0 KiB"; "—" for none. */
export function formatKbDelta(kb: number | null): string {
  if (kb == null || !Number.isFinite(kb)) return '—';
  if (kb === 0) return formatKb(0);
  // U+2212 MINUS SIGN: the same width as "+", so a column of differences lines up.
  return `${kb > 0 ? '+' : '\u2212'}${formatKb(Math.abs(kb))}`;
}
