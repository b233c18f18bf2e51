/**
 * One zone's buddy histogram as SVG: a bar per order (block count or bytes, linear or symlog axis), the
 * migrate-type letters under each order, and the requested order marked. Bars that could serve the request
 * are highlighted.
 */
import { formatInt, formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { ChartFigure } from './svg/ChartFigure';
import { countTicks, logTicks, scaleOf, sizeTicks } from './svg/scale';
import { migrateTypeNames } from './migrateNames';
import type { OrderDatum } from './orderData';

export type Measure = 'count' | 'bytes';
export type Scale = 'linear' | 'log';

const HEIGHT = 170;
const TOP = 18;
const LEFT = 58;
const RIGHT = 8;
const BOTTOM = 36;

export function OrderChart({
  data,
  blockKb,
  label,
  title,
  measure,
  scale,
  requestedOrder,
  kernelVersion,
}: {
  data: OrderDatum[];
  blockKb: number[];
  label: string;
  title: string;
  measure: Measure;
  scale: Scale;
  requestedOrder: number | null;
  kernelVersion: string | null;
}) {
  const t = useT();
  const value = (d: OrderDatum) => (measure === 'count' ? d.blocks : d.kb);
  const largest = Math.max(0, ...data.map(value));
  const ticks =
    scale === 'log' ? logTicks(largest) : measure === 'bytes' ? sizeTicks(largest || 1) : countTicks(largest || 1);
  // The log axis ends at the power of ten above the largest bar, so the tallest bar does not hit the top.
  if (scale === 'log' && ticks[ticks.length - 1] < largest) ticks.push(ticks[ticks.length - 1] * 10);
  const top = Math.max(largest, ticks[ticks.length - 1]);
  const format = (v: number) => (measure === 'bytes' ? formatKb(v) : formatInt(v));
  const bottom = HEIGHT - BOTTOM;
  return (
    <ChartFigure label={label} title={title} height={HEIGHT} className="order-chart">
      {(width) => {
        const y = scaleOf(top, bottom, TOP, scale === 'log');
        const band = (width - LEFT - RIGHT) / Math.max(1, data.length);
        const centre = (i: number) => LEFT + band * (i + 0.5);
        return (
          <>
            <g className="axis">
              <line x1={LEFT} x2={LEFT} y1={TOP} y2={bottom} className="axis-line" />
              <line x1={LEFT} x2={width - RIGHT} y1={bottom} y2={bottom} className="axis-line" />
              {ticks.map((v) => (
                <g key={v}>
                  <line x1={LEFT - 4} x2={LEFT} y1={y(v)} y2={y(v)} className="axis-line" />
                  <text x={LEFT - 6} y={y(v) + 4} className="axis-label" textAnchor="end">
                    {format(v)}
                  </text>
                </g>
              ))}
            </g>
            {data.map((d, i) => {
              const v = value(d);
              const serves = requestedOrder != null && d.orderNumber >= requestedOrder;
              const types = migrateTypeNames(t, d.types, kernelVersion);
              return (
                <g key={d.order} data-order={d.order}>
                  {v > 0 ? (
                    <rect
                      className={serves ? 'bar bar-accent' : 'bar bar-muted'}
                      data-value={v}
                      x={centre(i) - band * 0.4}
                      width={band * 0.8}
                      y={y(v)}
                      height={Math.max(1, bottom - y(v))}
                    >
                      <title>
                        {t('buddy.barTitle', {
                          order: d.order,
                          block: formatKb(blockKb[d.orderNumber] ?? 0),
                          blocks: d.blocks,
                          size: formatKb(d.kb),
                          types,
                          has_types: d.types ? '1' : '0',
                        })}
                      </title>
                    </rect>
                  ) : null}
                  <text x={centre(i)} y={bottom + 13} className="axis-label" textAnchor="middle">
                    {d.order}
                  </text>
                  {d.types ? (
                    <text x={centre(i)} y={bottom + 26} className="axis-label types" textAnchor="middle">
                      {d.types}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {requestedOrder != null && requestedOrder >= 0 && requestedOrder < data.length ? (
              <g className="marker wm-reserve">
                <line x1={centre(requestedOrder)} x2={centre(requestedOrder)} y1={TOP - 2} y2={bottom} />
                <text x={centre(requestedOrder)} y={TOP - 6} className="marker-label" textAnchor="middle">
                  {t('buddy.requested')}
                </text>
              </g>
            ) : null}
          </>
        );
      }}
    </ChartFigure>
  );
}
