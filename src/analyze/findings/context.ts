/** What every finding rule may look at: the event and the reproduced checks. */
import type { GfpDecode } from '../../kernel/types';
import type { OomEvent } from '../../parse/model';
import type { Accounting, BadnessCheck, Finding, FindingSeverity, FragmentationCheck } from '../types';
import type { RequestSize } from '../request';
import type { WatermarkResult } from '../watermarks';

export interface FindingContext {
  event: OomEvent;
  gfp: GfpDecode | null;
  request: RequestSize | null;
  watermarks: WatermarkResult;
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
  accounting: Accounting | null;
  pageKb: number;
  costlyOrder: number;
}

/** A rule returns its finding only when its condition holds; otherwise null. */
export type Rule = (ctx: FindingContext) => Finding | null;

export function finding(
  id: string,
  severity: FindingSeverity,
  title: string,
  detail: string,
  lines: (number | null | undefined)[],
): Finding {
  const evidence = [...new Set(lines.filter((l): l is number => typeof l === 'number' && l > 0))].sort((a, b) => a - b);
  return { id, severity, title, detail, lines: evidence };
}

/** The pid of the task that invoked the OOM killer (header line or the CPU/Pid line below it). */
export function triggerPid(event: OomEvent): number | null {
  return event.trigger?.pid ?? event.kernel?.pid ?? null;
}

export function triggerName(event: OomEvent): string | null {
  return event.trigger?.comm ?? event.kernel?.comm ?? null;
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = (part / whole) * 100;
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)} %`;
}
