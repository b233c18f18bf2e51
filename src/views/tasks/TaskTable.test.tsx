import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LineJumpContext } from '../source/LineLink';
import { TaskTable } from './TaskTable';
import { StagingOn } from '../common/Staged';
import { ANALYSIS, EVENT, SHOWN_COLUMNS, TASKS } from '../../../test/support/viewData';
import { withFixedClientSize } from '../../../test/support/jsdomLayout';

withFixedClientSize();

function renderTable(tasks = TASKS) {
  return render(
    <TaskTable
      table={{ ...EVENT.tasks!, tasks }}
      badness={ANALYSIS.badness}
      pageSizeKb={4}
      triggerPid={473207}
      victimPid={473206}
    />,
  );
}

const column = (id: string) =>
  [...screen.getByTestId('task-table').querySelectorAll(`tbody td[data-col="${id}"]`)].map((td) => td.textContent);

describe('TaskTable', () => {
  it('has aria-rowcount = rows + header and cells keyed by column id', () => {
    renderTable();
    const table = screen.getByTestId('task-table');
    expect(table).toHaveAttribute('aria-rowcount', String(TASKS.length + 1));
    expect([...column('pid')].sort()).toEqual(TASKS.map((t) => String(t.pid)).sort());
    expect([...table.querySelectorAll('thead [data-col]')].map((th) => th.getAttribute('data-col'))).toEqual(
      SHOWN_COLUMNS,
    );
  });

  it('opens sorted by badness, the victim on top and unranked tasks last', () => {
    renderTable();
    const table = screen.getByTestId('task-table');
    expect(table.querySelector('th[data-col="points"]')).toHaveAttribute('aria-sort', 'descending');
    expect(column('pid')[0]).toBe('473206');
    expect(table.querySelector('tbody tr')).toHaveAttribute('data-role', 'victim');
    // systemd-udevd (oom_score_adj −1000) has no rank: last.
    expect(column('pid').at(-1)).toBe('274');
    expect(column('rank')[0]).toBe('1');
  });

  it('keeps the chosen sort when the same table comes again as a new copy, not for another table', () => {
    const props = { badness: ANALYSIS.badness, pageSizeKb: 4, triggerPid: 473207, victimPid: 473206 };
    const { rerender } = render(<TaskTable table={{ ...EVENT.tasks!, tasks: TASKS }} {...props} />);
    const table = () => screen.getByTestId('task-table');
    fireEvent.click(table().querySelector('th[data-col="name"] button')!);
    expect(table().querySelector('th[data-col="name"]')).toHaveAttribute('aria-sort', 'ascending');
    // The worker sends the event's detail again when the read ends: equal content, new objects.
    rerender(<TaskTable table={{ ...EVENT.tasks!, tasks: TASKS.map((t) => ({ ...t })) }} {...props} />);
    expect(table().querySelector('th[data-col="name"]')).toHaveAttribute('aria-sort', 'ascending');
    // Another event's table opens by badness again.
    rerender(<TaskTable table={{ ...EVENT.tasks!, headerLine: 9999, tasks: TASKS }} {...props} />);
    expect(table().querySelector('th[data-col="points"]')).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens sorted by rss when nothing was scored', () => {
    render(
      <TaskTable
        table={{ ...EVENT.tasks!, tasks: TASKS }}
        badness={null}
        pageSizeKb={4}
        triggerPid={null}
        victimPid={null}
      />,
    );
    expect(screen.getByTestId('task-table').querySelector('th[data-col="rss"]')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(column('pid')[0]).toBe('473206');
  });

  it('is one Tab stop: arrow keys move the active cell, Enter sorts by a header', () => {
    renderTable();
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('tabindex', '0');
    // Nothing inside the grid is a Tab stop of its own.
    const inner = [...grid.querySelectorAll('button, a, input, [tabindex]')].filter(
      (el) => el.getAttribute('tabindex') !== '-1',
    );
    expect(inner).toEqual([]);
    const active = () => document.getElementById(grid.getAttribute('aria-activedescendant')!);
    expect(active()).toHaveAttribute('role', 'columnheader');
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(active()).toHaveAttribute('data-col', 'name');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(active()).toHaveAttribute('role', 'gridcell');
    expect(active()).toHaveTextContent('doxygen');
    fireEvent.keyDown(grid, { key: 'End', ctrlKey: true });
    expect(active()).toHaveAttribute('data-col', SHOWN_COLUMNS.at(-1));
    fireEvent.keyDown(grid, { key: 'Home', ctrlKey: true });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(grid.querySelector('th[data-col="pid"]')).toHaveAttribute('aria-sort', 'descending');
    expect(column('pid')[0]).toBe('473207');
  });

  it('Enter on a task shows its line in the source', () => {
    const jump = vi.fn();
    render(
      <LineJumpContext.Provider value={jump}>
        <TaskTable
          table={{ ...EVENT.tasks!, tasks: TASKS }}
          badness={ANALYSIS.badness}
          pageSizeKb={4}
          triggerPid={null}
          victimPid={null}
        />
      </LineJumpContext.Provider>,
    );
    const grid = screen.getByRole('grid');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    // The first row as shown (the table opens by badness), not the first in the report.
    const first = TASKS.find((t) => String(t.pid) === column('pid')[0])!;
    expect(jump).toHaveBeenCalledWith(first.line);
  });

  it('sorts by a header (descending first for numbers), then ascending', () => {
    renderTable();
    const rss = screen.getByRole('button', { name: /^rss/ });
    fireEvent.click(rss);
    expect(
      column('name')
        .slice(0, 2)
        .map((n) => n!.replace(/(trigger|killed|L\d+)/g, '')),
    ).toEqual(['doxygen', 'java']);
    expect(rss.closest('th')).toHaveAttribute('aria-sort', 'descending');
    fireEvent.click(rss);
    expect(rss.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(column('rss')[0]).toBe('0');
  });

  it('sorts by several columns with shift-click', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: /^oom_score_adj/ }));
    fireEvent.click(screen.getByRole('button', { name: /^rss/ }), { shiftKey: true });
    // adj 300 first (one chrome), then the adj-0 tasks by rss descending.
    expect(column('pid').slice(0, 3)).toEqual(['376692', '473206', '331049']);
  });

  it('converts page columns to KiB and MiB with the page size', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'MiB' }));
    const doxygen = 0; // the victim, on top
    expect(column('rss')[doxygen]).toBe('9,017.9');
    fireEvent.click(screen.getByRole('button', { name: 'KiB' }));
    expect(column('rss')[doxygen]).toBe('9,234,324');
    expect(column('pgtables_bytes')[doxygen]).toBe('59,264');
  });

  it('filters by name and groups by name with counts', () => {
    renderTable();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'chrome' } });
    expect(screen.getByTestId('task-table')).toHaveAttribute('aria-rowcount', '3');
    fireEvent.click(screen.getByRole('checkbox', { name: /Group by name/ }));
    expect(screen.getByTestId('task-table')).toHaveAttribute('aria-rowcount', '2');
    expect(column('count')).toEqual(['2']);
    expect(column('rss')).toEqual(['11,571']);
  });

  it('highlights the trigger and the victim', () => {
    renderTable();
    const table = screen.getByTestId('task-table');
    expect(table.querySelector('tr[data-role="victim"]')).toHaveTextContent('doxygen');
    expect(table.querySelector('tr[data-role="trigger"]')).toHaveTextContent('top');
  });

  it('in the app, draws its first rows in one turn and the rest of the rows in view, with a few beyond, in the next', async () => {
    const all = EVENT.tasks!.tasks;
    render(
      <StagingOn value={true}>
        <TaskTable table={EVENT.tasks} badness={ANALYSIS.badness} pageSizeKb={4} triggerPid={null} victimPid={null} />
      </StagingOn>,
    );
    const rows = () => screen.getByTestId('task-table').querySelectorAll('tbody tr').length;
    expect(rows()).toBe(7);
    await act(async () => {
      for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    });
    // The rows the 440 px box shows below its header, and 6 more kept ready: 20 of the 112, never all of them.
    expect(rows()).toBe(20);
    expect(all.length).toBeGreaterThan(100);
  });

  it('explains a missing task table', () => {
    render(<TaskTable table={null} badness={null} pageSizeKb={null} triggerPid={null} victimPid={null} />);
    expect(screen.getByText(/no task table/)).toBeInTheDocument();
  });
});
