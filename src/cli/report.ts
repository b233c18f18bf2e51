/**
 * One file's output: choose the events (--event, --since/--until), analyse them once, and render the chosen
 * format. The words about the input (why there are no events, a cut gzip, NUL bytes) come from its facts
 * through src/present, the same as on the page.
 */
import { analyzeEvent, digestEvent, emptyAnalysis } from '../analyze/index';
import type { EventAnalysis, EventDigest } from '../analyze/types';
import type { InputFacts } from '../input/index';
import type { OomEvent, ParseResult } from '../parse/model';
import type { Translate } from '../present/i18n';
import { describeInput, inputDiagnostics, parseCounts } from '../present/input';
import { markdownReport } from '../present/markdown';
import type { Format, RunOptions } from './args';
import { SCHEMA_VERSION, toContractDocument, toContractEvent, type ContractDocument } from './contract';
import { formatSummary } from './summary';
import { selectByTime } from './timeFilter';

/** A file that was read but cannot give what was asked (no such event, incomparable times): exit 2. */
export class FileError extends Error {}

export interface FileReport {
  doc: ContractDocument;
  /** The chosen events with their 1-based number in the file and their analysis. */
  chosen: { event: OomEvent; number: number; analysis: EventAnalysis }[];
  facts: InputFacts;
  counts: ReturnType<typeof parseCounts>;
}

/**
 * An analysis bug must not cost the parsed facts: the event is kept without findings. `history` holds the
 * digests of the file's earlier events (repeated kills of one cgroup or program are a finding).
 */
export function safeAnalysis(event: OomEvent, history: readonly EventDigest[] = []): EventAnalysis {
  try {
    return analyzeEvent(event, undefined, [...history]);
  } catch (err) {
    return emptyAnalysis(`analysis failed: ${String(err)}`);
  }
}

function choose(result: ParseResult, options: Pick<RunOptions, 'event' | 'range'>, file: string): OomEvent[] {
  const events = result.events;
  if (options.event === null) return selectByTime(events, options.range);
  const event = events[options.event - 1];
  if (!event) {
    const has = events.length === 1 ? '1 OOM event' : `${events.length} OOM events`;
    throw new FileError(`${file} has ${has}: there is no event ${options.event}`);
  }
  return [event];
}

export function buildReport(
  file: string,
  result: ParseResult,
  facts: InputFacts,
  options: Pick<RunOptions, 'event' | 'range'>,
  t: Translate,
): FileReport {
  const counts = parseCounts(result);
  const events = choose(result, options, file);
  // Every event of the file is analysed in order, chosen or not: an event's story (repeated kills) needs the
  // ones before it, whatever --event or --since picked. Cheap next to the parse.
  const analyses = new Map<OomEvent, EventAnalysis>();
  const history: EventDigest[] = [];
  const last = Math.max(-1, ...events.map((e) => result.events.indexOf(e)));
  for (const event of result.events.slice(0, last + 1)) {
    const analysis = safeAnalysis(event, history);
    analyses.set(event, analysis);
    history.push(digestEvent(event, analysis));
  }
  const analyse = (event: OomEvent) => analyses.get(event) ?? safeAnalysis(event, history);
  const doc = toContractDocument(file, { ...result, events }, analyse);
  doc.diagnostics.unshift(...inputDiagnostics(facts, counts, t));
  const chosen = events.map((event) => ({
    event,
    number: event.index + 1,
    analysis: analyses.get(event) ?? emptyAnalysis(),
  }));
  return { doc, chosen, facts, counts };
}

/** One event as a line of `--format ndjson` (and of `--follow`). */
export function ndjsonLine(file: string, number: number, event: OomEvent, analysis: EventAnalysis): string {
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    file,
    eventNumber: number,
    event: toContractEvent(event, analysis),
  });
}

export function render(report: FileReport, format: Format, t: Translate): string {
  const { doc, chosen } = report;
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc)}\n`;
    case 'ndjson':
      return chosen.map((c) => `${ndjsonLine(doc.file, c.number, c.event, c.analysis)}\n`).join('');
    case 'markdown':
      if (chosen.length === 0) return `## ${doc.file}\n\n${describeInput(report.facts, report.counts, t)}\n`;
      return chosen
        .map((c) => markdownReport(c.event, c.analysis, { t, file: doc.file, number: c.number }))
        .join('\n---\n\n');
    case 'text':
      return `${formatSummary(
        doc,
        chosen.map((c) => c.number),
      )}\n`;
  }
}
