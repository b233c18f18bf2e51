/** Small builders for the worker's unit tests (not imported by app code). */
import type { OomEvent } from '../../src/parse/model';
import type { EventAnalysis, Finding } from '../../src/analyze/types';
import { emptyEvent } from '../../src/parse/build/emptyEvent';

export function makeEvent(overrides: Partial<OomEvent> = {}): OomEvent {
  return emptyEvent({ lastLine: 10, kind: 'global', complete: true, ...overrides });
}

export function makeAnalysis(findings: Partial<Finding>[] = [], headline = ''): EventAnalysis {
  return {
    gfp: null,
    requestKb: null,
    zoneChecks: [],
    fragmentation: null,
    badness: null,
    accounting: null,
    findings: findings.map((f, i) => ({ id: `f${i}`, severity: 'info', title: '', detail: '', lines: [], ...f })),
    headline,
  };
}
