/** What every finding rule may look at: the event, its facts and the reproduced checks. */
import type { GfpDecode } from '../../kernel/types';
import type { OomEvent } from '../../parse/model';
import type { EventFacts } from '../facts';
import type { DriverMemory } from '../accounting';
import type {
  Accounting,
  BadnessCheck,
  EventDigest,
  Finding,
  FindingSeverity,
  FragmentationCheck,
  Params,
} from '../types';
import type { WatermarkResult } from '../watermarks';

export interface FindingContext {
  event: OomEvent;
  facts: EventFacts;
  gfp: GfpDecode | null;
  watermarks: WatermarkResult;
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
  accounting: Accounting | null;
  driver: DriverMemory | null;
  costlyOrder: number;
  /** Digests of the earlier events of the same file, oldest first. */
  history: EventDigest[];
}

/** A rule returns its finding only when its condition holds; otherwise null. */
export type Rule = (ctx: FindingContext) => Finding | null;

export function finding(
  id: string,
  severity: FindingSeverity,
  params: Params,
  lines: (number | null | undefined)[],
  items?: Params[],
): Finding {
  const evidence = [...new Set(lines.filter((l): l is number => typeof l === 'number' && l > 0))].sort((a, b) => a - b);
  return items && items.length > 0
    ? { id, severity, lines: evidence, params, items }
    : { id, severity, lines: evidence, params };
}

/** part / whole × 100, one decimal; null when the whole is unknown or zero. */
export function pct(part: number, whole: number | null | undefined): number | null {
  if (!whole || whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
