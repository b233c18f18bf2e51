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
import { analyzeEvent } from '../src/analyze/index';

const SHORT = { critical: 'C', warning: 'W', info: 'i' } as const;

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/real'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();
for (const file of files) {
  const result = parseText(readFileSync(join(dir, file), 'utf8'));
  const name = file.slice(0, 3);
  if (result.events.length === 0) console.log(`${name} (no event)`);
  for (const event of result.events) {
    const analysis = analyzeEvent(event);
    const extra = analysis as unknown as { scope?: string };
    const ids = analysis.findings.map((f) => `${SHORT[f.severity]}:${f.id}`).join(' ');
    const scope = extra.scope ? `/${extra.scope}` : '';
    console.log(`${name} #${event.index} ${event.kind}${scope} L${event.firstLine}-${event.lastLine}: ${ids || '-'}`);
  }
  for (const failure of result.allocationFailures) {
    const ids = ((failure as unknown as { findings?: { id: string }[] }).findings ?? []).map((f) => f.id).join(' ');
    console.log(`${name} alloc-failure L${failure.firstLine}: ${ids || '-'}`);
  }
}
