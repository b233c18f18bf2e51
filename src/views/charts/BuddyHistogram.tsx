/**
 * Buddy-order histograms: free blocks per order for each zone, as counts or bytes. The kernel prints
 * which migrate types had free blocks at an order (letters), not how many of each, so types are shown
 * as presence per order rather than invented stack heights.
 */
import { memo, useRef, useState } from 'react';
import type { BuddyRow } from '../../parse/model';
import { formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { OrderTable } from './BuddyOrderTable';
import { OrderChart, type Measure, type Scale } from './OrderChart';
import { orderData } from './orderData';
import { LineLink } from '../source/LineLink';
import { ChartExport } from '../export/ChartExport';
import { countRender } from '../app/renderProbe';

export { logTicks } from './svg/scale';

function ZoneHistogram({
  row,
  measure,
  scale,
  requestedOrder,
  kernelVersion,
}: {
  row: BuddyRow;
  measure: Measure;
  scale: Scale;
  requestedOrder: number | null;
  kernelVersion: string | null;
}) {
  const t = useT();
  const data = orderData(row);
  const largest = data.reduce((max, d) => (d.blocks > 0 ? d.orderNumber : max), -1);
  const largestParam = largest < 0 ? 'none' : String(largest);
  const orders = data
    .map((d) => t('buddy.labelOrder', { order: d.order, blocks: d.blocks }))
    .join(t('findings.separator'));
  const label = t('buddy.label', { node: row.node, zone: row.zone, orders, largest: largestParam });
  const name = t('watermarks.zone', { node: row.node, zone: row.zone });
  return (
    <li data-zone={`${row.node}:${row.zone}`} className="buddy-zone">
      <div className="zone-head">
        <strong>{name}</strong>{' '}
        <span className="muted small">
          {t('buddy.zoneFacts', { total: row.totalKb != null ? formatKb(row.totalKb) : '—', largest: largestParam })}
        </span>{' '}
        <LineLink line={row.line} />
      </div>
      {data.length === 0 ? (
        <p className="muted small" data-testid="buddy-empty">
          {t('buddy.empty')}
        </p>
      ) : (
        <>
          <OrderChart
            {...{ data, label, measure, scale, requestedOrder, kernelVersion }}
            blockKb={row.blockKb}
            title={name}
          />
          <OrderTable data={data} row={row} requestedOrder={requestedOrder} kernelVersion={kernelVersion} />
        </>
      )}
    </li>
  );
}

function BuddyHistogram({
  buddy,
  requestedOrder,
  kernelVersion = null,
}: {
  buddy: BuddyRow[];
  requestedOrder: number | null;
  /** Migrate-type letters depend on the era (R before 4.4, H from 4.4). */
  kernelVersion?: string | null;
}) {
  countRender('BuddyHistogram');
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const [measure, setMeasure] = useState<Measure>('count');
  // Log by default: a single free block at a high order is what decides an order-n request, and on a
  // linear axis it is invisible next to thousands of order-0 pages.
  const [scale, setScale] = useState<Scale>('log');
  return (
    <section className="panel" data-testid="buddy-histogram" aria-labelledby="buddy-h" ref={panel}>
      <div className="panel-head">
        <h2 id="buddy-h">{t('buddy.title')}</h2>
        {buddy.length ? (
          <div className="toolbar">
            <div className="segmented" role="group" aria-label={t('buddy.measure')}>
              {(['count', 'bytes'] as const).map((m) => (
                <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
                  {t(m === 'count' ? 'buddy.blocks' : 'buddy.bytes')}
                </button>
              ))}
            </div>
            <div className="segmented" role="group" aria-label={t('buddy.scale')}>
              {(['log', 'linear'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={scale === v} onClick={() => setScale(v)}>
                  {t(v === 'log' ? 'buddy.log' : 'buddy.linear')}
                </button>
              ))}
            </div>
            <ChartExport panel={panel} heading={t('buddy.title')} what="buddy" />
          </div>
        ) : null}
      </div>
      {buddy.length === 0 ? (
        <p className="muted">{t('buddy.none')}</p>
      ) : (
        <>
          <p className="muted small">
            {t('buddy.intro', { order: requestedOrder ?? '', has_order: requestedOrder != null ? '1' : '0' })}
          </p>
          <ul className="buddy-list">
            {buddy.map((row) => (
              <ZoneHistogram
                key={`${row.node}:${row.zone}:${row.line}`}
                row={row}
                measure={measure}
                scale={scale}
                requestedOrder={requestedOrder}
                kernelVersion={kernelVersion}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoBuddyHistogram = memo(BuddyHistogram);
export { MemoBuddyHistogram as BuddyHistogram };
