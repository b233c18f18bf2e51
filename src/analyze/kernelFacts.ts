/**
 * The kernel knowledge the analysis needs, behind one small interface so every rule can be tested
 * with injected values (and so analyze depends on the kernel layer in few places).
 */
import type { OomEvent } from '../parse/model';
import type { GfpDecode } from '../kernel/types';
import {
  PAGE_ALLOC_COSTLY_ORDER,
  badnessEraFor,
  decodeGfpForEvent,
  lowmemReserveColumn,
  usableZones,
  type WordSize,
} from '../kernel';

/** The part of the kernel's BadnessEra the analysis reads (structurally compatible with it). */
export interface EraRule {
  id: string;
  rebuildable: boolean;
  description: string;
  countsSwap: boolean;
  countsPageTables: boolean;
  /** 3 where the CAP_SYS_ADMIN bonus applied, 0 otherwise. */
  rootBonusPercent: number;
  adj: 'oom_score_adj' | 'oom_adj' | 'none';
  printedScore: 'per-mille' | 'points' | 'none';
  /** What the 3 % root bonus is taken of; absent: decided from the version (before 3.10: totalpages). */
  rootBonusOf?: 'totalpages' | 'points' | null;
  /** 5.9+: badness may go negative; older kernels clamp it to 1. */
  signed?: boolean;
}

export interface KernelFacts {
  decodeGfp(event: OomEvent): GfpDecode | null;
  /** Zones an allocation whose highest zone is `targetZone` may fall back to. */
  usableZones(targetZone: string, zonesPresent: string[]): string[];
  /** The `lowmem_reserve[]` entry for a request (kernel/zones.ts, the one home of that rule). */
  reserveColumn(targetZone: string, zonesPresent: string[], reserveLength: number, bits: WordSize): number | null;
  costlyOrder: number;
  badnessEra(event: OomEvent): EraRule;
}

export const kernelFacts: KernelFacts = {
  decodeGfp: (event) => decodeGfpForEvent(event),
  usableZones: (target, present) => usableZones(target, present),
  reserveColumn: (target, present, length, bits) => lowmemReserveColumn(target, present, length, bits),
  costlyOrder: PAGE_ALLOC_COSTLY_ORDER,
  badnessEra: (event) => badnessEraFor(event.kernel?.version ?? null, event),
};
