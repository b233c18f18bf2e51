/**
 * The timeline's frame, drawn by Recharts: the time axis, the lanes, reboots as dashed lines and breaks between
 * boots as shaded gaps. The dots themselves are drawn on a canvas laid exactly over Recharts' plot area
 * (DotsCanvas.tsx): Recharts renders a React component and store entry per point, which for even a few
 * hundred points costs more than a frame on a slow machine, while the canvas redraws thousands in a few ms.
 * Recharts gets no data and no graphical item at all: both axes take their domain as given
 * (`allowDataOverflow`), which is all it needs to draw the frame. (An invisible Scatter of the view's corners
 * used to stand in for data; dropping it kept every pixel and took Recharts' Scatter, curves and symbols,
 * 12 kB gzip, out of the offline file.) Both axes bring their own ticks and say `niceTicks="none"`: the build
 * leaves out the decimal arithmetic Recharts computes nice ticks with (timeline/decimalSubset.ts).
 * Recharts' own keyboard layer is off: the timeline is one focus stop (Timeline.tsx handles keys).
 */
import { memo, useEffect, useMemo } from 'react';
import { ReferenceArea, ReferenceLine, ScatterChart, XAxis, YAxis, usePlotArea } from 'recharts';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tells the parent where the plot lies in the chart (pixels): the canvas of dots covers exactly that. */
function PlotAreaProbe({ onArea }: { onArea: (area: PlotArea) => void }) {
  const area = usePlotArea();
  const { x, y, width, height } = area ?? {};
  useEffect(() => {
    if (x !== undefined && y !== undefined && width !== undefined && height !== undefined)
      onArea({ x, y, width, height });
  }, [x, y, width, height, onArea]);
  return null;
}

export interface TimelineChartProps {
  laneLabels: string[];
  view: readonly [number, number];
  ticks: number[];
  tickLabel: (x: number) => string;
  reboots: number[];
  rebootLabel: string;
  gaps: [number, number][];
  height: number;
  onArea: (area: PlotArea) => void;
}

// Props Recharts receives are kept identical between renders where nothing changed: a new object for a
// setting makes Recharts re-register it in its store, and every chart part re-renders.
const MARGIN = { top: 14, right: 16, bottom: 4, left: 4 };
const TICK = { fontSize: 11, fill: 'var(--muted)' };
const REBOOT_LABEL = { position: 'top', fontSize: 10, fill: 'var(--muted)' } as const;

/** The frame: axes, lanes, reboots and breaks. It re-renders only when the view or the lanes change. */
function TimelineChart(p: TimelineChartProps) {
  const { view, laneLabels, height } = p;
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const xDomain = useMemo(() => [view[0], view[1]], [view]);
  const lanes = laneLabels.length;
  const yDomain = useMemo(() => [-0.5, Math.max(0.5, lanes - 0.5)], [lanes]);
  const yTicks = useMemo(() => laneLabels.map((_, i) => i), [laneLabels]);
  const yLabel = useMemo(() => (i: number) => laneLabels[i] ?? '', [laneLabels]);
  const rebootLabel = useMemo(() => ({ ...REBOOT_LABEL, value: p.rebootLabel }), [p.rebootLabel]);
  return (
    <ScatterChart responsive style={style} margin={MARGIN} accessibilityLayer={false}>
      <PlotAreaProbe onArea={p.onArea} />
      <XAxis
        type="number"
        dataKey="x"
        domain={xDomain}
        allowDataOverflow
        ticks={p.ticks}
        niceTicks="none"
        interval={0}
        tickFormatter={p.tickLabel}
        tick={TICK}
        stroke="var(--border)"
        height={24}
      />
      <YAxis
        type="number"
        dataKey="lane"
        domain={yDomain}
        allowDataOverflow
        ticks={yTicks}
        niceTicks="none"
        tickFormatter={yLabel}
        reversed
        width={120}
        interval={0}
        tick={TICK}
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
          label={rebootLabel}
        />
      ))}
    </ScatterChart>
  );
}

const MemoTimelineChart = memo(TimelineChart);
export { MemoTimelineChart as TimelineChart };
