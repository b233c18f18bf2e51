/**
 * Every corpus log in test/fixtures/ against its human-checked summary `<name>.expected.txt`.
 * UPDATE_FIXTURES=1 rewrites the summaries; each rewrite must then be checked against the log.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeResult } from './support/describeResult';
import { parseFixture } from './support/fixtures';

const dir = join(__dirname, 'fixtures');
const logs = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();
const update = process.env.UPDATE_FIXTURES === '1';

describe('fixture snapshots', () => {
  it('has every corpus log', () => {
    expect(logs.length).toBeGreaterThanOrEqual(46);
  });
  for (const name of logs) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const actual = describeResult(parseFixture(text));
      const expectedPath = join(dir, name.replace(/\.log$/, '.expected.txt'));
      if (update) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE_FIXTURES=1, then check it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
