import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../worker/protocol';
import { EMPTY_OVERVIEW, foundOf } from '../../../test/support/parseSummary';
import { withFixedClientSize } from '../../../test/support/jsdomLayout';
import { SUMMARIES } from '../../../test/support/viewData';
import { EventsPanel } from './EventsPanel';
import { useEventBrowser } from './useEventBrowser';

withFixedClientSize();

const FOUND = foundOf(SUMMARIES);
const FILES = [{ name: 'journal', lines: 300, bytes: 100, events: 3, yearless: false, boots: [] }];
const OVERVIEW: Overview = {
  ...EMPTY_OVERVIEW,
  events: 3,
  kills: 3,
  victims: [{ name: 'doxygen', kills: 1, freedKb: 0 }],
};

function Panel({ count, parsing, overview }: { count: number; parsing: boolean; overview: Overview | null }) {
  const found = FOUND.slice(0, count);
  const browser = useEventBrowser({
    events: found.map((f) => f.summary),
    places: found.map((f) => f.place),
    failureMarks: [],
    files: FILES,
  });
  return <EventsPanel browser={browser} overview={overview} selected={0} onSelect={() => {}} parsing={parsing} />;
}

const body = () => document.querySelector('.events-body')!;

describe('EventsPanel', () => {
  it('keeps the overview’s column from the second event on, so the list does not change width when the read ends', () => {
    const { rerender } = render(<Panel count={1} parsing overview={null} />);
    expect(body()).not.toHaveClass('with-overview');
    expect(screen.queryByTestId('overview-later')).toBeNull();

    rerender(<Panel count={2} parsing overview={null} />);
    expect(body()).toHaveClass('with-overview');
    expect(screen.getByTestId('overview-later')).toHaveTextContent('Across the file');

    rerender(<Panel count={3} parsing={false} overview={OVERVIEW} />);
    expect(body()).toHaveClass('with-overview');
    expect(screen.queryByTestId('overview-later')).toBeNull();
    expect(screen.getByTestId('overview')).toHaveTextContent('doxygen');
  });

  it('has no overview column for one event, nor after a read that ended without one (cancelled)', () => {
    const { rerender } = render(<Panel count={1} parsing={false} overview={OVERVIEW} />);
    expect(body()).not.toHaveClass('with-overview');
    rerender(<Panel count={3} parsing={false} overview={null} />);
    expect(body()).not.toHaveClass('with-overview');
    expect(screen.queryByTestId('overview-later')).toBeNull();
  });
});
