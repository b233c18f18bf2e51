/**
 * The CLI's JSON document: the file's events analysed in order (repeated kills need the earlier ones), then
 * mapped by the contract in src/present/contract.ts, which the page's JSON export shares.
 */
import type { EventAnalysis, EventDigest } from '../analyze/types';
import { analysisDiagnostics, analyzeAllocationFailure, digestEvent, emptyAnalysis } from '../analyze/index';
import type { OomEvent, ParseResult } from '../parse/model';
import { contractDocument, type ContractDocument } from '../present/contract';
import type { Translate } from '../present/i18n';

export * from '../present/contract';

/** Analyse one event with the digests of the ones before it (the analysis layer's `analyzeEvent`). */
export type Analyze = (event: OomEvent, history: EventDigest[]) => EventAnalysis;

export function toContractDocument(
  file: string,
  result: ParseResult,
  analyze: Analyze,
  t?: Translate,
): ContractDocument {
  const diagnostics = [...result.diagnostics];
  const history: EventDigest[] = [];
  const events = result.events.map((event) => {
    let analysis: EventAnalysis;
    try {
      analysis = analyze(event, [...history]);
    } catch (err) {
      // The analysis is an extra; a failure there must not cost the user the parsed facts.
      diagnostics.push({ line: event.firstLine, severity: 'error', message: `analysis failed: ${String(err)}` });
      analysis = emptyAnalysis(String(err));
    }
    history.push(digestEvent(event, analysis));
    diagnostics.push(...analysisDiagnostics(event, analysis));
    return { event, analysis };
  });
  const version = result.events.find((e) => e.kernel?.version)?.kernel?.version ?? null;
  const allocationFailures = result.allocationFailures.map((a) => ({
    ...a,
    findings: analyzeAllocationFailure(a, version),
  }));
  return contractDocument({ file, events, allocationFailures, diagnostics, stats: result.stats }, t);
}
