/**
 * What a share link or analysis file made from the open event carries: its raw lines with their original
 * numbers, the file name, the view, and (when "hide identifying details" is on) everything identifying
 * replaced by placeholders. Pure, so the dialog can show exactly this before anything is made.
 */
import { redactLines, type Replacement } from '../../present/redact/redact';
import type { SharedLog, SourceLine } from '../../worker/protocol';

/** Chat tools and some mail clients cut longer links (Slack, Teams and Outlook start around 8 KB). */
export const LINK_WARN_CHARS = 8 * 1024;
/** Browsers cope with URLs of about 2 MB; above this a link is refused and the analysis file offered. */
export const MAX_LINK_CHARS = 512 * 1024;

export interface Shareable {
  log: SharedLog;
  replacements: Replacement[];
}

export function shareable(
  source: readonly SourceLine[],
  name: string,
  options: { redact: boolean; highlight: number | null },
): Shareable {
  const raw = source.map((l) => l.raw);
  const numbers = source.map((l) => l.line);
  const redacted = options.redact ? redactLines(raw, [name]) : null;
  const lines: [number, number][] = [];
  for (const n of numbers) {
    const last = lines.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else lines.push([n, n]);
  }
  return {
    log: {
      name: redacted ? redacted.also[0] : name,
      text: (redacted ? redacted.lines : raw).join('\n'),
      lines,
      // The shared text holds this one event: it is event 0 wherever it is opened.
      view: {
        event: 0,
        line: options.highlight != null && numbers.includes(options.highlight) ? options.highlight : null,
      },
      redacted: options.redact,
    },
    replacements: redacted?.replacements ?? [],
  };
}

/** The page's address without its fragment: what a link is opened against. */
export function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** A file name for the analysis file: the log's name without its extension, made safe for any file system. */
export function analysisFileName(name: string): string {
  const base = name
    .replace(/\.(log|txt|gz|json)$/gi, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'oom-event'}.oomscope.json`;
}
