import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Findings } from './Findings';
import { LineJumpContext } from '../source/LineLink';
import { Summary } from './Summary';
import { ANALYSIS, DETAIL } from '../../../test/support/viewData';
import { headlineText } from '../../present/headline';
import { translator } from '../../present/i18n';

describe('Summary', () => {
  it('says what happened, who asked and who was killed', () => {
    render(<Summary detail={DETAIL} />);
    const summary = screen.getByTestId('summary');
    expect(summary).toHaveTextContent(headlineText(translator('en'), ANALYSIS.headline));
    expect(summary).toHaveTextContent('Global OOM');
    expect(within(summary).getAllByText('doxygen (pid 473206)')).toHaveLength(2);
    expect(summary).toHaveTextContent('order 0 = 4 KiB');
  });

  it('says which figure the headline quotes: the resident total and its parts', () => {
    render(<Summary detail={DETAIL} />);
    const v = DETAIL.event.victim!;
    const text = screen.getByTestId('summary').textContent!;
    expect(text).toMatch(/\d[\d.]* (KiB|MiB|GiB) resident: [\d.]+ (KiB|MiB|GiB) anonymous/);
    expect(text).toContain('(the kill line’s anon-rss, file-rss and shmem-rss)');
    expect(v.anonRssKb).not.toBeNull();
  });

  it('lists the top findings, each linking to its evidence lines', () => {
    const jump = vi.fn();
    render(
      <LineJumpContext.Provider value={jump}>
        <Summary detail={DETAIL} topFindings={2} />
      </LineJumpContext.Provider>,
    );
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('finding'))).toHaveLength(2);
    fireEvent.click(screen.getAllByText('L43')[0]);
    // Every usable zone is evidence: Normal short (43), DMA and DMA32 fenced by their reserves (39–42).
    expect(jump).toHaveBeenCalledWith(43, [39, 40, 41, 42, 43]);
  });

  it('counts the rest of the cgroup a memory.oom.group kill took with the victim', () => {
    const victim = DETAIL.event.victim!;
    const member = { ...victim, pid: 473300, comm: 'cc1plus', line: 60 };
    const oomGroup = { path: '/user.slice/build.scope', line: 58, killed: [victim, member] };
    render(<Summary detail={{ ...DETAIL, event: { ...DETAIL.event, oomGroup } }} />);
    expect(screen.getByTestId('summary')).toHaveTextContent('then 1 more task of its cgroup (memory.oom.group)');
  });

  it('says so when nothing was killed', () => {
    const detail = { ...DETAIL, event: { ...DETAIL.event, victim: null, noKillable: true } };
    render(<Summary detail={detail} />);
    expect(screen.getByTestId('summary')).toHaveTextContent('nothing: no killable process');
  });
});

describe('Findings', () => {
  it('marks every finding with its id', () => {
    render(<Findings findings={ANALYSIS.findings} />);
    const ids = [...screen.getByTestId('findings').querySelectorAll('[data-finding]')].map((el) =>
      el.getAttribute('data-finding'),
    );
    expect(ids).toEqual(['zone-below-min', 'swap-exhausted', 'one-process-dominates', 'rss-is-pages']);
  });

  it('says when there are none', () => {
    render(<Findings findings={[]} />);
    expect(screen.getByTestId('findings')).toHaveTextContent('No findings');
  });
});
