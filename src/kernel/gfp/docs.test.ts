/**
 * docs/kernel/gfp-flags.md §5 shows a few values of every gfp table. They must be the values the app
 * decodes with (src/kernel/gfp/tables/), so a table changed in code and not in the document fails here.
 * Fix it with `npx tsx scripts/gfp-doc-table.ts`, which rewrites that table from the code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES } from './tables';

const DOC = resolve(import.meta.dirname, '../../../docs/kernel/gfp-flags.md');

/** The rows of the table between the gfp-table markers, as cell texts without backticks. */
function docTable(): { header: string[]; rows: string[][] } {
  const text = readFileSync(DOC, 'utf8');
  const block = text.slice(text.indexOf('<!-- gfp-table:start -->'), text.indexOf('<!-- gfp-table:end -->'));
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim().replace(/`/g, ''));
  const lines = block.split('\n').filter((l) => l.trim().startsWith('|'));
  const [header, , ...rows] = lines.map(cells);
  return { header, rows };
}

describe('docs/kernel/gfp-flags.md §5', () => {
  const { header, rows } = docTable();

  it('lists every table, in the code’s order', () => {
    expect(rows.map((r) => r[0])).toEqual(ALL_TABLES.map((t) => t.id));
  });

  it.each(ALL_TABLES.map((t) => [t.id, t] as const))(
    '%s: versions, printed names and values as in the code',
    (id, t) => {
      const row = rows.find((r) => r[0] === id)!;
      expect(row[1]).toBe(`${t.from}–${t.to}`);
      expect(row[2]).toBe(t.printsNames ? 'yes' : 'no');
      header.slice(3).forEach((name, i) => {
        const value = t.order.find(([n]) => n === name)?.[1];
        expect(row[3 + i], `${id} ${name}`).toBe(value === undefined ? '—' : `0x${value.toString(16)}`);
      });
    },
  );
});
