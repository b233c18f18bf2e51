/**
 * The one sentence telling the user what we recognised in their input. It matters most when no OOM event was
 * found: "not an OOM log" must say what the input was instead (empty, binary, a cut gzip, N lines of syslog…)
 * so the user can tell a wrong file from a parser gap.
 */
import type { ParseResult } from '../parse/model';
import type { TextFacts } from './sniff';

export interface InputFacts extends TextFacts {
  gzip: boolean;
  /** The gzip stream ended early or was damaged; what was decompressed before that was parsed. */
  truncatedGzip: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function prefixNote(styles: string[]): string {
  return styles.length > 0 ? ` with ${styles.join(', ')} prefixes` : '';
}

function eventsNote(result: ParseResult): string {
  const n = result.events.length;
  const partial = result.events.filter((e) => !e.complete).length;
  const partialNote =
    partial === 0 ? '' : partial === n ? (n === 1 ? ', cut short' : ', all cut short') : `, ${partial} cut short`;
  return `Found ${plural(n, 'OOM-killer event')}${partialNote}`;
}

function allocationNote(result: ParseResult): string {
  const n = result.allocationFailures.length;
  return n === 0 ? '' : ` and ${plural(n, 'page allocation failure')} (warnings, not OOM kills)`;
}

export function recognise(facts: InputFacts, result: ParseResult): string {
  const lines = plural(result.stats.lines, 'line');
  const gzipCut = facts.truncatedGzip
    ? ` The gzip file is truncated or damaged: only the first ${lines} could be read.`
    : '';
  if (!facts.nonBlank) {
    if (facts.truncatedGzip) return `The gzip file is truncated or damaged: nothing could be decompressed from it.`;
    return facts.chars === 0
      ? 'The input is empty: paste a kernel log or open a file.'
      : 'The input holds only blank space: paste a kernel log or open a file.';
  }
  // The parser names well-known non-text inputs (xz, zstd, a binary systemd journal…): its words are sharper.
  const named = result.diagnostics.find((d) => d.severity === 'error' && d.message.startsWith('This looks like '));
  if (named && result.events.length === 0) {
    const hint = facts.gzip || named.message.includes('gzip') ? '' : ' Only gzip (.gz) compression can be read.';
    return `${named.message}${hint}${gzipCut}`;
  }
  if (facts.binary && result.events.length === 0) {
    const nul = facts.nulChars > 0 ? ', with NUL bytes' : '';
    const hint = facts.gzip ? '' : ' If it is compressed, only gzip (.gz) can be read.';
    return `This looks like binary data, not a text log (mostly non-text characters${nul}).${hint}${gzipCut}`;
  }
  if (result.events.length > 0) {
    return `${eventsNote(result)}${allocationNote(result)} in ${lines}${prefixNote(result.stats.prefixStyles)}.${gzipCut}`;
  }
  const saw = `Read ${lines}${prefixNote(result.stats.prefixStyles)}${allocationNote(result)}`;
  return (
    `No OOM-killer report found. ${saw}; an OOM report starts with a line like ` +
    `"… invoked oom-killer: gfp_mask=…" or contains "Out of memory" / "Killed process".${gzipCut}`
  );
}
