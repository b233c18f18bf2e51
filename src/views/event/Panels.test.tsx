import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemcgInfo } from '../../parse/model';
import { GfpFlags } from './GfpFlags';
import { KernelCard } from './KernelCard';
import { MemcgPanel } from './MemcgPanel';
import { MemInfoView } from './MemInfoView';
import { SourceView } from '../source/SourceView';
import { ANALYSIS, DETAIL, EVENT, GFP } from '../../../test/support/viewData';
import { withFixedClientSize } from '../../../test/support/jsdomLayout';

withFixedClientSize();

describe('GfpFlags', () => {
  it('shows each flag as a chip keyed by its exact name, with meaning and table pick', () => {
    render(<GfpFlags gfp={GFP} trigger={EVENT.trigger} pageSizeKb={4} />);
    const panel = screen.getByTestId('gfp-flags');
    expect([...panel.querySelectorAll('[data-flag]')].map((c) => c.getAttribute('data-flag'))).toEqual([
      'GFP_HIGHUSER_MOVABLE',
      '__GFP_COMP',
      '__GFP_ZERO',
    ]);
    expect(panel.querySelector('[data-flag="GFP_HIGHUSER_MOVABLE"]')).toHaveTextContent('composite');
    expect(panel).toHaveTextContent('Target zoneMovable');
    expect(panel).toHaveTextContent(
      '5.18-6.2 (exact version match: from 6.1.1-arch1-1: upstream 6.1 → table 5.18-6.2)',
    );
    expect(panel.querySelector('[data-flag="__GFP_ZERO"]')).toHaveTextContent('Return zero-filled memory.');
    expect(panel).toHaveTextContent('order 0 = 1 page = 4 KiB');
  });

  it('shows a decode mismatch and costly orders', () => {
    render(
      <GfpFlags
        gfp={{ ...GFP, mismatch: 'differs' }}
        trigger={{ ...EVENT.trigger!, order: 4, gfpPrinted: '(__GFP_X)' }}
        pageSizeKb={4}
      />,
    );
    expect(screen.getByTestId('gfp-flags')).toHaveTextContent(
      `The kernel printed __GFP_X; table ${GFP.pick.tableId} decodes 0x140dca as GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO.`,
    );
    expect(screen.getByTestId('gfp-flags')).toHaveTextContent('16 pages = 64 KiB — a costly order');
  });

  it('says when there is no mask', () => {
    render(<GfpFlags gfp={null} trigger={null} pageSizeKb={null} />);
    expect(screen.getByTestId('gfp-flags')).toHaveTextContent('no gfp_mask');
  });
});

const MEMCG: MemcgInfo = {
  path: '/leaker',
  taskPath: '/leaker',
  memory: { usageKb: 524288, limitKb: 524288, failcnt: 158965, line: 22 },
  memsw: { usageKb: 0, limitKb: 9007199254740988, failcnt: 0, line: 23 },
  swap: null,
  kmem: null,
  statsPath: '/leaker',
  stats: { cache: 844, rss: 521136, dirty: 132, shmem: 0 },
  statsUnit: 'kB',
  statsLine: 25,
  children: [],
  line: 21,
};

describe('MemcgPanel', () => {
  it('shows usage against the limit, unlimited counters without a bar, and the largest stats', () => {
    render(<MemcgPanel memcg={MEMCG} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(/memory 100% \(512 MiB used of 512 MiB, hit the limit 158,965 times\)/);
    // One bar: memory+swap has no limit, so nothing to draw it against.
    expect(chart.querySelectorAll('rect.bar')).toHaveLength(1);
    expect(chart.querySelector('[data-counter="memory"] rect.bar')).toHaveClass('bar-bad');
    expect(screen.getByTestId('memcg')).toHaveTextContent('memory+swap 0 KiB used of no limit');
    const stats = [...screen.getByTestId('memcg').querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(stats).toEqual(['rss', 'cache', 'dirty']);
  });

  it('lists the cgroups below the limited one (v1), largest first', () => {
    const children = [
      { path: '/leaker/small', stats: { rss: 4, cache: 0 }, line: 26 },
      { path: '/leaker/big', stats: { rss: 500000, cache: 844 }, line: 27 },
    ];
    render(<MemcgPanel memcg={{ ...MEMCG, children }} />);
    const rows = [...screen.getByTestId('memcg-children').querySelectorAll('tbody th code')].map((c) => c.textContent);
    expect(rows).toEqual(['/leaker/big', '/leaker/small']);
    expect(screen.getByTestId('memcg')).toHaveTextContent('Cgroups below it (2)');
  });

  it('converts v2 byte stats to sizes', () => {
    render(<MemcgPanel memcg={{ ...MEMCG, stats: { file: 610512896 }, statsUnit: 'bytes' }} />);
    expect(screen.getByTestId('memcg')).toHaveTextContent('582.2 MiB');
  });
});

describe('MemInfoView', () => {
  it('lists what RAM held with shares, swap and page counts', () => {
    render(<MemInfoView accounting={ANALYSIS.accounting} summary={EVENT.summary} />);
    const panel = screen.getByTestId('meminfo');
    expect(panel.querySelector('[data-item="anon"]')).toHaveTextContent('11.1 GiB');
    expect(panel).toHaveTextContent('24 GiB used of 24 GiB (84 KiB free)');
    expect(panel).toHaveTextContent('4,115,400 pages RAM');
    expect(screen.getByRole('img')).toHaveAccessibleName(/Anonymous \(process memory, incl\. shmem\) 11\.1 GiB/);
  });

  it('copes without Mem-Info', () => {
    render(<MemInfoView accounting={null} summary={{ ...EVENT.summary, ramPages: null }} />);
    expect(screen.getByTestId('meminfo')).toHaveTextContent('no Mem-Info block');
  });
});

describe('KernelCard', () => {
  it('shows the kernel and picks out the allocation path', () => {
    render(<KernelCard kernel={EVENT.kernel} cpuset={null} callTrace={EVENT.callTrace} />);
    const card = screen.getByTestId('kernel');
    expect(card).toHaveTextContent('6.1.1-arch1-1');
    // The Arch 6.1 trace: the page fault below the allocator starts with __handle_mm_fault.
    expect(card.querySelector('[data-role="caller"]')).toHaveTextContent('__handle_mm_fault');
    expect(card.querySelectorAll('[data-role="alloc"]')).toHaveLength(4);
  });
});

describe('SourceView', () => {
  it('shows raw lines and marks the highlighted one', () => {
    render(<SourceView source={DETAIL.source} highlight={3} />);
    const current = screen.getByTestId('source').querySelector('[aria-current="true"]');
    expect(current).toHaveAttribute('data-line', '3');
    expect(screen.getByTestId('source')).toHaveTextContent('doxygen invoked oom-killer');
  });

  it('marks the other lines of the same evidence more lightly', () => {
    render(<SourceView source={DETAIL.source} highlight={3} marked={[2, 3, 5]} />);
    const marked = [...screen.getByTestId('source').querySelectorAll('.src-marked')].map((el) =>
      el.getAttribute('data-line'),
    );
    expect(marked).toEqual(['2', '5']);
  });
});
