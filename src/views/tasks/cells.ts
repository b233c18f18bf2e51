/** A task-table cell as shown on screen and as written to CSV: the same number in the same unit. */
import { formatBytesIn, formatInt, formatPagesIn, pagesIn, type MemUnit } from '../../present/units';
import type { ColumnInfo, TaskRow } from './taskRows';

export function cellText(row: TaskRow, col: ColumnInfo, unit: MemUnit, pageSizeKb: number): string {
  if (col.id === 'name') return row.name;
  const v = row[col.id];
  if (col.kind === 'pages') return formatPagesIn(v, unit, pageSizeKb);
  if (col.kind === 'bytes') return formatBytesIn(v, unit);
  return v == null ? '—' : col.id === 'pid' || col.id === 'uid' || col.id === 'tgid' ? String(v) : formatInt(v);
}

/** The value for a file: the shown unit and rounding, without thousands separators; empty when missing. */
export function cellValue(row: TaskRow, col: ColumnInfo, unit: MemUnit, pageSizeKb: number): string | number | null {
  if (col.id === 'name') return row.name;
  const v = row[col.id];
  if (v == null) return null;
  if (col.kind === 'pages') {
    const n = pagesIn(v, unit, pageSizeKb);
    return unit === 'MiB' ? Math.round(n * 10) / 10 : Math.round(n);
  }
  if (col.kind === 'bytes')
    return unit === 'MiB' ? Math.round((v / 1048576) * 10) / 10 : unit === 'KiB' ? Math.round(v / 1024) : v;
  return v;
}

/** The unit a column's header carries, if any ("rss (MiB)"). */
export function unitSuffix(col: ColumnInfo, unit: MemUnit): MemUnit | 'bytes' | null {
  if (col.kind === 'pages') return unit === 'pages' ? null : unit;
  if (col.kind === 'bytes') return unit === 'pages' ? 'bytes' : unit;
  return null;
}
