/**
 * Diagnostics the analysis adds to the parser's: things about the log the user should know even when
 * they never open the finding, e.g. that the kernel's printed gfp names and our table disagree.
 */
import type { Diagnostic, OomEvent } from '../parse/model';
import type { EventAnalysis } from './types';

export function analysisDiagnostics(event: OomEvent, analysis: EventAnalysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const mismatch = analysis.gfp?.mismatch;
  if (mismatch) {
    out.push({
      line: event.trigger?.line ?? event.firstLine,
      severity: 'warning',
      message: `gfp_mask names: the kernel printed something our flag table does not reproduce: ${mismatch}`,
    });
  }
  return out;
}
