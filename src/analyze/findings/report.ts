/** Findings about the report itself: cut, partial, or printed with flags we decode differently. */
import { type Rule, finding } from './context';

export const fragmentOnly: Rule = ({ event }) => {
  if (event.kind !== 'fragment') return null;
  return finding(
    'fragment-only',
    'info',
    'Only a fragment of an OOM report',
    'This is part of an OOM report (for example a lone "Killed process" line, which the kernel prints even when the rest of the report is rate-limited). What is missing cannot be diagnosed.',
    [event.firstLine],
  );
};

export const incompleteReport: Rule = ({ event }) => {
  if (event.complete || event.kind === 'fragment') return null;
  const missing = [
    event.victim || event.panic || event.noKillable ? null : 'the kill line',
    event.trigger ? null : 'the header',
  ].filter(Boolean);
  return finding(
    'incomplete-report',
    'info',
    'The report is incomplete',
    `The report stops or starts part-way${missing.length ? ` (missing ${missing.join(' and ')})` : ''}; conclusions cover only the lines present.`,
    [event.firstLine, event.lastLine],
  );
};

export const gfpDecodeMismatch: Rule = ({ gfp, event }) => {
  if (!gfp?.mismatch) return null;
  return finding(
    'gfp-decode-mismatch',
    'warning',
    'The printed gfp flag names differ from our decoding',
    `The kernel printed ${event.trigger?.gfpPrinted ?? '(names)'} for ${gfp.mask}; with table ${gfp.pick.tableId} we decode ${gfp.printed}. ${gfp.mismatch} The kernel's own names win; the version pick (${gfp.pick.reason}) may be off for this kernel.`,
    [event.trigger?.line],
  );
};
