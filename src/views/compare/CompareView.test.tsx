/**
 * The Compare view and its menu on the two NixOS cgroup OOMs (real events, as the worker hands them over):
 * the numbers each section shows, the marks, the findings groups, swap and close; the menu's picker.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NIXOS_DETAILS, NIXOS_SUMMARIES, SUMMARIES } from '../../../test/support/viewData';
import { foundOf } from '../../../test/support/parseSummary';
import { setLang } from '../common/i18n';
import { CompareProvider, type CompareChoices } from './CompareContext';
import { CompareMenu } from './CompareMenu';
import { CompareView } from './CompareView';

const [A, B] = NIXOS_DETAILS;
const choices: CompareChoices['choices'] = {
  events: NIXOS_SUMMARIES,
  places: foundOf(NIXOS_SUMMARIES).map((f) => f.place),
  files: [],
};

afterEach(() => act(() => setLang('en')));

function renderView(onSwap = vi.fn(), onClose = vi.fn()) {
  render(<CompareView a={A} aIndex={0} b={B} bIndex={1} choices={choices} onSwap={onSwap} onClose={onClose} />);
  return { onSwap, onClose };
}

const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());

describe('CompareView', () => {
  it('names both events and shows each headline with its victim', () => {
    renderView();
    expect(screen.getByTestId('compare-side-a')).toHaveTextContent('#1 · [144381.714151] · tee → .thunderbird-wr');
    expect(screen.getByTestId('compare-side-b')).toHaveTextContent('#2 · [144381.722649] · tee → Isolated Web Co');
    const [headA, headB] = screen.getAllByTestId('compare-headline');
    // The kill lines: anon 8988 + file 239484 kB; anon 0 + file 99584 + shmem 148 kB.
    expect(within(headA).getByTestId('compare-victim')).toHaveTextContent(
      '.thunderbird-wr (pid 265606) — 242.6 MiB resident',
    );
    expect(within(headB).getByTestId('compare-victim')).toHaveTextContent(
      'Isolated Web Co (pid 265856) — 97.4 MiB resident',
    );
    expect(headA.querySelector('.headline')?.textContent).toMatch(/thunderbird/);
  });

  it('shows the memory figures with B − A', () => {
    renderView();
    const memory = screen.getByTestId('compare-memory');
    const row = (key: string) => cells(memory.querySelector<HTMLElement>(`tr[data-line="${key}"]`)!);
    expect(row('ram')).toEqual(['476.8 MiB', '476.8 MiB', '0 KiB']);
    expect(row('memcg-anon')).toEqual(['0 KiB', '40 KiB', '+40 KiB']);
    expect(row('memcg-kernel-stack')).toEqual(['3.3 MiB', '912 KiB', '\u22122.4 MiB']);
    expect(row('taskRss')).toEqual(['433.4 MiB', '190.7 MiB', '\u2212242.6 MiB']);
    expect(within(memory).getByRole('rowheader', { name: 'cgroup limit' })).toBeInTheDocument();
    expect(screen.queryByTestId('compare-scope-note')).toBeNull();
  });

  it('lists the top tasks by name with A, B and B − A, marking the one in A only and the victims', () => {
    renderView();
    const tasks = screen.getByTestId('compare-tasks');
    const rows = [...tasks.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((r) => r.dataset.task)).toEqual([
      '.thunderbird-wr',
      'Isolated Web Co',
      'WebExtensions',
      'external-editor',
    ]);
    expect(cells(rows[0])).toEqual(['242.6 MiB', 'not listed', '\u2212242.6 MiB']);
    expect(rows[0]).toHaveAttribute('data-only', 'a');
    expect(rows[0].querySelector('th')).toHaveTextContent('only in A');
    expect(rows[0].querySelector('th')).toHaveTextContent('killed in A');
    expect(rows[1].querySelector('th')).toHaveTextContent('killed in B');
    expect(cells(rows[2])).toEqual(['92.8 MiB', '92.8 MiB', '0 KiB']);
    expect(within(tasks).getAllByTestId('compare-only')).toHaveLength(1);
  });

  it('splits the findings: the ones both have with other numbers show both texts', () => {
    renderView();
    const findings = screen.getByTestId('compare-findings');
    const group = (g: string) => findings.querySelector<HTMLElement>(`[data-group=${g}]`)!;
    expect(group('onlyA')).toHaveTextContent('Only in A (0)');
    expect(group('onlyA')).toHaveTextContent('None.');
    const both = [...group('both').querySelectorAll<HTMLElement>('[data-finding]')].map((li) => li.dataset.finding);
    expect(both).toEqual(A.analysis.findings.map((f) => f.id));
    // memcg-limit: the usage differs (718396 kB, then 716200 kB), so both texts are there.
    const limit = group('both').querySelector<HTMLElement>('[data-finding=memcg-limit]')!;
    expect(limit).toHaveAttribute('data-same', 'false');
    expect(limit.querySelectorAll('p')).toHaveLength(2);
  });

  it('swap and close call back', () => {
    const { onSwap, onClose } = renderView();
    fireEvent.click(screen.getByTestId('compare-swap'));
    fireEvent.click(screen.getByTestId('compare-close'));
    expect(onSwap).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says it is loading until B arrives, and speaks Chinese', () => {
    act(() => setLang('zh-CN'));
    render(<CompareView a={A} aIndex={0} b={null} bIndex={1} choices={choices} onSwap={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByTestId('compare-view')).toHaveTextContent('正在载入另一个事件');
    expect(screen.getByTestId('compare-swap')).toBeDisabled();
    expect(screen.queryByTestId('compare-tasks')).toBeNull();
  });
});

describe('CompareMenu', () => {
  function renderMenu(current: number, events = SUMMARIES) {
    const open = vi.fn();
    const offer: CompareChoices = {
      choices: { events, places: foundOf(events).map((f) => f.place), files: [] },
      open,
    };
    render(
      <CompareProvider value={offer}>
        <CompareMenu current={current} />
      </CompareProvider>,
    );
    fireEvent.click(screen.getByTestId('compare'));
    return open;
  }

  it('offers every other event, the next one first, and opens the one picked', async () => {
    const open = renderMenu(1);
    const pick = await screen.findByTestId('compare-pick');
    const options = [...pick.querySelectorAll('option')];
    expect(options.map((o) => o.value)).toEqual(['0', '2']);
    expect(options[0].textContent).toMatch(/^#1 · .* → doxygen$/);
    expect((pick as HTMLSelectElement).value).toBe('2');
    fireEvent.change(pick, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('compare-open'));
    expect(open).toHaveBeenCalledWith(0);
    // The picker closes once the comparison is asked for.
    await waitFor(() => expect(screen.queryByTestId('compare-pick')).toBeNull());
  });

  it('with one event, says how to get two', async () => {
    const open = renderMenu(0, SUMMARIES.slice(0, 1));
    expect(await screen.findByTestId('compare-none')).toHaveTextContent('several files together');
    expect(screen.queryByTestId('compare-pick')).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });

  it('is not there outside the app (no events to offer)', () => {
    render(<CompareMenu current={0} />);
    expect(screen.queryByTestId('compare')).toBeNull();
  });
});
