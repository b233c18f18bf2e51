/**
 * One zone's watermark bar, drawn as SVG: free memory against min/low/high and, when it applies to this
 * request, min+lowmem_reserve; a failing zone's bar is red. One focus stop named by the zone's description.
 */
import type { ZoneCheck } from '../../analyze/types';
import type { Zone } from '../../parse/model';
import { formatKb } from '../../present/units';
import { ChartFigure, BottomAxis } from './svg/ChartFigure';
import { scaleOf, sizeTicks } from './svg/scale';

export interface Marker {
  name: string;
  x: number;
  cls: string;
  /** null when a neighbouring line already carries a (merged) label. */
  label: string | null;
}

/**
 * The watermark lines; labels closer than 8% of the axis to the previous one are merged into it
 * ("min/low/high") so tiny zones like DMA stay readable. The names are the kernel's own.
 */
export function markers(min: number, low: number, high: number, floor: number | null, max: number): Marker[] {
  const lines: Marker[] = [
    { name: 'min', x: min, cls: 'wm-min', label: 'min' },
    { name: 'low', x: low, cls: 'wm-low', label: 'low' },
    { name: 'high', x: high, cls: 'wm-high', label: 'high' },
  ];
  if (floor != null) lines.push({ name: 'min+reserve', x: floor, cls: 'wm-reserve', label: 'min+reserve' });
  lines.sort((a, b) => a.x - b.x);
  let anchor: Marker | null = null;
  for (const line of lines) {
    if (anchor && (line.x - anchor.x) / max < 0.08) {
      anchor.label = `${anchor.label}/${line.name}`;
      line.label = null;
    } else anchor = line;
  }
  return lines;
}

const HEIGHT = 64;
/** Labels near an edge grow inwards, so "min/low/high" at 0 is not cut off. */
const anchor = (x: number, width: number) => (x < 40 ? 'start' : x > width - 40 ? 'end' : 'middle');
const LEFT = 8;
const RIGHT = 12;
const BAR_Y = 16;
const BAR_H = 18;

export function ZoneBar({
  zone: z,
  check,
  label,
  title,
  scaleKb,
}: {
  /** Draw against at least this many kB (a comparison puts two events' same zone on one scale). */
  scaleKb?: number;
  zone: Zone;
  check: ZoneCheck | null;
  /** The zone in words (its text alternative and tooltip). */
  label: string;
  title: string;
}) {
  const reserve = check?.reserveKb ?? 0;
  // The line the zone must clear: the era's watermark (after any discount) plus the reserve.
  const floor = check ? check.needKb : z.minKb;
  const ticks = sizeTicks(Math.max(z.freeKb, z.highKb, floor, scaleKb ?? 1, 1) * 1.04, 4);
  const max = ticks[ticks.length - 1];
  const failing = check != null && check.usable && check.passes === false && check.state !== 'fenced';
  return (
    <ChartFigure label={label} title={title} height={HEIGHT} className="zone-chart">
      {(width) => {
        const x = scaleOf(max, LEFT, width - RIGHT);
        const lines = markers(z.minKb, z.lowKb, z.highKb, reserve > 0 ? floor : null, max);
        return (
          <>
            <rect
              className={failing ? 'bar bar-bad' : 'bar bar-good'}
              data-value={z.freeKb}
              x={LEFT}
              y={BAR_Y}
              width={Math.max(0, x(z.freeKb) - LEFT)}
              height={BAR_H}
            >
              <title>{label}</title>
            </rect>
            {lines.map((m) => (
              <g key={m.name} className={`marker ${m.cls}`}>
                <line x1={x(m.x)} x2={x(m.x)} y1={BAR_Y - 4} y2={BAR_Y + BAR_H + 4} />
                {m.label ? (
                  <text x={x(m.x)} y={BAR_Y - 6} className="marker-label" textAnchor={anchor(x(m.x), width)}>
                    {m.label}
                  </text>
                ) : null}
              </g>
            ))}
            <BottomAxis
              ticks={ticks}
              x={x}
              y={BAR_Y + BAR_H + 8}
              from={LEFT}
              to={width - RIGHT}
              format={(v) => formatKb(v)}
            />
          </>
        );
      }}
    </ChartFigure>
  );
}
