/**
 * Words for what the input was, built from the input module's typed facts and the parse's counts, never
 * from another layer's sentences: the page's status line, the CLI's summary and the diagnostics about the
 * input as a whole say the same thing, in the reader's language.
 */
import type { BinaryFormat, InputFacts } from '../input/index';
import type { Diagnostic, ParseResult } from '../parse/model';
import type { Translate } from './i18n';

/** What the parse found, in numbers: all that the input's words need from it. */
export interface ParseCounts {
  events: number;
  /** Events cut short (no kill line, or a fragment). */
  incomplete: number;
  allocationFailures: number;
  lines: number;
  prefixStyles: string[];
}

/** Counts of a parse result, or of the worker's summary of one (its events carry `complete` too). */
export function parseCounts(result: {
  events: readonly { complete: boolean }[];
  allocationFailures: readonly unknown[];
  stats: Pick<ParseResult['stats'], 'lines' | 'prefixStyles'>;
}): ParseCounts {
  return {
    events: result.events.length,
    incomplete: result.events.filter((e) => !e.complete).length,
    allocationFailures: result.allocationFailures.length,
    lines: result.stats.lines,
    prefixStyles: result.stats.prefixStyles,
  };
}

/** What to do instead, per format (keys of `input.hints`). */
type Hint = 'gzip' | 'compressed' | 'archive' | 'journal' | 'dump' | 'picture';

const HINTS: Record<BinaryFormat, Hint> = {
  gzip: 'gzip',
  xz: 'compressed',
  zstd: 'compressed',
  bzip2: 'compressed',
  lz4: 'compressed',
  zip: 'archive',
  '7z': 'archive',
  tar: 'archive',
  'systemd-journal': 'journal',
  elf: 'dump',
  kdump: 'dump',
  pdf: 'picture',
  png: 'picture',
  jpeg: 'picture',
};

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** The input cannot be a log at all (nothing to parse): the sentence that says why, or null. */
function notALog(facts: InputFacts, t: Translate): string | null {
  if (facts.binary?.format) {
    const format = facts.binary.format;
    return t('input.format', {
      what: t(`input.formats.${format}`),
      inGzip: yes(facts.gzip !== null && format !== 'gzip'),
      hint: t(`input.hints.${HINTS[format]}`),
    });
  }
  if (facts.gzip?.broken && facts.empty) return t('input.gzipNothing');
  if (facts.empty) return t('input.empty');
  if (facts.blank) return t('input.blank');
  return null;
}

function prefixes(counts: ParseCounts): string {
  return counts.prefixStyles.length > 0 ? counts.prefixStyles.join(', ') : 'none';
}

/**
 * The one sentence on what was read: what it was when it held no OOM report (empty, binary, a cut gzip,
 * N lines of syslog…) so the user can tell a wrong file from a parser gap; the events found otherwise.
 */
export function describeInput(facts: InputFacts, counts: ParseCounts, t: Translate): string {
  const cut = facts.gzip?.broken && !facts.empty ? ` ${t('input.gzipBroken', { lines: counts.lines })}` : '';
  if (counts.events > 0) {
    return (
      t('input.found', {
        events: counts.events,
        incomplete: counts.incomplete,
        failures: counts.allocationFailures,
        lines: counts.lines,
        prefixes: prefixes(counts),
      }) + cut
    );
  }
  const why = notALog(facts, t);
  if (why !== null) return why;
  if (facts.binary) return t('input.binary', { nul: yes(facts.nul !== null), gzip: yes(facts.gzip !== null) }) + cut;
  return (
    t('input.noReport', { lines: counts.lines, prefixes: prefixes(counts), failures: counts.allocationFailures }) + cut
  );
}

/**
 * Diagnostics about the input as a whole (line 0) or a line of it: why nothing was found, a broken gzip,
 * NUL bytes, undecodable bytes, UTF-16. They go before the parser's own diagnostics.
 */
export function inputDiagnostics(facts: InputFacts, counts: ParseCounts, t: Translate): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nothing = counts.events === 0 && counts.allocationFailures === 0;
  const broken = facts.gzip?.broken === true;
  if (facts.binary?.format || (broken && facts.empty)) {
    out.push({ line: 0, severity: 'error', message: notALog(facts, t) ?? '' });
    return out;
  }
  if (broken) out.push({ line: 0, severity: 'warning', message: t('input.gzipBroken', { lines: counts.lines }) });
  if (nothing) {
    const message = describeInput({ ...facts, gzip: facts.gzip && { broken: false } }, counts, t);
    out.push({ line: 0, severity: facts.binary ? 'error' : 'info', message });
  }
  if (facts.encoding !== 'utf-8') {
    out.push({ line: 0, severity: 'info', message: t('input.utf16', { encoding: label(facts), bom: yes(facts.bom) }) });
  }
  if (facts.nul && !facts.binary) {
    out.push({
      line: facts.nul.firstLine,
      severity: 'warning',
      message: t('input.nul', { count: facts.nul.count, line: facts.nul.firstLine }),
    });
  }
  if (facts.undecodable > 0 && !facts.binary) {
    out.push({
      line: 0,
      severity: 'info',
      message: t('input.undecodable', { count: facts.undecodable, encoding: label(facts) }),
    });
  }
  return out;
}

function label(facts: InputFacts): string {
  return facts.encoding.toUpperCase();
}
