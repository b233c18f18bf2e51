/**
 * The task table's grid: a sticky header of sort buttons and a virtualised body (TanStack Virtual renders
 * only the rows in view), one Tab stop with arrow-key movement (useGridKeys.ts).
 */
import { useCallback, useContext, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MemUnit } from '../../present/units';
import { useT } from '../common/useT';
import { LineJumpContext, LineLink } from '../source/LineLink';
import { cellText } from './cells';
import { headerText } from './taskCsv';
import type { ColumnInfo, TaskRow } from './taskRows';
import { useGridKeys, type Cell } from './useGridKeys';

const ROW_HEIGHT = 30;

export interface HeaderCell {
  col: ColumnInfo;
  dir: false | 'asc' | 'desc';
  /** Position among several sort keys (shown when there are two or more). */
  index: number | null;
  /** TanStack's toggle: a shift key in the event adds the column as another sort key. */
  toggle: (event: unknown) => void;
}

export function TaskGrid({
  rows,
  order,
  headers,
  unit,
  pageKb,
  grouped,
  height,
}: {
  rows: readonly TaskRow[];
  order: Uint32Array;
  headers: HeaderCell[];
  unit: MemUnit;
  pageKb: number;
  grouped: boolean;
  height: number;
}) {
  const t = useT();
  const id = useId();
  const jump = useContext(LineJumpContext);
  const scrollRef = useRef<HTMLDivElement>(null);
  const cols = headers.map((h) => h.col);
  // The virtualizer's methods are read only here (render and effects), never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header covers the first row's height: rows scrolled to stop below it.
    scrollPaddingStart: ROW_HEIGHT + 4,
    initialRect: { width: 800, height },
  });

  const activate = useCallback(
    (cell: Cell, e: KeyboardEvent) => {
      if (cell.row === 0) return headers[cell.col]?.toggle({ shiftKey: e.shiftKey });
      const row = rows[order[cell.row - 1]];
      if (row && !grouped) jump(row.line);
    },
    [headers, rows, order, grouped, jump],
  );
  const { active, setActive, onKeyDown } = useGridKeys(order.length + 1, cols.length, activate);
  const cellId = (row: number, col: number) => `${id}-r${row}-c${col}`;
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (active.row > 0) virtualizer.scrollToIndex(active.row - 1, { align: 'auto' });
    // After the rows in view are drawn, bring the cell's column into view too.
    requestAnimationFrame(() =>
      document
        .getElementById(cellId(active.row, active.col))
        ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cellId is derived from the stable id
  }, [active.row, active.col, virtualizer]);

  const template = cols
    .map((c) =>
      c.id === 'name'
        ? 'minmax(10rem, 2fr)'
        : c.id === 'oom_score_adj' || c.id === 'pgtables_bytes'
          ? 'minmax(6.8rem, 1fr)'
          : 'minmax(4.6rem, 1fr)',
    )
    .join(' ');
  const isActive = (row: number, col: number) => active.row === row && active.col === col;
  const cellClass = (base: string, row: number, col: number) => (isActive(row, col) ? `${base} cell-active` : base);

  return (
    <div
      className="task-scroll"
      ref={scrollRef}
      style={{ height: Math.min(height, (order.length + 1) * ROW_HEIGHT + 4) }}
    >
      <table
        className="task-table"
        role="grid"
        data-testid="task-table"
        tabIndex={0}
        aria-label={t('tasks.grid', { rows: order.length })}
        aria-rowcount={order.length + 1}
        aria-colcount={cols.length}
        aria-activedescendant={cellId(active.row, active.col)}
        onKeyDown={(e) => {
          moved.current = true;
          onKeyDown(e);
        }}
        style={{ ['--cols' as string]: template }}
      >
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            {headers.map((h, c) => (
              <th
                key={h.col.id}
                id={cellId(0, c)}
                role="columnheader"
                data-col={h.col.id}
                aria-colindex={c + 1}
                aria-sort={h.dir === 'asc' ? 'ascending' : h.dir === 'desc' ? 'descending' : 'none'}
                className={cellClass(h.col.kind === 'text' ? '' : 'num', 0, c)}
              >
                <button
                  type="button"
                  tabIndex={-1}
                  onClick={(e) => {
                    setActive({ row: 0, col: c });
                    h.toggle(e);
                  }}
                  title={t(`tasks.help.${h.col.id}`)}
                >
                  {headerText(t, h.col, unit)}
                  <span aria-hidden="true" className="sort-mark">
                    {h.dir === 'asc' ? '▲' : h.dir === 'desc' ? '▼' : ''}
                    {h.index ?? ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[order[item.index]];
            const r = item.index + 1;
            return (
              <tr
                key={row.id}
                role="row"
                aria-rowindex={r + 1}
                data-role={row.role ?? undefined}
                className={row.role ? `row-${row.role.replace(' ', '-')}` : undefined}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {cols.map((c, ci) => (
                  <td
                    key={c.id}
                    id={cellId(r, ci)}
                    role="gridcell"
                    data-col={c.id}
                    aria-colindex={ci + 1}
                    className={cellClass(c.kind === 'text' ? 'name-cell' : 'num', r, ci)}
                    onClick={() => setActive({ row: r, col: ci })}
                  >
                    {c.id === 'name' ? (
                      <>
                        <span className="task-name">{row.name}</span>
                        {row.role?.includes('trigger') ? (
                          <span className="tag tag-trigger">{t('tasks.trigger')}</span>
                        ) : null}
                        {row.role?.includes('victim') ? (
                          <span className="tag tag-victim">{t('tasks.killed')}</span>
                        ) : null}
                        {!grouped ? <LineLink line={row.line} tabIndex={-1} /> : null}
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
  );
}
