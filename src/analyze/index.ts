/**
 * Public entry of the analysis layer: reproduce the kernel's decisions for one OOM event and
 * explain them. Pure and total: any event, however partial, yields an analysis; nothing throws.
 */
import type { OomEvent } from '../parse/model';
import type { EventAnalysis } from './types';
import { buildAccounting } from './accounting';
import { checkBadness } from './badness';
import { runFindings } from './findings';
import { checkFragmentation } from './fragmentation';
import { buildHeadline } from './headline';
import { type KernelFacts, kernelFacts } from './kernelFacts';
import { pageSizeOf, requestSize } from './request';
import { checkWatermarks } from './watermarks';

export * from './types';
export type { KernelFacts, EraRule } from './kernelFacts';
export { analysisDiagnostics } from './diagnostics';

export function analyzeEvent(event: OomEvent, facts: KernelFacts = kernelFacts): EventAnalysis {
  try {
    return analyze(event, facts);
  } catch (error) {
    // A bug here must not take the event down with it: show the event with what we know.
    return {
      ...emptyAnalysis(),
      headline: `The analysis of this event failed (${error instanceof Error ? error.message : String(error)}); the parsed report is still shown.`,
    };
  }
}

function analyze(event: OomEvent, facts: KernelFacts): EventAnalysis {
  const gfp = safely(() => facts.decodeGfp(event), null);
  const request = requestSize(event);
  const pageSize = pageSizeOf(event);
  const watermarks = checkWatermarks(event, request, gfp, facts);
  const caller = {
    atomic: gfp !== null && (!gfp.canSleep || gfp.usesReserves),
    movable: gfp?.migrateType === 'Movable',
  };
  const fragmentation = checkFragmentation(request?.order ?? null, event.buddy, watermarks.checks, caller);
  const era = safely(() => facts.badnessEra(event), null);
  const badness = era ? checkBadness(event, era, pageSize.kb) : null;
  const accounting = buildAccounting(event, pageSize);
  const findings = runFindings({
    event,
    gfp,
    request,
    watermarks,
    fragmentation,
    badness,
    accounting,
    pageKb: pageSize.kb,
    costlyOrder: facts.costlyOrder,
  });
  return {
    gfp,
    requestKb: request?.kb ?? null,
    requestPages: request?.pages ?? null,
    shortNodes: watermarks.shortNodes,
    zoneChecks: watermarks.checks,
    fragmentation,
    badness,
    accounting,
    findings,
    headline: buildHeadline({ event, request, zoneChecks: watermarks.checks, fragmentation, badness }),
  };
}

/** An analysis that knows nothing: what callers show when analysing an event failed. */
export function emptyAnalysis(headline = ''): EventAnalysis {
  return {
    gfp: null,
    requestKb: null,
    requestPages: null,
    shortNodes: [],
    zoneChecks: [],
    fragmentation: null,
    badness: null,
    accounting: null,
    findings: [],
    headline,
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
