/**
 * The timeline's drawing (Recharts): one scatter per event kind over lanes, dots sized by the memory their
 * victims held (area ∝ memory), reboots as dashed lines, breaks between boots as shaded gaps, and the range
 * being brushed. It draws the aggregated dots of dots.ts, so its SVG stays a few hundred nodes at most.
 * Recharts' own keyboard layer is off: the timeline is one focus stop (Timeline.tsx handles keys).
 */
import { memo, useEffect } from 'react';
import { ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, usePlotArea } from 'recharts';
import type { Dot } from './dots';
import { FAILURE } from './lanes';

export interface PlotArea {
  x: number;
  width: number;
}

export const KIND_COLOURS: Record<string, string> = {
  global: 'var(--c1)',
  memcg: 'var(--c2)',
  cpuset: 'var(--c4)',
  mempolicy: 'var(--c5)',
  sysrq: 'var(--c3)',
  fragment: 'var(--c8)',
  unknown: 'var(--c8)',
  [FAILURE]: 'var(--c6)',
};
const colourOf = (kind: string) => KIND_COLOURS[kind] ?? 'var(--c7)';

/** Tells the parent where the plot lies in the chart (pixels), to turn a drag into axis positions. */
function PlotAreaProbe({ onArea }: { onArea: (area: PlotArea) => void }) {
  const area = usePlotArea();
  const x = area?.x;
  const width = area?.width;
  useEffect(() => {
    if (x !== undefined && width !== undefined) onArea({ x, width });
  }, [x, width, onArea]);
  return null;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: TimelineDot;
}

function DotShape({ cx = 0, cy = 0, payload }: ShapeProps) {
  if (!payload) return null;
  const { r, failure, selected, kind, opacity } = payload;
  const fill = colourOf(kind);
  if (failure) {
    const s = r + 1;
    return <path d={`M${cx},${cy - s}L${cx + s},${cy + s}L${cx - s},${cy + s}Z`} fill={fill} fillOpacity={0.85} />;
  }
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      fill={fill}
      fillOpacity={opacity}
      stroke={selected ? 'var(--text)' : 'none'}
      strokeWidth={selected ? 2 : 1}
    />
  );
}

/** A dot as drawn: its radius (px), opacity (how many it stands for) and whether it holds the open event. */
export type TimelineDot = Dot & { r: number; opacity: number; selected: boolean };

export interface TimelineChartProps {
  dots: TimelineDot[];
  kinds: string[];
  laneLabels: string[];
  view: readonly [number, number];
  ticks: number[];
  tickLabel: (x: number) => string;
  reboots: number[];
  rebootLabel: string;
  gaps: [number, number][];
  brushing: readonly [number, number] | null;
  height: number;
  tooltip: (dot: Dot) => string[];
  onDot: (dot: Dot) => void;
  onArea: (area: PlotArea) => void;
}

function TimelineChart(p: TimelineChartProps) {
  return (
    <ScatterChart
      responsive
      style={{ width: '100%', height: p.height }}
      margin={{ top: 14, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <PlotAreaProbe onArea={p.onArea} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[p.view[0], p.view[1]]}
        allowDataOverflow
        ticks={p.ticks}
        tickFormatter={p.tickLabel}
        tick={{ fontSize: 11, fill: 'var(--muted)' }}
        stroke="var(--border)"
        height={24}
      />
      <YAxis
        type="number"
        dataKey="lane"
        domain={[-0.5, Math.max(0.5, p.laneLabels.length - 0.5)]}
        ticks={p.laneLabels.map((_, i) => i)}
        tickFormatter={(i: number) => p.laneLabels[i] ?? ''}
        reversed
        width={120}
        interval={0}
        tick={{ fontSize: 11, fill: 'var(--muted)' }}
        stroke="var(--border)"
      />
      {p.gaps.map(([a, b]) => (
        <ReferenceArea
          key={`gap${a}`}
          x1={a}
          x2={b}
          fill="var(--border)"
          fillOpacity={0.35}
          strokeOpacity={0}
          ifOverflow="hidden"
        />
      ))}
      {p.reboots.map((x) => (
        <ReferenceLine
          key={`reboot${x}`}
          x={x}
          stroke="var(--muted)"
          strokeDasharray="3 3"
          ifOverflow="hidden"
          label={{ value: p.rebootLabel, position: 'top', fontSize: 10, fill: 'var(--muted)' }}
        />
      ))}
      {p.kinds.map((kind) => (
        <Scatter
          key={kind}
          data={p.dots.filter((d) => d.kind === kind)}
          isAnimationActive={false}
          shape={DotShape}
          onClick={(item) => {
            const dot = (item as { payload?: Dot }).payload;
            if (dot) p.onDot(dot);
          }}
        />
      ))}
      {p.brushing ? (
        <ReferenceArea
          x1={p.brushing[0]}
          x2={p.brushing[1]}
          fill="var(--accent)"
          fillOpacity={0.15}
          stroke="var(--accent)"
        />
      ) : null}
      <Tooltip
        cursor={false}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const dot = active ? (payload?.[0]?.payload as Dot | undefined) : undefined;
          if (!dot) return null;
          return (
            <div className="timeline-tip">
              {p.tooltip(dot).map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </div>
          );
        }}
      />
    </ScatterChart>
  );
}

const MemoTimelineChart = memo(TimelineChart);
export { MemoTimelineChart as TimelineChart };
