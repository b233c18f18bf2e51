/**
 * The cases of issue 10 (logs of ../shared/corpus/real, copied to test/fixtures/real): each log's findings as a
 * person wrote them down by reading it (`<name>.findings.txt`), and its parse summary (`<name>.expected.txt`).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../src/analyze/index';
import { describeResult } from './support/describeResult';
import { parseFixture } from './support/fixtures';
import { readFindingsFile } from './support/findingsFile';

const dir = join(__dirname, 'fixtures', 'real');
const logs = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();
const update = process.env.UPDATE_FIXTURES === '1';

describe('issue 10 cases: findings read from the log', () => {
  it('has the cases', () => {
    expect(logs.length).toBeGreaterThanOrEqual(21);
  });
  for (const name of logs) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const result = parseFixture(text);
      const snapshot = join(dir, name.replace(/\.log$/, '.expected.txt'));
      if (update) writeFileSync(snapshot, describeResult(result));
      expect(readFileSync(snapshot, 'utf8')).toBe(describeResult(result));

      const expectedPath = join(dir, name.replace(/\.log$/, '.findings.txt'));
      expect(existsSync(expectedPath), `${expectedPath}: write it by reading the log`).toBe(true);
      const expected = readFindingsFile(readFileSync(expectedPath, 'utf8'));
      const analyses = analyzeEvents(result.events);
      const actual = result.events.map((event, i) => {
        const a = analyses[i];
        return {
          event: `event ${event.index} lines ${event.firstLine}-${event.lastLine}: ${a.facts.kind}/${a.facts.scope}`,
          findings: a.findings.map((f) => `${f.severity} ${f.id}`),
        };
      });
      expect(actual).toEqual(
        expected.map((e) => ({
          event: `event ${e.index} lines ${e.firstLine}-${e.lastLine}: ${e.kind}/${e.scope}`,
          findings: e.findings.map((f) => `${f.severity} ${f.id}`),
        })),
      );
      for (const e of expected) {
        for (const f of e.findings) {
          const got = analyses[e.index].findings.find((x) => x.id === f.id)!;
          for (const [key, value] of Object.entries(f.params)) {
            expect(String(got.params[key]), `${name} line ${f.line}: ${f.id} ${key}`).toBe(value);
          }
        }
      }
    });
  }
});
