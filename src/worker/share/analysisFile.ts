/**
 * The analysis file (`<name>.oomscope.json`): what a link carries, for events too large for a link (chat
 * tools cut links above ~8 KB) or for a ticket attachment. Readable JSON, one line of the log per line:
 *
 *   { "format": "oomscope-analysis", "version": 1, "name": "messages", "redacted": true,
 *     "view": { "event": 0, "line": 131 },
 *     "lines": [
 *       { "n": 120, "text": "Nov 20 10:03:01 host-1 kernel: java invoked oom-killer: …" },
 *       … ] }
 *
 * Reading checks each part on its own, like a link: damaged numbers cost the numbers, a damaged name the name.
 */
import * as v from 'valibot';
import type { SharedLog, ShareProblem, Unpacked } from '../protocol';
import { lineNumbers, toRanges } from './lineRanges';
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, MAX_UNPACKED_BYTES } from './limits';
import { fileHeadSchema, fileLinesSchema, fileTextsSchema, fileViewSchema, nameSchema } from './schemas';

export function packAnalysisFile(log: SharedLog): string {
  const texts = log.text === '' ? [] : log.text.split('\n');
  const numbers = [...lineNumbers(log.lines ?? [], texts.length)];
  const head = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    name: log.name,
    redacted: log.redacted,
    view: log.view,
  };
  const lines = texts.map((text, i) => `    ${JSON.stringify({ n: numbers[i], text })}`);
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headText},\n  "lines": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Whether the start of a .json file says it is an analysis file (a journalctl -o json export is not). */
export function looksLikeAnalysisFile(head: string): boolean {
  return /^\s*\{[\s\S]{0,200}"format"\s*:\s*"oomscope-analysis"/.test(head);
}

const fail = (problem: ShareProblem, version: number | null = null): Unpacked => ({
  log: null,
  version,
  problems: [problem],
});

export async function unpackAnalysisFile(file: Blob): Promise<Unpacked> {
  if (file.size > MAX_FILE_BYTES) return fail({ part: 'file', code: 'too-large', params: { limit: MAX_FILE_BYTES } });
  const text = await file.text();
  if (!looksLikeAnalysisFile(text.slice(0, 400))) return fail({ part: 'file', code: 'not-analysis' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ part: 'file', code: 'invalid' });
  }
  const head = v.safeParse(fileHeadSchema, json);
  if (!head.success || head.output.format !== FILE_FORMAT) return fail({ part: 'file', code: 'invalid' });
  const version = head.output.version;
  if (version > FILE_VERSION)
    return fail({ part: 'version', code: 'version', params: { version, known: FILE_VERSION } }, version);

  const record = json as Record<string, unknown>;
  const problems: ShareProblem[] = [];
  const part = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, which: ShareProblem['part']): T | null => {
    if (value === undefined || value === null) return null;
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    problems.push({ part: which, code: 'invalid' });
    return null;
  };
  const name = part(nameSchema, record.name, 'name');
  const view = part(fileViewSchema, record.view, 'view') ?? { event: null, line: null };
  const redacted = record.redacted === true;

  let entries = part(fileLinesSchema, record.lines, 'lines');
  let numbered = entries !== null;
  if (!entries) {
    const texts = v.safeParse(fileTextsSchema, record.lines);
    if (!texts.success) {
      const others = problems.filter((p) => p.part !== 'lines');
      return { log: null, version, problems: [...others, { part: 'log', code: 'invalid' }] };
    }
    entries = texts.output.map((l, i) => ({ n: i + 1, text: l.text }));
    numbered = false;
  }
  // Cap what is opened, like a link; a line is one line (a stray line break would shift every number after it).
  const kept: { n: number; text: string }[] = [];
  let bytes = 0;
  for (const entry of entries) {
    bytes += entry.text.length + 1;
    if (bytes > MAX_UNPACKED_BYTES) {
      problems.push({ part: 'log', code: 'too-large', params: { limit: MAX_UNPACKED_BYTES, lines: kept.length } });
      break;
    }
    kept.push({ n: entry.n, text: entry.text.replace(/[\r\n]+/g, ' ') });
  }
  return {
    log: {
      name,
      text: kept.map((l) => l.text).join('\n'),
      lines: numbered ? toRanges(kept.map((l) => l.n)) : null,
      view,
      redacted,
    },
    version,
    problems,
  };
}
