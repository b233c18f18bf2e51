/** Public entry of the analysis layer. PLACEHOLDER until analyze lands (owner: analyze helper). */
import type { OomEvent } from '../parse/model';
import type { EventAnalysis } from './types';
export * from './types';

export function analyzeEvent(event: OomEvent): EventAnalysis {
  void event;
  return {
    gfp: null,
    requestKb: null,
    zoneChecks: [],
    fragmentation: null,
    badness: null,
    accounting: null,
    findings: [],
    headline: '',
  };
}
