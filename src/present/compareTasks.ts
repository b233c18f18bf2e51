/**
 * The top tasks of two events by name: each name's resident memory (rss, summed over its processes, in kB of
 * that event's page size) in A and in B, and B − A. A name present in one event's task table only is marked
 * (`only`); when an event printed no task table at all, nothing is marked for it: absent is not the same as
 * "not printed".
 */
import { groupByName } from '../analyze/consumers';
import { delta, type CompareSide, type SideId } from './compare';

export interface NamedRss {
  /** Processes of that name. */
  count: number;
  rssKb: number;
}

export interface ComparedTask {
  name: string;
  a: NamedRss | null;
  b: NamedRss | null;
  /** B − A; a name in one table only counts as 0 in the other. Null when a side printed no table. */
  diffKb: number | null;
  /** In one task table only (both sides printed one). */
  only: SideId | null;
  /** The event killed a process of this name. */
  killed: { a: boolean; b: boolean };
}

export interface TaskComparison {
  /** Which events printed a task table. */
  tables: { a: boolean; b: boolean };
  /** The largest names first (the larger of A and B), at most `limit`, and the victims' names wherever they rank. */
  rows: ComparedTask[];
  /** Names left out by the limit. */
  more: number;
}

function byName(side: CompareSide): Map<string, NamedRss> | null {
  const table = side.event.tasks;
  if (!table) return null;
  const groups = groupByName(table.tasks, side.analysis.facts.pageKb);
  return new Map(groups.map((g) => [g.name, { count: g.count, rssKb: g.rssKb }]));
}

const biggest = (row: ComparedTask) => Math.max(row.a?.rssKb ?? 0, row.b?.rssKb ?? 0);

export function compareTasks(a: CompareSide, b: CompareSide, limit = 12): TaskComparison {
  const inA = byName(a);
  const inB = byName(b);
  const names = new Set([...(inA?.keys() ?? []), ...(inB?.keys() ?? [])]);
  const both = inA !== null && inB !== null;
  const rows: ComparedTask[] = [...names].map((name) => {
    const rowA = inA?.get(name) ?? null;
    const rowB = inB?.get(name) ?? null;
    return {
      name,
      a: rowA,
      b: rowB,
      diffKb: both ? delta(rowA?.rssKb ?? 0, rowB?.rssKb ?? 0) : null,
      only: !both ? null : rowA && !rowB ? 'a' : rowB && !rowA ? 'b' : null,
      killed: { a: a.event.victim?.comm === name, b: b.event.victim?.comm === name },
    };
  });
  rows.sort((x, y) => biggest(y) - biggest(x) || x.name.localeCompare(y.name));
  // The victims stay in sight even when small (a kill of a small process is itself worth seeing).
  const shown = rows.filter((row, i) => i < limit || row.killed.a || row.killed.b);
  return { tables: { a: inA !== null, b: inB !== null }, rows: shown, more: rows.length - shown.length };
}
