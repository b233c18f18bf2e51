/**
 * Redaction on every real log we have (../shared/corpus/real and test/fixtures): after "hide identifying
 * details", none of the identifiers an independent extractor (test/support/identifiers.ts) finds in a log is
 * left in the share link made from it, and the redacted event still parses to the same analysis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../src/parse/index';
import { analyzeEvent } from '../src/analyze/index';
import { redactLines } from '../src/present/redact/redact';
import { packLink, unpackLink } from '../src/worker/share/link';
import { findIdentifiers, leftovers } from './support/identifiers';

const ROOT = resolve(import.meta.dirname, '..');
const dirs = [resolve(ROOT, '../shared/corpus/real'), resolve(ROOT, 'test/fixtures')];
const LOGS = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => resolve(dir, f)),
);

function parseWithRaw(text: string) {
  const parser = createParser({ keepRaw: true });
  parser.push(text);
  const result = parser.end();
  return { result, raw: (i: number) => parser.rawLinesOf(i) };
}

/** What a reader of the analysis sees: the facts redaction must not change. */
function essence(text: string) {
  return parseWithRaw(text).result.events.map((e) => {
    const a = analyzeEvent(e);
    return {
      kind: e.kind,
      victim: e.victim?.pid ?? null,
      trigger: e.trigger?.pid ?? null,
      order: e.trigger?.order ?? null,
      tasks: e.tasks?.tasks.map((t) => t.name) ?? [],
      memcg: e.memcg !== null,
      findings: a.findings.map((f) => f.id),
    };
  });
}

describe('redaction on the real corpus', () => {
  it('finds identifiers to hide in the corpus at all (the test can fail)', () => {
    const all = LOGS.map((p) => findIdentifiers(readFileSync(p, 'utf8')));
    const count = (k: keyof ReturnType<typeof findIdentifiers>) => all.reduce((n, ids) => n + ids[k].size, 0);
    expect(count('hosts')).toBeGreaterThan(10);
    expect(count('containers')).toBeGreaterThan(10);
    expect(count('pods')).toBeGreaterThan(2);
    expect(count('cgroups')).toBeGreaterThan(10);
    expect(count('ips')).toBeGreaterThan(0);
  });

  it.each(LOGS.map((p) => [basename(p), p]))(
    '%s: nothing identifying left, in the whole file or any event’s link',
    async (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      const ids = findIdentifiers(text);
      expect(leftovers(ids, redactLines(lines).lines.join('\n'))).toEqual([]);

      const { result, raw } = parseWithRaw(text);
      for (const event of result.events) {
        const source = raw(event.index).map((l) => l.raw);
        const eventIds = findIdentifiers(source.join('\n'));
        const redacted = redactLines(source, [basename(path)]);
        const fragment = await packLink({
          name: redacted.also[0],
          text: redacted.lines.join('\n'),
          lines: [[event.firstLine, event.lastLine]],
          view: { event: 0, line: null },
          redacted: true,
        });
        const opened = await unpackLink(fragment);
        const carried = `${opened.log?.name}\n${opened.log?.text}`;
        expect(leftovers(eventIds, carried)).toEqual([]);
        expect(leftovers(ids, carried)).toEqual([]);
      }
    },
  );

  it.each(LOGS.map((p) => [basename(p), p]))('%s: the redacted log parses to the same analysis', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const redacted = redactLines(text.split('\n')).lines;
    expect(essence(redacted.join('\n'))).toEqual(essence(text));
    // Sharing a shared event again finds nothing more to hide: placeholders are not identifiers.
    expect(redactLines(redacted).replacements).toEqual([]);
  });
});
