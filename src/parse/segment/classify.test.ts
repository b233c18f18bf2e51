import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../lines/lineSource';
import { createPrefixStripper } from '../prefix/prefix';
import type { ClassifyContext } from '../kinds/kind';
import { RULES } from '../kinds/order';
import { classifyByEveryRule, classifyLine } from './classify';

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

/** Lines of old reports (≤2.6.2x, 3.14–3.18) no fixture holds, each with the kind it must be read as. */
const OLD_ERA: [string, string][] = [
  ['oom-killer: gfp_mask=0xd0', 'trigger'],
  ['Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <ffffffff801618bc>{__alloc_pages+556}', 'frames'],
  ['<ffffffff80163b51>{do_page_cache_readahead+209} <ffffffffa00ba2c1>{:ext3:ext3_readpage+17}', 'frames'],
  ['Mem-info:', 'memInfoHeader'],
  ['cpu 0 hot: low 2, high 6, batch 1', 'perCpu'],
  ['cpu 1 cold: low 0, high 32, batch 16', 'perCpu'],
  ['protections[]: 0 0 0', 'lowmemReserve'],
  ['Node 0 HighMem: empty', 'buddy'],
  ['HighMem: empty', 'buddy'],
  ['Out of Memory: Killed process 4321 (java).', 'victim'],
  ['Task in /lxc/101/ns', 'taskIn'], // 3.14–3.18: the two halves on lines of their own
  ['killed as a result of limit of /lxc/101', 'taskIn'],
];

/** Every fixture line as the builder sees it, plus the joins wrap repair tries (with and without a space). */
function sampleLines(): string[] {
  const dir = join(__dirname, '../../../test/fixtures');
  const lines: string[] = OLD_ERA.map(([text]) => text);
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.log'))) {
    const prefix = createPrefixStripper();
    const stripped = splitLines(readFileSync(join(dir, f), 'utf8')).map((l) => prefix.strip(l).text);
    stripped.forEach((text, i) => {
      lines.push(text, ` ${text}`);
      const next = stripped[i + 1];
      if (next !== undefined) lines.push(text + next, `${text} ${next}`, text.slice(0, 40), text.slice(40));
    });
  }
  return lines;
}

describe('classifyLine', () => {
  it('asks rules by first character yet answers exactly as asking every rule in order', { timeout: 30_000 }, () => {
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

  it("reads the lines of old reports (the rules' quick substring tests let them through)", () => {
    for (const [text, kind] of OLD_ERA) expect(classifyLine(text, 1, CONTEXTS[1])?.kind, text).toBe(kind);
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
