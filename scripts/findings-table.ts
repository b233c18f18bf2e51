/**
 * Prints, for each log of the shared real corpus (../shared/corpus/real), per event the finding ids that
 * fire with their severity: `001-…log #0 [2-58] memcg: critical memcg-limit, warning …`.
 * Used to compare the diagnosis before and after a change (issue 10's closing note).
 *
 *   npx tsx scripts/findings-table.ts [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseText } from '../src/parse/index';
import { analyzeAllocationFailure, analyzeEvents } from '../src/analyze/index';

const SHORT = { critical: 'C', warning: 'W', info: 'i' } as const;

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/real'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();
for (const file of files) {
  const result = parseText(readFileSync(join(dir, file), 'utf8'));
  const name = file.slice(0, 3);
  if (result.events.length === 0) console.log(`${name} (no event)`);
  const analyses = analyzeEvents(result.events);
  result.events.forEach((event, i) => {
    const { facts, findings } = analyses[i];
    const ids = findings.map((f) => `${SHORT[f.severity]}:${f.id}`).join(' ');
    console.log(
      `${name} #${event.index} ${facts.kind}/${facts.scope} L${event.firstLine}-${event.lastLine}: ${ids || '-'}`,
    );
  });
  const version = result.events.find((e) => e.kernel?.version)?.kernel?.version ?? null;
  for (const failure of result.allocationFailures) {
    const ids = analyzeAllocationFailure(failure, version).map((f) => `${SHORT[f.severity]}:${f.id}`);
    console.log(`${name} alloc-failure L${failure.firstLine}: ${ids.join(' ') || '-'}`);
  }
}
