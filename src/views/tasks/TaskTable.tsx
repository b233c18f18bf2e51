/**
 * Task table: every column the kernel printed plus the recomputed badness, opened sorted by badness (the
 * kernel's pick on top; by rss when nothing was scored), sortable by several columns (shift-click), filterable
 * by name or part of a pid, groupable by name, virtualised so 100,000 rows stay smooth, and saved as CSV exactly
 * as shown. TanStack Table 9 owns the columns and the sort state (header toggles, multi-sort, directions) in
 * manual mode; the ordering itself is a typed-array index sort (sortRows.ts).
 */
import { memo, useMemo, useState } from 'react';
import { rowSortingFeature, tableFeatures, useTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import type { BadnessCheck } from '../../analyze/types';
import type { TaskTable as TaskTableModel } from '../../parse/model';
import { formatKb, type MemUnit } from '../../present/units';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { downloadText } from '../export/download';
import { useExportFileName } from '../export/exportName';
import { sortedOrder } from './sortRows';
import { taskCsv } from './taskCsv';
import { TaskGrid, type HeaderCell } from './TaskGrid';
import {
  defaultSort,
  filterRows,
  groupByName,
  taskRows,
  visibleColumns,
  type ColumnInfo,
  type TaskRow,
} from './taskRows';
import { countRender } from '../app/renderProbe';

const features = tableFeatures({ rowSortingFeature });
type Features = typeof features;

function columnDefs(cols: ColumnInfo[]): ColumnDef<Features, TaskRow>[] {
  return cols.map((c) => ({
    id: c.id,
    accessorFn: (row: TaskRow) => (c.id === 'name' ? row.name : row[c.id]),
    sortDescFirst: c.kind !== 'text' && c.id !== 'rank',
    header: c.id,
  }));
}

// Stable: a new function each render would make TanStack rebuild its row model for every row.
const getRowId = (row: TaskRow) => row.id;

const NONE: readonly number[] = [];

export interface TaskTableProps {
  table: TaskTableModel | null;
  badness: BadnessCheck | null;
  pageSizeKb: number | null;
  triggerPid: number | null;
  victimPid: number | null;
  /** Killed with the victim (memory.oom.group): marked `killed` as well. */
  alsoKilled?: readonly number[];
  /** Scroll viewport height in px (the browser test of 100,000 rows relies on virtualisation). */
  height?: number;
}

function TaskTable({
  table: model,
  badness,
  pageSizeKb,
  triggerPid,
  victimPid,
  alsoKilled = NONE,
  height = 440,
}: TaskTableProps) {
  countRender('TaskTable');
  const t = useT();
  const fileName = useExportFileName();
  const [unit, setUnit] = useState<MemUnit>('pages');
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const pageKb = pageSizeKb ?? 4;

  const allRows = useMemo(
    () => (model ? taskRows(model.tasks, badness, triggerPid, victimPid, alsoKilled) : []),
    [model, badness, triggerPid, victimPid, alsoKilled],
  );
  const groupedRows = useMemo(() => (grouped ? groupByName(allRows) : allRows), [allRows, grouped]);
  const data = useMemo(() => filterRows(groupedRows, query), [groupedRows, query]);
  const cols = useMemo(() => (model ? visibleColumns(model, badness, grouped) : []), [model, badness, grouped]);
  const columns = useMemo(() => columnDefs(cols), [cols]);
  // Opened by badness (or rss); another table (another event) opens that way again. A table is known by where
  // it is printed and its size, not by the object: the same event's detail sent again (when the read ends) is a
  // new copy, and a sort the user chose meanwhile must stay.
  const initial = useMemo(() => defaultSort(model ? visibleColumns(model, badness, false) : []), [model, badness]);
  const tableKey = model ? `${model.headerLine}:${model.tasks.length}:${JSON.stringify(initial)}` : '';
  const [sortFor, setSortFor] = useState<{ of: string; sorting: SortingState }>({ of: tableKey, sorting: initial });
  const sorting = sortFor.of === tableKey ? sortFor.sorting : initial;
  const setSorting = (next: SortingState | ((old: SortingState) => SortingState)) =>
    setSortFor({ of: tableKey, sorting: typeof next === 'function' ? next(sorting) : next });

  const table = useTable({
    features,
    columns,
    data,
    state: { sorting },
    onSortingChange: setSorting,
    enableMultiSort: true,
    manualSorting: true,
    getRowId,
  });
  // A sort key whose column is gone (grouping hides pid) is ignored rather than sorting by nothing.
  const shownSorting = useMemo(() => sorting.filter((s) => cols.some((c) => c.id === s.id)), [sorting, cols]);
  const order = useMemo(() => sortedOrder(data, shownSorting), [data, shownSorting]);

  if (!model) {
    return (
      <section className="panel" aria-labelledby="tasks-h">
        <h2 id="tasks-h">{t('tasks.title')}</h2>
        <p className="muted">{t('tasks.noTable')}</p>
      </section>
    );
  }

  const colById = new Map(cols.map((c) => [c.id as string, c]));
  const headers: HeaderCell[] = (table.getHeaderGroups()[0]?.headers ?? []).map((header) => {
    const dir = header.column.getIsSorted();
    return {
      col: colById.get(header.column.id)!,
      dir,
      index: sorting.length > 1 && dir ? header.column.getSortIndex() + 1 : null,
      toggle: (e: unknown) => header.column.getToggleSortingHandler()?.(e),
    };
  });
  const sortedBy = initial[0]?.id ?? 'none';

  return (
    <section className="panel" aria-labelledby="tasks-h">
      <div className="panel-head">
        <h2 id="tasks-h">{t('tasks.title')}</h2>
        <div className="toolbar">
          <label className="filter">
            <span>{t('tasks.filter')}</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('tasks.filterPlaceholder')}
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
            {t('tasks.groupByName')}
          </label>
          <div className="segmented" role="group" aria-label={t('tasks.unit')}>
            {(['pages', 'KiB', 'MiB'] as const).map((u) => (
              <button key={u} type="button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
                {t(`tasks.units.${u}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            data-testid="export-csv"
            title={t('tasks.exportCsvTitle')}
            onClick={() =>
              downloadText(taskCsv(t, data, order, cols, unit, pageKb), fileName('tasks', 'csv'), 'text/csv')
            }
          >
            {t('tasks.exportCsv')}
          </button>
        </div>
      </div>
      <p className="muted small">
        {t('tasks.counts', {
          total: model.tasks.length,
          grouped: grouped ? '1' : '0',
          names: groupedRows.length,
          filtered: query ? '1' : '0',
          shown: order.length,
        })}{' '}
        {t('tasks.pagesNote', {
          pageKb: formatKb(pageKb),
          assumed: pageSizeKb == null ? '1' : '0',
          sort: sortedBy,
        })}{' '}
        {model.elided ? `${t('tasks.elided')} ` : ''}
        <LineLink line={model.headerLine}>{t('tasks.headerLine')}</LineLink>
      </p>
      <p className="muted small">{t('tasks.keys')}</p>
      <TaskGrid
        rows={data}
        order={order}
        cols={cols}
        headers={headers}
        unit={unit}
        pageKb={pageKb}
        grouped={grouped}
        height={height}
      />
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoTaskTable = memo(TaskTable);
export { MemoTaskTable as TaskTable };
