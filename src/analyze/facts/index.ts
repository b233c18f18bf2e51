/**
 * Every fact about an event that more than one analysis needs, derived once: scope and kind, page size,
 * kernel era, word size, the request and the zones it may use, the lowmem_reserve column, who invoked the
 * killer and how the printed pids relate, and which cgroup hit its limit. Analyses read these; none
 * re-derives them.
 */
import type { GfpDecode, WordSize } from '../../kernel';
import { requestKb, requestPages } from '../../kernel';
import { oomWatermark } from '../../kernel/watermarks';
import type { OomEvent } from '../../parse/model';
import type { KernelFacts } from '../kernelFacts';
import { kernelOf, wordSizeOf, type KernelFact } from './machine';
import { pageSizeOf, type PageSizeFact } from './pageSize';
import { scopeOf, type Scope, type ScopeSignal } from './scope';
import { invokerOf, memcgOf, relationTo, type InvokerFact, type MemcgFact, type PidRelationFact } from './who';

export type { Scope, ScopeSignal } from './scope';
export type { PageSizeFact, PageSizeProof } from './pageSize';
export type { KernelFact } from './machine';
export type { InvokerFact, MemcgFact, PidRelation, PidRelationFact } from './who';

/** The contract's event kind: the parser's fragments stay fragments; otherwise what the scope proves. */
export type ContractKind = 'global' | 'memcg' | 'sysrq' | 'cpuset' | 'mempolicy' | 'fragment' | 'unknown';

/** 4 KiB: x86 and most arm64 kernels. Used for numbers only when the log proves no other size, and said. */
export const ASSUMED_PAGE_KB = 4;

export interface RequestFact {
  order: number;
  pages: number;
  kb: number;
}

export interface EventFacts {
  scope: Scope;
  scopeSignal: ScopeSignal | null;
  scopeLines: number[];
  kind: ContractKind;
  pageSize: PageSizeFact;
  /** The page size every number uses: the proven one, else ASSUMED_PAGE_KB. */
  pageKb: number;
  pageSizeAssumed: boolean;
  kernel: KernelFact;
  bits: WordSize;
  /** 32-bit with a HighMem zone holding memory. */
  highmem: boolean;
  bitsLines: number[];
  request: RequestFact | null;
  /**
   * The request the zone checks use: the printed one, or, when the report lost its header (a bare show_mem
   * dump, a paste missing its first lines) but has zones, an order-0 request (GFP_KERNEL-like, the commonest
   * and the least demanding). Findings built on an assumed request say so (requestAssumed).
   */
  zoneRequest: RequestFact | null;
  requestAssumed: boolean;
  /** The request's highest zone (gfp_zone), null when the mask was not decoded. */
  targetZone: string | null;
  /** Printed zones the request may use, highest first. */
  usableZones: string[];
  reserveColumn: number | null;
  reserveLength: number;
  /** The watermark the era's OOM decision used. */
  watermark: 'min' | 'high';
  invoker: InvokerFact;
  /** The allocating thread against the killed process. */
  triggerToVictim: PidRelationFact;
  /** The `Kill process` selection (≤5.0) against the killed process. */
  selectionToVictim: PidRelationFact;
  memcg: MemcgFact | null;
}

export function eventFacts(event: OomEvent, gfp: GfpDecode | null, kernelFacts: KernelFacts): EventFacts {
  const scope = scopeOf(event);
  const pageSize = pageSizeOf(event);
  const pageKb = pageSize.kb ?? ASSUMED_PAGE_KB;
  const kernel = kernelOf(event);
  const word = wordSizeOf(event, kernel);
  const order = event.trigger?.order ?? null;
  const pages = requestPages(order);
  const request = pages === null || order === null ? null : { order, pages, kb: requestKb(order, pageKb)! };
  const requestAssumed = request === null && !event.trigger && event.zones.length > 0;
  const zoneRequest = requestAssumed ? { order: 0, pages: 1, kb: pageKb } : request;
  const targetZone = gfp?.targetZone ?? null;
  const printed = [...new Set(event.zones.map((z) => z.zone))];
  const reserveLength = Math.max(0, ...event.zones.map((z) => z.lowmemReserve.length));
  // Without a decoded mask the request is taken as GFP_KERNEL-like (Normal), and the analyses say so.
  const zoneForRules = targetZone ?? 'Normal';
  const invoker = invokerOf(event);
  const victim = event.victim ?? null;
  const victimPid = victim?.pid ?? event.constraint?.pid ?? null;
  const victimComm = victim?.comm ?? event.constraint?.task ?? null;
  return {
    scope: scope.scope,
    scopeSignal: scope.signal,
    scopeLines: scope.lines,
    kind: kindOf(event, scope.scope),
    pageSize,
    pageKb,
    pageSizeAssumed: pageSize.kb === null,
    kernel,
    bits: word.bits,
    highmem: word.highmem,
    bitsLines: word.lines,
    request,
    zoneRequest,
    requestAssumed,
    targetZone,
    usableZones: kernelFacts.usableZones(zoneForRules, printed),
    reserveColumn:
      reserveLength > 0 ? kernelFacts.reserveColumn(zoneForRules, printed, reserveLength, word.bits) : null,
    reserveLength,
    watermark: oomWatermark(kernel.hi),
    invoker,
    triggerToVictim: relationTo(event, invoker.pid, invoker.comm, victimPid, victimComm),
    selectionToVictim: event.selection
      ? relationTo(event, event.selection.pid, event.selection.comm, victimPid, victimComm)
      : { relation: 'unknown', lines: [] },
    memcg: memcgOf(event),
  };
}

function kindOf(event: OomEvent, scope: Scope): ContractKind {
  if (event.kind === 'fragment') return 'fragment';
  return scope === 'unknown' ? 'unknown' : scope;
}
