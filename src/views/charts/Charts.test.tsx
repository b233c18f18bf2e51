import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BuddyHistogram, logTicks } from './BuddyHistogram';
import { orderData } from './orderData';
import { ANALYSIS, EVENT } from '../../../test/support/viewData';
import { markers, ZoneWatermarks } from './ZoneWatermarks';

describe('ZoneWatermarks', () => {
  it('shows one bar per zone keyed node:zone, failing zones marked', () => {
    render(<ZoneWatermarks zones={EVENT.zones} checks={ANALYSIS.zoneChecks} />);
    const panel = screen.getByTestId('zone-watermarks');
    const zones = panel.querySelectorAll('[data-zone]');
    expect([...zones].map((z) => z.getAttribute('data-zone'))).toEqual(['0:DMA', '0:DMA32', '0:Normal']);
    expect(panel.querySelector('[data-zone="0:Normal"]')).toHaveAttribute('data-failing', 'true');
  });

  it('describes each chart in text and offers the numbers as a table', () => {
    render(<ZoneWatermarks zones={EVENT.zones} checks={ANALYSIS.zoneChecks} />);
    const img = screen.getByRole('img', { name: /Node 0 Normal: free 61,900 kB, min 61,948 kB/ });
    expect(img).toHaveAccessibleName(/high 88,820 kB; failing: below its watermark/);
    const table = screen.getByRole('table');
    expect(within(table).getByText('0:DMA32').closest('tr')).toHaveTextContent('49,872 kB');
    // The Arch log's Normal zone (its min includes a watermark boost, which the text may add).
    expect(screen.getByText(/^free 61,900 kB − request 4 kB = 61,896 kB < min 61,948 kB/)).toBeInTheDocument();
    // A lower zone its lowmem_reserve keeps from this request is not failing: that is the reserve's job.
    expect(screen.getByTestId('zone-watermarks').querySelector('[data-zone="0:DMA32"]')).toHaveAttribute(
      'data-failing',
      'false',
    );
    expect(within(table).getByText('0:DMA32').closest('tr')).toHaveTextContent('kept back by its lowmem_reserve');
  });

  it('says when the report has no zone lines', () => {
    render(<ZoneWatermarks zones={[]} checks={[]} />);
    expect(screen.getByTestId('zone-watermarks')).toHaveTextContent('no per-zone lines');
  });

  it('marks a usable zone that passed as fine and unchecked zones as such', () => {
    const checks = ANALYSIS.zoneChecks
      .map((c) => (c.zone === 'DMA32' ? { ...c, state: 'passes' as const, passes: true } : c))
      .filter((c) => c.zone !== 'DMA');
    render(<ZoneWatermarks zones={EVENT.zones} checks={checks} />);
    expect(screen.getByTestId('zone-watermarks').querySelector('[data-zone="0:DMA32"]')).toHaveAttribute(
      'data-failing',
      'false',
    );
    expect(screen.getByTestId('zone-watermarks').querySelector('[data-zone="0:DMA"]')).toHaveTextContent('not checked');
  });
});

describe('BuddyHistogram', () => {
  it('derives bytes per order from block size', () => {
    const data = orderData(EVENT.buddy.find((b) => b.zone === 'Normal')!);
    expect(data[0]).toMatchObject({ order: '0', blocks: 6676, kb: 26704, types: 'UME' });
    expect(data[10]).toMatchObject({ blocks: 0, kb: 0, types: '' });
  });

  it('shows one histogram per zone and marks the requested order in the table', () => {
    render(<BuddyHistogram buddy={EVENT.buddy} requestedOrder={3} />);
    const panel = screen.getByTestId('buddy-histogram');
    expect([...panel.querySelectorAll('[data-zone]')].map((z) => z.getAttribute('data-zone'))).toEqual([
      '0:DMA',
      '0:DMA32',
      '0:Normal',
    ]);
    const normal = panel.querySelector('[data-zone="0:Normal"]')!;
    expect(normal.querySelector('tr[data-order="3"]')).toHaveTextContent('3 (requested)');
    expect(normal.querySelector('tr[data-order="0"]')).toHaveTextContent('Unmovable, Movable, Reclaimable');
    expect(within(normal as HTMLElement).getByRole('img')).toHaveAccessibleName(/Largest free order 5/);
  });

  it('says so for a zone the kernel printed as `empty` (≤2.6.2x), instead of an empty chart', () => {
    const empty = { node: 0, zone: 'HighMem', freeBlocks: [], blockKb: [], migrateTypes: [], totalKb: 0, line: 24 };
    render(<BuddyHistogram buddy={[EVENT.buddy[0], empty]} requestedOrder={0} />);
    const zone = screen.getByTestId('buddy-histogram').querySelector('[data-zone="0:HighMem"]') as HTMLElement;
    expect(within(zone).getByTestId('buddy-empty')).toHaveTextContent('printed this zone as empty');
    expect(within(zone).queryByRole('img')).toBeNull();
    expect(zone).toHaveTextContent('largest free order none');
  });

  it('toggles between block counts and bytes', () => {
    render(<BuddyHistogram buddy={EVENT.buddy} requestedOrder={0} />);
    const bytes = screen.getByRole('button', { name: 'Bytes' });
    expect(bytes).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(bytes);
    expect(bytes).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Blocks' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('watermark markers', () => {
  it('merges labels of lines too close to read apart', () => {
    const m = markers(64, 80, 96, 62700, 67000);
    expect(m.map((x) => x.label)).toEqual(['min/low/high', null, null, 'min+reserve']);
  });

  it('keeps separate labels when the lines are apart', () => {
    expect(markers(61948, 75384, 88820, null, 96000).map((x) => x.label)).toEqual(['min', 'low', 'high']);
  });
});

describe('logTicks', () => {
  it('gives powers of ten up to the largest value', () => {
    expect(logTicks(6676)).toEqual([0, 1, 10, 100, 1000]);
    expect(logTicks(0)).toEqual([0, 1]);
  });
});
