import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';
import { stripPrefix } from './prefix';
import { classifyByEveryRule, classifyLine, type ClassifyContext } from './segmentClassify';
import { RULES } from './segmentRules';

const CONTEXTS: ClassifyContext[] = [
  { taskColumns: null, inMemcgStats: false, acceptCounters: false },
  { taskColumns: null, inMemcgStats: false, acceptCounters: true },
  { taskColumns: null, inMemcgStats: true, acceptCounters: false },
  {
    taskColumns: ['pid', 'uid', 'tgid', 'total_vm', 'rss', 'pgtables_bytes', 'swapents', 'oom_score_adj', 'name'],
    inMemcgStats: false,
    acceptCounters: false,
  },
];

/** Every fixture line as the builder sees it, plus the joins wrap repair tries (with and without a space). */
function sampleLines(): string[] {
  const dir = join(__dirname, '../../test/fixtures');
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.log'))) {
    const stripped = splitLines(readFileSync(join(dir, f), 'utf8')).map((l) => stripPrefix(l).text);
    stripped.forEach((text, i) => {
      lines.push(text, ` ${text}`);
      const next = stripped[i + 1];
      if (next !== undefined) lines.push(text + next, `${text} ${next}`, text.slice(0, 40), text.slice(40));
    });
  }
  return lines;
}

describe('classifyLine', () => {
  it('asks rules by first character yet answers exactly as asking every rule in order', () => {
    const lines = sampleLines();
    expect(lines.length).toBeGreaterThan(10_000);
    let understood = 0;
    for (const ctx of CONTEXTS) {
      for (const text of lines) {
        const expected = classifyByEveryRule(text, 1, ctx);
        if (expected) understood++;
        expect(classifyLine(text, 1, ctx), text).toEqual(expected);
      }
    }
    expect(understood).toBeGreaterThan(lines.length);
  });

  it('offers lines that do not start with ASCII (or are empty) to every rule', () => {
    const ctx = CONTEXTS[0];
    expect(classifyLine('…', 1, ctx)).toEqual(classifyByEveryRule('…', 1, ctx));
    expect(classifyLine('\u00a0Killed process 1 (a)', 1, ctx)?.kind).toBe('victim');
    expect(classifyLine('', 1, ctx)).toBeNull();
  });

  it('has a start set or ANY on every rule, each a plain string of characters', () => {
    for (const rule of RULES) expect(rule.starts === null || rule.starts.length > 0).toBe(true);
  });
});
