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
import { memo, useMemo } from 'react';
import { useSettled } from '../common/Staged';
import {
  ReferenceArea,
  ReferenceLine,
  ScatterChart,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineChartProps {
  laneLabels: string[];
  view: readonly [number, number];
  ticks: number[];
  tickLabel: (x: number) => string;
  reboots: number[];
  rebootLabel: string;
  gaps: [number, number][];
  width: number;
  height: number;
}

// Props Recharts receives are kept identical between renders where nothing changed: a new object for a
// setting makes Recharts re-register it in its store, and every chart part re-renders.
const MARGIN = { top: 14, right: 16, bottom: 4, left: 4 };
const X_AXIS_HEIGHT = 24;
const Y_AXIS_WIDTH = 120;
const MARGIN_BEFORE_LANES = { ...MARGIN, left: MARGIN.left + Y_AXIS_WIDTH };

/**
 * Where Recharts puts the plot in a chart of this size: inside the margins, right of the lane axis and above
 * the time axis. The canvas of dots is laid over exactly this (a browser test holds the two together).
 */
export function plotAreaFor(width: number, height: number): PlotArea {
  const x = MARGIN.left + Y_AXIS_WIDTH;
  const y = MARGIN.top;
  return {
    x,
    y,
    width: Math.max(0, width - x - MARGIN.right),
    height: Math.max(0, height - y - MARGIN.bottom - X_AXIS_HEIGHT),
  };
}

/** Recharts' own Text shifts a line by this much for each vertical anchor (its cap height, 0.71em). */
const ANCHOR_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label as one plain `<text>`. Recharts' default, its Text component, lays out words for wrapping and
 * measures them (in the DOM, one string at a time) and runs a layout effect per tick; a label of a few words
 * that never wraps needs none of it, and the frame's first render was 90 ms of main-thread work with it.
 */
function plainTick(p: XAxisTickContentProps | YAxisTickContentProps) {
  return (
    <text
      x={p.x}
      y={p.y}
      dy={ANCHOR_DY[p.verticalAnchor]}
      textAnchor={p.textAnchor}
      fontSize={11}
      fill="var(--muted)"
      className={p.className}
    >
      {p.tickFormatter ? p.tickFormatter(p.payload.value, p.index) : p.payload.value}
    </text>
  );
}

/** The frame: axes, lanes, reboots and breaks. It re-renders only when the view or the lanes change. */
function TimelineChart(p: TimelineChartProps) {
  const { view, laneLabels, width, height } = p;
  const xDomain = useMemo(() => [view[0], view[1]], [view]);
  const lanes = laneLabels.length;
  const yDomain = useMemo(() => [-0.5, Math.max(0.5, lanes - 0.5)], [lanes]);
  const yTicks = useMemo(() => laneLabels.map((_, i) => i), [laneLabels]);
  const yLabel = useMemo(() => (i: number) => laneLabels[i] ?? '', [laneLabels]);
  // A reboot's label, plain text as the ticks are; Recharts places it above the line ('top').
  const rebootLabel = useMemo(
    () =>
      function RebootLabel({ x, y }: { x?: number; y?: number }) {
        return (
          <text x={x} y={y} textAnchor="middle" fontSize={10} fill="var(--muted)" className="recharts-label">
            {p.rebootLabel}
          </text>
        );
      },
    [p.rebootLabel],
  );
  // The frame comes in turns, each a task of its own: the chart's surface, then the time axis, then the lane
  // axis, then the marks. Recharts registers each part in its store in a layout effect, and every part drawn so
  // far re-renders synchronously as it does: mounting all of it at once was one task of 60-70 ms here, and the
  // surface with the time axis still 30-40 ms. Until the lane axis comes, the margin holds its place, so the plot
  // does not move when it does. Turns come in the order asked, each after the last one committed.
  const timeToo = useSettled('timeline axis');
  const lanesToo = useSettled('timeline lanes');
  const marksToo = useSettled('timeline marks');
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={lanesToo ? MARGIN : MARGIN_BEFORE_LANES}
      accessibilityLayer={false}
    >
      {timeToo ? (
        <XAxis
          type="number"
          dataKey="x"
          domain={xDomain}
          allowDataOverflow
          ticks={p.ticks}
          niceTicks="none"
          interval={0}
          tickFormatter={p.tickLabel}
          tick={plainTick}
          stroke="var(--border)"
          height={X_AXIS_HEIGHT}
        />
      ) : null}
      {lanesToo ? (
        <YAxis
          type="number"
          dataKey="lane"
          domain={yDomain}
          allowDataOverflow
          ticks={yTicks}
          niceTicks="none"
          tickFormatter={yLabel}
          reversed
          width={Y_AXIS_WIDTH}
          interval={0}
          tick={plainTick}
          stroke="var(--border)"
        />
      ) : null}
      {marksToo &&
        p.gaps.map(([a, b]) => (
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
      {marksToo &&
        p.reboots.map((x) => (
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
