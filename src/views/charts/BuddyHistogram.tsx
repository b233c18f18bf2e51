/**
 * Buddy-order histograms: free blocks per order for each zone, as counts or bytes. The kernel prints
 * which migrate types had free blocks at an order (letters), not how many of each, so types are shown
 * as presence per order rather than invented stack heights.
 */
import { memo, useState } from 'react';
import { Bar, BarChart, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BuddyRow } from '../../parse/model';
import { formatInt, formatKb } from '../../present/units';
import { OrderTable } from './BuddyOrderTable';
import { orderData, type OrderDatum } from './orderData';
import { migrateTypeName } from '../../kernel/migrate';
import { LineLink } from '../source/LineLink';
import { countRender } from '../app/renderProbe';
import { Staged } from '../common/Staged';

type Measure = 'count' | 'bytes';
type Scale = 'linear' | 'log';

interface TickProps {
  x: number | string;
  y: number | string;
  payload: { value: string | number };
}

/** The order under each bar, and beneath it the migrate-type letters the kernel printed for that order. */
function OrderTick({ x, y, payload, types }: TickProps & { types: string }) {
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy={12} textAnchor="middle" fontSize={11} fill="var(--muted)">
        {payload.value}
      </text>
      {types ? (
        <text dy={25} textAnchor="middle" fontSize={9} fill="var(--muted)" fontFamily="var(--mono)">
          {types}
        </text>
      ) : null}
    </g>
  );
}

/** 0, 1, 10, 100, … up to the largest value: readable ticks on a symlog axis. */
export function logTicks(max: number): number[] {
  const ticks = [0];
  for (let t = 1; t <= Math.max(max, 1); t *= 10) ticks.push(t);
  return ticks;
}

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
  const data = orderData(row);
  const largest = data.reduce((max, d) => (d.blocks > 0 ? d.orderNumber : max), -1);
  const label = `Node ${row.node} ${row.zone}: ${data.map((d) => `order ${d.order} ${formatInt(d.blocks)} blocks`).join(', ')}. Largest free order ${largest}.`;
  return (
    <li data-zone={`${row.node}:${row.zone}`} className="buddy-zone">
      <div className="zone-head">
        <strong>
          Node {row.node} {row.zone}
        </strong>{' '}
        <span className="muted small">
          total {row.totalKb != null ? formatKb(row.totalKb) : '—'}, largest free order {largest < 0 ? 'none' : largest}
        </span>{' '}
        <LineLink line={row.line} />
      </div>
      {data.length === 0 ? (
        <p className="muted small" data-testid="buddy-empty">
          No free lists: the kernel printed this zone as <code>empty</code> (it has no pages).
        </p>
      ) : (
        <Staged version={row} minHeight={166} label="buddy chart">
          <ZoneChart {...{ data, row, label, measure, scale, requestedOrder, kernelVersion }} />
        </Staged>
      )}
    </li>
  );
}

/** The bars of one zone (and its numbers as a table below them). */
function ZoneChart({
  data,
  row,
  label,
  measure,
  scale,
  requestedOrder,
  kernelVersion,
}: {
  data: OrderDatum[];
  row: BuddyRow;
  label: string;
  measure: Measure;
  scale: Scale;
  requestedOrder: number | null;
  kernelVersion: string | null;
}) {
  const key = measure === 'count' ? 'blocks' : 'kb';
  return (
    <>
      <div role="img" aria-label={label}>
        <BarChart
          data={data}
          responsive
          style={{ width: '100%', height: 166 }}
          margin={{ top: 18, right: 8, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <XAxis
            dataKey="order"
            height={34}
            interval={0}
            tick={(props: TickProps) => <OrderTick {...props} types={data[Number(props.payload.value)]?.types ?? ''} />}
            stroke="var(--border)"
          />
          <YAxis
            width={56}
            allowDecimals={false}
            scale={scale === 'log' ? 'symlog' : 'linear'}
            ticks={scale === 'log' ? logTicks(Math.max(...data.map((d) => d[key]))) : undefined}
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
            stroke="var(--border)"
            tickFormatter={(v: number) => (measure === 'bytes' ? formatKb(v) : formatInt(v))}
          />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }}
            labelFormatter={(l) => `order ${String(l)} (${formatKb(row.blockKb[Number(l)] ?? 0)} blocks)`}
            formatter={(_v, _n, item) => {
              const d = item.payload as OrderDatum;
              const types = d.types
                ? ` — ${[...d.types].map((t) => migrateTypeName(t, kernelVersion)).join(', ')}`
                : '';
              return [`${formatInt(d.blocks)} blocks = ${formatKb(d.kb)}${types}`, 'free'];
            }}
          />
          <Bar dataKey={key} isAnimationActive={false}>
            {data.map((d) => (
              <Cell
                key={d.order}
                fill={requestedOrder != null && d.orderNumber >= requestedOrder ? 'var(--accent)' : 'var(--bar-muted)'}
              />
            ))}
          </Bar>
          {requestedOrder != null && requestedOrder >= 0 ? (
            <ReferenceLine
              x={String(requestedOrder)}
              stroke="var(--bad)"
              strokeDasharray="4 2"
              label={{ value: 'requested', position: 'top', fontSize: 10, fill: 'var(--muted)' }}
            />
          ) : null}
        </BarChart>
      </div>
      <OrderTable data={data} row={row} requestedOrder={requestedOrder} kernelVersion={kernelVersion} />
    </>
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
  const [measure, setMeasure] = useState<Measure>('count');
  // Log by default: a single free block at a high order is what decides an order-n request, and on a
  // linear axis it is invisible next to thousands of order-0 pages.
  const [scale, setScale] = useState<Scale>('log');
  return (
    <section className="panel" data-testid="buddy-histogram" aria-labelledby="buddy-h">
      <div className="panel-head">
        <h2 id="buddy-h">Free blocks per order</h2>
        {buddy.length ? (
          <div className="toolbar">
            <div className="segmented" role="group" aria-label="Measure">
              {(['count', 'bytes'] as const).map((m) => (
                <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
                  {m === 'count' ? 'Blocks' : 'Bytes'}
                </button>
              ))}
            </div>
            <div className="segmented" role="group" aria-label="Axis scale">
              {(['log', 'linear'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={scale === v} onClick={() => setScale(v)}>
                  {v === 'log' ? 'Log scale' : 'Linear'}
                </button>
              ))}
            </div>
          </div>
        ) : null}
      </div>
      {buddy.length === 0 ? (
        <p className="muted">This report has no buddy (free list) lines.</p>
      ) : (
        <>
          <p className="muted small">
            An order-<em>n</em> request needs one free block of order <em>n</em> or larger. Highlighted bars are orders
            that could serve this request
            {requestedOrder != null ? ` (order ${requestedOrder})` : ''}. Letters under an order are the migrate types
            that had free blocks there, as the kernel printed them (U unmovable, M movable, E reclaimable, H
            high-atomic, C CMA, R reserve); it does not print how many of each.
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
