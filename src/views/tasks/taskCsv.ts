/** The task table as CSV: the rows the table shows, in the order it shows them, in the unit it shows. */
import { csvText } from '../../present/csv';
import type { Translate } from '../../present/i18n';
import type { MemUnit } from '../../present/units';
import { cellValue, unitSuffix } from './cells';
import type { ColumnInfo, TaskRow } from './taskRows';

export function headerText(t: Translate, col: ColumnInfo, unit: MemUnit): string {
  const suffix = unitSuffix(col, unit);
  const label = t(`tasks.col.${col.id}`);
  return suffix ? `${label} (${t(`tasks.units.${suffix}`)})` : label;
}

export function taskCsv(
  t: Translate,
  rows: readonly TaskRow[],
  order: Uint32Array,
  cols: readonly ColumnInfo[],
  unit: MemUnit,
  pageSizeKb: number,
): string {
  const header = [...cols.map((c) => headerText(t, c, unit)), t('tasks.role')];
  const body = [...order].map((i) => {
    const row = rows[i];
    const role = [
      row.role?.includes('trigger') ? t('tasks.trigger') : '',
      row.role?.includes('victim') ? t('tasks.killed') : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [...cols.map((c) => cellValue(row, c, unit, pageSizeKb)), role || null];
  });
  return csvText([header, ...body]);
}
