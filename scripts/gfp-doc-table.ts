/**
 * Rewrites the table of docs/kernel/gfp-flags.md §5 (between the gfp-table markers) from the gfp tables
 * in src/kernel/gfp/tables/, formatted by Prettier. src/kernel/gfp/docs.test.ts fails until this is run
 * after a table changes. Usage: npx tsx scripts/gfp-doc-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'prettier';
import { ALL_TABLES } from '../src/kernel/gfp/tables';

const DOC = resolve(import.meta.dirname, '../docs/kernel/gfp-flags.md');
const START = '<!-- gfp-table:start -->';
const END = '<!-- gfp-table:end -->';
/** The names shown: the two composites every OOM header shows in some form, and flags whose bit moved. */
const NAMES = [
  'GFP_KERNEL',
  'GFP_HIGHUSER_MOVABLE',
  'GFP_ATOMIC',
  '__GFP_NOWARN',
  '__GFP_COMP',
  '__GFP_ZERO',
  '__GFP_ACCOUNT',
];

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const lines = [
  row(['table', 'versions', 'names printed', ...NAMES.map((n) => `\`${n}\``)]),
  row(Array(NAMES.length + 3).fill('---')),
  ...ALL_TABLES.map((t) =>
    row([
      `\`${t.id}\``,
      `${t.from}–${t.to}`,
      t.printsNames ? 'yes' : 'no',
      ...NAMES.map((name) => {
        const value = t.order.find(([n]) => n === name)?.[1];
        return value === undefined ? '—' : `\`0x${value.toString(16)}\``;
      }),
    ]),
  ),
];
const text = readFileSync(DOC, 'utf8');
const before = text.slice(0, text.indexOf(START) + START.length);
const after = text.slice(text.indexOf(END));
const updated = await format(`${before}\n\n${lines.join('\n')}\n\n${after}`, { filepath: DOC });
writeFileSync(DOC, updated);
console.log(`rewrote the table of ${DOC} (${ALL_TABLES.length} tables)`);
