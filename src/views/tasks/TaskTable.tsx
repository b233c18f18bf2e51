/**
 * Task table: every column the kernel printed plus the recomputed badness, sortable by several
 * columns (shift-click), filterable, groupable by name, virtualised so 100,000 rows stay smooth.
 * TanStack Table 9 owns the columns and the sort state (header toggles, multi-sort, directions) in manual
 * mode; the ordering itself is a typed-array index sort (sortRows.ts), and TanStack Virtual renders only
 * the visible rows.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { rowSortingFeature, tableFeatures, useTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BadnessCheck } from '../../analyze/types';
import type { TaskTable as TaskTableModel } from '../../parse/model';
import { formatBytesIn, formatInt, formatPagesIn, type MemUnit } from '../../present/units';
import { LineLink } from '../source/LineLink';
import { sortedOrder } from './sortRows';
import { filterRows, groupByName, taskRows, visibleColumns, type ColumnInfo, type TaskRow } from './taskRows';
import { countRender } from '../app/renderProbe';

const features = tableFeatures({ rowSortingFeature });
type Features = typeof features;

function columnDefs(cols: ColumnInfo[]): ColumnDef<Features, TaskRow>[] {
  return cols.map((c) => ({
    id: c.id,
    accessorFn: (row: TaskRow) => (c.id === 'name' ? row.name : row[c.id]),
    sortDescFirst: c.kind !== 'text' && c.id !== 'rank',
    header: c.label,
  }));
}

const ROW_HEIGHT = 30;
// Stable: a new function each render would make TanStack rebuild its row model for every row.
const getRowId = (row: TaskRow) => row.id;

function cellText(row: TaskRow, col: ColumnInfo, unit: MemUnit, pageSizeKb: number): string {
  if (col.id === 'name') return row.name;
  const v = row[col.id];
  if (col.kind === 'pages') return formatPagesIn(v, unit, pageSizeKb);
  if (col.kind === 'bytes') return formatBytesIn(v, unit);
  return v == null ? '—' : col.id === 'pid' || col.id === 'uid' || col.id === 'tgid' ? String(v) : formatInt(v);
}

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
  const [unit, setUnit] = useState<MemUnit>('pages');
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageKb = pageSizeKb ?? 4;

  const allRows = useMemo(
    () => (model ? taskRows(model.tasks, badness, triggerPid, victimPid, alsoKilled) : []),
    [model, badness, triggerPid, victimPid, alsoKilled],
  );
  const groupedRows = useMemo(() => (grouped ? groupByName(allRows) : allRows), [allRows, grouped]);
  const data = useMemo(() => filterRows(groupedRows, query), [groupedRows, query]);
  const cols = useMemo(() => (model ? visibleColumns(model, badness, grouped) : []), [model, badness, grouped]);
  const columns = useMemo(() => columnDefs(cols), [cols]);

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
  const order = useMemo(() => sortedOrder(data, sorting), [data, sorting]);
  // The virtualizer's methods are read only here (render and effects), never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 800, height },
  });

  if (!model) {
    return (
      <section className="panel" aria-labelledby="tasks-h">
        <h2 id="tasks-h">Tasks</h2>
        <p className="muted">This report has no task table (the kernel prints it only when vm.oom_dump_tasks is on).</p>
      </section>
    );
  }

  const template = cols
    .map((c) =>
      c.id === 'name'
        ? 'minmax(10rem, 2fr)'
        : c.id === 'oom_score_adj' || c.id === 'pgtables_bytes'
          ? 'minmax(6.8rem, 1fr)'
          : 'minmax(4.6rem, 1fr)',
    )
    .join(' ');
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const colById = new Map(cols.map((c) => [c.id as string, c]));

  return (
    <section className="panel" aria-labelledby="tasks-h">
      <div className="panel-head">
        <h2 id="tasks-h">Tasks</h2>
        <div className="toolbar">
          <label className="filter">
            <span>Filter</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name or pid" />
          </label>
          <label className="check">
            <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group by name
          </label>
          <div className="segmented" role="group" aria-label="Memory unit">
            {(['pages', 'KiB', 'MiB'] as const).map((u) => (
              <button key={u} type="button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
                {u}
              </button>
            ))}
          </div>
        </div>
      </div>
      <p className="muted small">
        {formatInt(model.tasks.length)} tasks{grouped ? ` in ${formatInt(groupedRows.length)} names` : ''}
        {query ? `, ${formatInt(order.length)} shown` : ''}. Memory columns are printed in pages of {pageKb} kB
        {pageSizeKb == null ? ' (assumed)' : ''}; shift-click a header to sort by several columns.
        {model.elided ? ' The table in the log was cut: some rows are missing.' : ''}{' '}
        <LineLink line={model.headerLine}>header line</LineLink>
      </p>
      <div
        className="task-scroll"
        ref={scrollRef}
        style={{ height: Math.min(height, (order.length + 1) * ROW_HEIGHT + 4) }}
        tabIndex={0}
        role="region"
        aria-label="Task table, scrollable"
      >
        <table
          className="task-table"
          role="table"
          data-testid="task-table"
          aria-rowcount={order.length + 1}
          style={{ ['--cols' as string]: template }}
        >
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={1}>
              {headers.map((header) => {
                const info = colById.get(header.column.id)!;
                const dir = header.column.getIsSorted();
                const idx = sorting.length > 1 && dir ? header.column.getSortIndex() + 1 : null;
                return (
                  <th
                    key={header.id}
                    role="columnheader"
                    data-col={header.column.id}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                    className={info.kind === 'text' ? '' : 'num'}
                  >
                    <button type="button" onClick={header.column.getToggleSortingHandler()} title={info.title}>
                      {info.label}
                      {info.kind === 'pages' && unit !== 'pages'
                        ? ` (${unit})`
                        : info.kind === 'bytes'
                          ? ` (${unit === 'pages' ? 'B' : unit})`
                          : ''}
                      <span aria-hidden="true" className="sort-mark">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
                        {idx ?? ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = data[order[item.index]];
              return (
                <tr
                  key={row.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-role={row.role ?? undefined}
                  className={row.role ? `row-${row.role.replace(' ', '-')}` : undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {cols.map((c) => (
                    <td key={c.id} role="cell" data-col={c.id} className={c.kind === 'text' ? 'name-cell' : 'num'}>
                      {c.id === 'name' ? (
                        <>
                          <span className="task-name">{row.name}</span>
                          {row.role?.includes('trigger') ? <span className="tag tag-trigger">trigger</span> : null}
                          {row.role?.includes('victim') ? <span className="tag tag-victim">killed</span> : null}
                          {!grouped ? <LineLink line={row.line} /> : null}
                        </>
                      ) : (
                        cellText(row, c, unit, pageKb)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoTaskTable = memo(TaskTable);
export { MemoTaskTable as TaskTable };
