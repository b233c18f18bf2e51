/** Small builders for the worker's unit tests (not imported by app code). */
import type { OomEvent } from '../../src/parse/model';
import type { EventAnalysis, Finding, Sentence } from '../../src/analyze/types';
import { emptyAnalysis } from '../../src/analyze/index';
import { emptyEvent } from '../../src/parse/build/emptyEvent';
import { initialFacts, type InputFacts } from '../../src/input/index';

/** Facts of a small text input (overridable): what the worker reports about pasted text. */
export function makeFacts(overrides: Partial<InputFacts> = {}): InputFacts {
  return {
    ...initialFacts('text'),
    bytesRead: 100,
    textBytes: 100,
    chars: 100,
    lines: 4,
    empty: false,
    blank: false,
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<OomEvent> = {}): OomEvent {
  return emptyEvent({ lastLine: 10, kind: 'global', complete: true, ...overrides });
}

export function makeAnalysis(findings: Partial<Finding>[] = [], headline: Sentence[] = []): EventAnalysis {
  return {
    ...emptyAnalysis(),
    findings: findings.map((f, i) => ({ id: `f${i}`, severity: 'info', lines: [], params: {}, ...f })),
    headline,
  };
}
