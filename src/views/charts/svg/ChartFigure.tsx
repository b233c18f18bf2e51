/**
 * One chart: a single focus stop named by its text alternative (role="img"), holding an SVG that neither
 * screen readers nor the Tab key go into. `title` names the chart in an exported picture.
 */
import type { ReactNode } from 'react';
import { useWidth } from './useWidth';

export function ChartFigure({
  label,
  title,
  height,
  className,
  children,
}: {
  /** The text alternative: every number the chart shows, in words. */
  label: string;
  /** A short name for the exported picture ("Node 0 Normal"). */
  title: string;
  height: number;
  className?: string;
  /** Draws the chart for the measured width. */
  children: (width: number) => ReactNode;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className={className ? `chart ${className}` : 'chart'}
      role="img"
      aria-label={label}
      tabIndex={0}
      data-chart-title={title}
    >
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {children(width)}
      </svg>
    </div>
  );
}

/** A value axis along the bottom (horizontal charts) with tick labels. */
export function BottomAxis({
  ticks,
  x,
  y,
  from,
  to,
  format,
}: {
  ticks: number[];
  x: (v: number) => number;
  y: number;
  from: number;
  to: number;
  format: (v: number) => string;
}) {
  return (
    <g className="axis">
      <line x1={from} x2={to} y1={y} y2={y} className="axis-line" />
      {ticks.map((v, i) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={y} y2={y + 4} className="axis-line" />
          <text
            x={x(v)}
            y={y + 15}
            className="axis-label"
            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}
