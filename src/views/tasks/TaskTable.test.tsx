import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TaskTable } from './TaskTable';
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
    expect(column('pid')).toEqual(TASKS.map((t) => String(t.pid)));
    expect([...table.querySelectorAll('thead [data-col]')].map((th) => th.getAttribute('data-col'))).toEqual(
      SHOWN_COLUMNS,
    );
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
    const doxygen = TASKS.findIndex((t) => t.name === 'doxygen');
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

  it('explains a missing task table', () => {
    render(<TaskTable table={null} badness={null} pageSizeKb={null} triggerPid={null} victimPid={null} />);
    expect(screen.getByText(/no task table/)).toBeInTheDocument();
  });
});
