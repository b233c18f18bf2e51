/**
 * Public entry of the analysis layer: reproduce the kernel's decisions for one OOM event and explain them.
 * Pure and total: any event, however partial, yields an analysis; nothing throws.
 *
 * Facts about the event are derived once (facts/), then every analysis reads them. `history` holds digests
 * of the earlier events of the same file (oldest first), for the findings that span events.
 */
import type { OomEvent } from '../parse/model';
import { buildAccounting, driverMemory } from './accounting';
import { checkBadness } from './badness';
import { eventFacts, ASSUMED_PAGE_KB, type EventFacts } from './facts';
import { digestOf, runFindings } from './findings';
import { checkFragmentation } from './fragmentation';
import { buildHeadline } from './headline';
import { type KernelFacts, kernelFacts } from './kernelFacts';
import type { EventAnalysis, EventDigest } from './types';
import { callerOf, checkWatermarks } from './watermarks';

export * from './types';
export type { KernelFacts, EraRule } from './kernelFacts';
export { analysisDiagnostics } from './diagnostics';
export { analyzeAllocationFailure } from './allocFailure';

export function analyzeEvent(
  event: OomEvent,
  facts: KernelFacts = kernelFacts,
  history: EventDigest[] = [],
): EventAnalysis {
  try {
    return analyze(event, facts, history);
  } catch (error) {
    // A bug here must not take the event down with it: show the event with what we know.
    return emptyAnalysis(error instanceof Error ? error.message : String(error));
  }
}

/** What a later event of the same file needs to know of this one. */
export function digestEvent(event: OomEvent, analysis: EventAnalysis): EventDigest {
  return digestOf(event, analysis.facts);
}

/** Analyse every event of a file in order, each with the digests of the ones before it. */
export function analyzeEvents(events: OomEvent[], facts: KernelFacts = kernelFacts): EventAnalysis[] {
  const history: EventDigest[] = [];
  return events.map((event) => {
    const analysis = analyzeEvent(event, facts, [...history]);
    history.push(digestEvent(event, analysis));
    return analysis;
  });
}

function analyze(event: OomEvent, kernel: KernelFacts, history: EventDigest[]): EventAnalysis {
  const gfp = safely(() => kernel.decodeGfp(event), null);
  const facts = eventFacts(event, gfp, kernel);
  const watermarks = checkWatermarks(event, facts, gfp);
  const fragmentation = checkFragmentation(event, facts.request?.order ?? null, watermarks.checks, callerOf(gfp));
  const era = safely(() => kernel.badnessEra(event), null);
  const badness = era ? checkBadness(event, era, facts) : null;
  const accounting = buildAccounting(event, facts);
  const driver = facts.scope === 'memcg' ? null : driverMemory(event, facts.pageKb);
  const findings = runFindings({
    event,
    facts,
    gfp,
    watermarks,
    fragmentation,
    badness,
    accounting,
    driver,
    costlyOrder: kernel.costlyOrder,
    history,
  });
  return {
    facts,
    gfp,
    requestKb: facts.request?.kb ?? null,
    requestPages: facts.request?.pages ?? null,
    shortNodes: watermarks.shortNodes,
    zoneChecks: watermarks.checks,
    fragmentation,
    badness,
    accounting,
    findings,
    headline: buildHeadline({ event, facts, zoneChecks: watermarks.checks, fragmentation, badness }),
  };
}

/** Facts that say nothing: what an analysis that failed (or never ran) carries. */
export function emptyFacts(): EventFacts {
  return {
    scope: 'unknown',
    scopeSignal: null,
    scopeLines: [],
    kind: 'unknown',
    pageSize: { kb: null, proof: null, lines: [] },
    pageKb: ASSUMED_PAGE_KB,
    pageSizeAssumed: true,
    kernel: { version: null, lo: 0, hi: 0, exact: false, prerelease: false, line: null },
    bits: null,
    highmem: false,
    bitsLines: [],
    request: null,
    zoneRequest: null,
    requestAssumed: false,
    targetZone: null,
    usableZones: [],
    reserveColumn: null,
    reserveLength: 0,
    watermark: 'min',
    invoker: { kind: null, pid: null, comm: null, lines: [] },
    triggerToVictim: { relation: 'unknown', lines: [] },
    selectionToVictim: { relation: 'unknown', lines: [] },
    memcg: null,
  };
}

/** An analysis that knows nothing: what callers show when analysing an event failed (`error` says why). */
export function emptyAnalysis(error?: string): EventAnalysis {
  return {
    facts: emptyFacts(),
    gfp: null,
    requestKb: null,
    requestPages: null,
    shortNodes: [],
    zoneChecks: [],
    fragmentation: null,
    badness: null,
    accounting: null,
    findings: [],
    headline: error === undefined ? [] : [{ id: 'analysis-failed', params: { error } }],
  };
}

/** Kernel knowledge that cannot decide (an odd mask, an unknown version) degrades to "unknown". */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
