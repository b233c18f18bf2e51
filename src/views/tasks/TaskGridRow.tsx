/**
 * One row of the task grid. Memoised: moving the active cell re-renders the two rows it leaves and enters,
 * scrolling only the rows coming into view, and a row's line link is hook-free (LineButton), so the rows of a
 * freshly opened table cost little to draw.
 */
import { memo } from 'react';
import type { MemUnit } from '../../present/units';
import { LineButton, type LineJump } from '../source/LineLink';
import { cellText } from './cells';
import type { ColumnInfo, TaskRow } from './taskRows';

/** The DOM id of a grid cell (row 0 is the header): the grid's active descendant points at it. */
export const cellId = (idPrefix: string, row: number, col: number) => `${idPrefix}-r${row}-c${col}`;

/** The words every row uses, read once by the grid. */
export interface RowWords {
  trigger: string;
  killed: string;
  showLine: (line: number) => string;
}

function TaskGridRow({
  row,
  r,
  start,
  cols,
  unit,
  pageKb,
  grouped,
  activeCol,
  idPrefix,
  onCell,
  jump,
  words,
}: {
  row: TaskRow;
  /** Its row number in the grid (1 for the first task: row 0 is the header). */
  r: number;
  /** Its offset from the top of the body, px. */
  start: number;
  cols: readonly ColumnInfo[];
  unit: MemUnit;
  pageKb: number;
  grouped: boolean;
  /** The active cell's column when the active cell is in this row, else −1. */
  activeCol: number;
  idPrefix: string;
  onCell: (row: number, col: number) => void;
  jump: LineJump;
  words: RowWords;
}) {
  return (
    <tr
      role="row"
      aria-rowindex={r + 1}
      data-role={row.role ?? undefined}
      className={row.role ? `row-${row.role.replace(' ', '-')}` : undefined}
      style={{ transform: `translateY(${start}px)` }}
    >
      {cols.map((c, ci) => {
        const base = c.kind === 'text' ? 'name-cell' : 'num';
        return (
          <td
            key={c.id}
            id={cellId(idPrefix, r, ci)}
            role="gridcell"
            data-col={c.id}
            aria-colindex={ci + 1}
            className={activeCol === ci ? `${base} cell-active` : base}
            onClick={() => onCell(r, ci)}
          >
            {c.id === 'name' ? (
              <>
                <span className="task-name">{row.name}</span>
                {row.role?.includes('trigger') ? <span className="tag tag-trigger">{words.trigger}</span> : null}
                {row.role?.includes('victim') ? <span className="tag tag-victim">{words.killed}</span> : null}
                {!grouped ? (
                  <LineButton line={row.line} jump={jump} title={words.showLine(row.line)} tabIndex={-1} />
                ) : null}
              </>
            ) : (
              cellText(row, c, unit, pageKb)
            )}
          </td>
        );
      })}
    </tr>
  );
}

const MemoTaskGridRow = memo(TaskGridRow);
export { MemoTaskGridRow as TaskGridRow };
