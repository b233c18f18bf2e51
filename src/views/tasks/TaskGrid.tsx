/**
 * The task table's grid: a sticky header of sort buttons and a virtualised body (TanStack Virtual renders
 * only the rows in view), one Tab stop with arrow-key movement (useGridKeys.ts).
 */
import { useCallback, useContext, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { calmVirtual } from '../common/calmVirtual';
import { useSettled } from '../common/Staged';
import type { MemUnit } from '../../present/units';
import { useT } from '../common/useT';
import { LineJumpContext } from '../source/LineLink';
import { headerText } from './taskCsv';
import type { ColumnInfo, TaskRow } from './taskRows';
import { TaskGridRow, cellId, type RowWords } from './TaskGridRow';
import { useGridKeys, type Cell } from './useGridKeys';

const ROW_HEIGHT = 30;
/** Rows drawn in a new grid's first frame (half of the default 440 px box). */
const FIRST_ROWS = 7;
/** Rows kept drawn beyond the ones in view, so a scroll shows drawn rows while new ones come. */
const OVERSCAN = 6;

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
  cols,
  headers,
  unit,
  pageKb,
  grouped,
  height,
}: {
  rows: readonly TaskRow[];
  order: Uint32Array;
  /** The columns, in the order of `headers` (kept as one array so the rows are not drawn again for nothing). */
  cols: readonly ColumnInfo[];
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
  const boxHeight = Math.min(height, (order.length + 1) * ROW_HEIGHT + 4);
  // A new grid draws its first rows alone, in the frame that draws the rest of the tasks panel; the other rows
  // in view and the ones kept ready below come in a turn of their own. Each frame then lays out about 400
  // objects instead of 800 (about 30 per row).
  const settled = useSettled('task rows');
  // The virtualizer's methods are read only here (render and effects), never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: settled ? OVERSCAN : 0,
    // The sticky header covers the first row's height: rows scrolled to stop below it.
    scrollPaddingStart: ROW_HEIGHT + 4,
    // Its box's height is set below (less its 1px borders): no layout read at mount (common/calmVirtual.ts).
    initialRect: { width: 800, height: boxHeight - 2 },
    ...calmVirtual,
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
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (active.row > 0) virtualizer.scrollToIndex(active.row - 1, { align: 'auto' });
    // After the rows in view are drawn, bring the cell's column into view too.
    requestAnimationFrame(() =>
      document
        .getElementById(cellId(id, active.row, active.col))
        ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- id comes from useId and never changes
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
  const cellClass = (base: string, col: number) =>
    active.row === 0 && active.col === col ? `${base} cell-active` : base;
  const onCell = useCallback((row: number, col: number) => setActive({ row, col }), [setActive]);
  const words = useMemo<RowWords>(
    () => ({
      trigger: t('tasks.trigger'),
      killed: t('tasks.killed'),
      showLine: (line) => t('source.showLine', { line }),
    }),
    [t],
  );

  return (
    <div className="task-scroll" ref={scrollRef} style={{ height: boxHeight }}>
      <table
        className="task-table"
        role="grid"
        data-testid="task-table"
        tabIndex={0}
        aria-label={t('tasks.grid', { rows: order.length })}
        aria-rowcount={order.length + 1}
        aria-colcount={cols.length}
        aria-activedescendant={cellId(id, active.row, active.col)}
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
                id={cellId(id, 0, c)}
                role="columnheader"
                data-col={h.col.id}
                aria-colindex={c + 1}
                aria-sort={h.dir === 'asc' ? 'ascending' : h.dir === 'desc' ? 'descending' : 'none'}
                className={cellClass(h.col.kind === 'text' ? '' : 'num', c)}
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
          {virtualizer.getVirtualItems().map((item, i) => {
            if (!settled && i >= FIRST_ROWS) return null;
            const row = rows[order[item.index]];
            const r = item.index + 1;
            return (
              <TaskGridRow
                key={row.id}
                row={row}
                r={r}
                start={item.start}
                cols={cols}
                unit={unit}
                pageKb={pageKb}
                grouped={grouped}
                activeCol={active.row === r ? active.col : -1}
                idPrefix={id}
                onCell={onCell}
                jump={jump}
                words={words}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
