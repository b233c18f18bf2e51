/**
 * "Event as JSON": the document `oomscope FILE --event N --format json` prints for the open event, built here
 * from the event's detail, the parse's summary and the worker's ExportParts with the same mapping
 * (src/present/contract.ts). Its texts are English, as the CLI's are: it is a contract for scripts.
 */
import { contractDocument } from '../../present/contract';
import { translator, type Translate } from '../../present/i18n';
import { inputDiagnostics, parseCounts } from '../../present/input';
import type { EventDetail, ExportParts, ParseSummary } from '../../worker/protocol';

let english: Translate | null = null;

export function eventJson(file: string, detail: EventDetail, summary: ParseSummary, parts: ExportParts): string {
  english ??= translator('en');
  const diagnostics = [...inputDiagnostics(summary.input, parseCounts(summary), english), ...parts.diagnostics];
  const doc = contractDocument(
    {
      file,
      events: [{ event: detail.event, analysis: detail.analysis }],
      allocationFailures: parts.allocationFailures,
      diagnostics,
      stats: summary.stats,
    },
    english,
  );
  return `${JSON.stringify(doc)}\n`;
}
