/**
 * The grid pattern (WAI-ARIA APG) for the task table: the table is one Tab stop; the arrow keys, Home/End
 * (Ctrl for the first/last row) and Page Up/Down move the active cell, which aria-activedescendant names, so
 * a 100-row table no longer takes 100 Tab presses. Enter or Space activates the cell (sort by a header, show a
 * task's line). Row 0 is the header row.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';

export interface Cell {
  row: number;
  col: number;
}

const PAGE = 10;

export function useGridKeys(
  rowCount: number,
  colCount: number,
  activate: (cell: Cell, event: KeyboardEvent) => void,
): { active: Cell; setActive: (cell: Cell) => void; onKeyDown: (event: KeyboardEvent) => void } {
  const [cell, setActive] = useState<Cell>({ row: 0, col: 0 });
  // Rows and columns change with filter and grouping: keep the active cell inside the table.
  const active = {
    row: Math.max(0, Math.min(cell.row, rowCount - 1)),
    col: Math.max(0, Math.min(cell.col, colCount - 1)),
  };
  const { row, col } = active;
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const lastRow = rowCount - 1;
      const lastCol = colCount - 1;
      let next: Cell;
      switch (e.key) {
        case 'ArrowDown':
          next = { row: Math.min(lastRow, row + 1), col };
          break;
        case 'ArrowUp':
          next = { row: Math.max(0, row - 1), col };
          break;
        case 'ArrowRight':
          next = { row, col: Math.min(lastCol, col + 1) };
          break;
        case 'ArrowLeft':
          next = { row, col: Math.max(0, col - 1) };
          break;
        case 'Home':
          next = e.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
          break;
        case 'End':
          next = e.ctrlKey ? { row: lastRow, col: lastCol } : { row, col: lastCol };
          break;
        case 'PageDown':
          next = { row: Math.min(lastRow, row + PAGE), col };
          break;
        case 'PageUp':
          next = { row: Math.max(0, row - PAGE), col };
          break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          activate({ row, col }, e);
          return;
        default:
          return;
      }
      e.preventDefault();
      setActive(next);
    },
    [row, col, rowCount, colCount, activate],
  );
  return { active, setActive, onKeyDown };
}
