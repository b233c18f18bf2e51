/**
 * The timeline above the event list: every OOM event and allocation failure on a time axis (wall clock, or
 * uptime per boot), coloured by kind, sized by the memory the victims held. Dragging across it picks a time
 * range (the list follows, the view zooms in); a click opens an event, or zooms into a dot of many. One focus
 * stop: ←/→ open the previous/next event, Shift+←/→ widen the range, Escape clears it; a sentence and a
 * table say what it shows in words.
 */
import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from '../common/i18n';
import { filtering, stepIn } from '../events/listModel';
import type { EventBrowser } from '../events/useEventBrowser';
import { dotsIn, type Dot } from './dots';
import { lanesFor, timelineItems } from './lanes';
import { laneLabel, tickLabel } from './labels';
import { ticksFor } from './ticks';
import { TimelineChart, plotAreaFor } from './TimelineChart';
import { DotsCanvas } from './DotsCanvas';
import { TimelineTable } from './TimelineTable';
import { useTimelineWords } from './useTimelineWords';
import { useMeasuredWidth } from '../charts/svg/useWidth';
import './timeline.css';

/** At most this many reboot lines or boot gaps are drawn in view (see where they are picked). */
const MAX_MARKS = 24;
const NO_GAPS: [number, number][] = [];
const NO_REBOOTS: number[] = [];

const SLICE_PX = 6;
const DRAG_PX = 4;

/** The chart's height for this many lanes: the axes and margins, and 26 px a lane (at least two). */
function heightFor(lanes: number): number {
  return 46 + Math.max(2, lanes) * 26;
}

/** Area ∝ the memory the (largest) victim held. */
function radius(d: Dot, maxKb: number): number {
  if (d.failure) return 4;
  return 2.5 + 7.5 * Math.sqrt(maxKb > 0 ? d.maxKb / maxKb : 0);
}

function Timeline({
  browser,
  selected,
  onSelect,
}: {
  browser: EventBrowser;
  selected: number | null;
  onSelect: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const { axis, events, places, failureMarks, files, filter, setFilter, visible, visibleAll } = browser;
  const lanes = useMemo(() => lanesFor(events, failureMarks, files), [events, failureMarks, files]);
  const view = filter.range ?? axis.domain;
  const failures = filtering(filter) ? null : failureMarks;
  const items = useMemo(
    () => timelineItems(lanes, visible, events, places, axis.eventX, failures, axis.failureX),
    [lanes, visible, events, places, axis, failures],
  );
  // Recharts is told the chart's size rather than left to measure its box: its measuring (getComputedStyle,
  // clientWidth) laid out the whole page inside the chart's first render. Until the observer reports the
  // width, the box stands empty at its height, and the chart mounts in the task after.
  const [plotRef, width] = useMeasuredWidth<HTMLDivElement>(true);
  const height = heightFor(lanes.keys.length);
  const plot = useMemo(() => plotAreaFor(width ?? 800, height), [width, height]);
  const slices = Math.max(20, Math.floor(plot.width / SLICE_PX));
  const measured = width !== null;
  const drawn = useMemo(() => {
    // Nothing is drawn before the width is known (the chart mounts the turn after): no dots for a guessed width.
    if (!measured) return [];
    const raw = dotsIn(items, view, slices);
    const maxKb = raw.reduce((m, d) => Math.max(m, d.maxKb), 0);
    const most = raw.reduce((m, d) => Math.max(m, d.count), 1);
    return raw.map((d) => ({
      ...d,
      r: radius(d, maxKb),
      opacity: d.count > 1 ? 0.3 + (0.6 * d.count) / most : 0.8,
    }));
  }, [items, view, slices, measured]);
  // Apart from the dots: opening another event rings another dot, without sorting 10,000 events into dots again.
  const dots = useMemo(
    () => drawn.map((d) => ({ ...d, selected: !d.failure && selected !== null && d.members.includes(selected) })),
    [drawn, selected],
  );
  const ticks = useMemo(
    () => ticksFor(axis, view, Math.max(3, Math.floor(plot.width / 120))),
    [axis, view, plot.width],
  );
  const words = useTimelineWords(browser);
  const [said, say] = useState('');

  // Dragging: a range being picked, in axis positions.
  const [brushing, setBrushing] = useState<readonly [number, number] | null>(null);
  const drag = useRef<{ startPx: number; left: number } | null>(null);
  const toX = (px: number) => {
    const share = Math.min(1, Math.max(0, (px - plot.x) / plot.width));
    return view[0] + share * (view[1] - view[0]);
  };
  const setRange = (range: readonly [number, number]) => {
    setFilter({ range });
    say(t('timeline.rangeSet', { ...words.range(range), count: words.countIn(range) }));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const left = e.currentTarget.getBoundingClientRect().left;
    drag.current = { startPx: e.clientX - left, left };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const px = e.clientX - d.left;
    if (!brushing && Math.abs(px - d.startPx) < DRAG_PX) return;
    // Only a real drag captures the pointer: a click must still reach the dot under it.
    if (!brushing) e.currentTarget.setPointerCapture?.(e.pointerId);
    const [a, b] = [toX(d.startPx), toX(px)];
    setBrushing([Math.min(a, b), Math.max(a, b)]);
  };
  const dragged = useRef(false);
  const onPointerUp = () => {
    drag.current = null;
    dragged.current = brushing !== null;
    if (brushing && brushing[1] > brushing[0]) setRange(brushing);
    setBrushing(null);
  };

  const onDot = (dot: Dot) => {
    if (dragged.current) return; // the click that ends a drag is not a click on a dot
    if (dot.count > 1) {
      const pad = Math.max((dot.x1 - dot.x0) * 0.1, (view[1] - view[0]) * 0.01);
      setRange([dot.x0 - pad, dot.x1 + pad]);
    }
    if (!dot.failure) onSelect(dot.members[0]);
  };

  // Keys: one focus stop for the whole chart.
  const anchor = useRef<number | null>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && filter.range) {
      setFilter({ range: null });
      say(t('timeline.rangeCleared'));
      e.preventDefault();
      return;
    }
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const delta = e.key === 'ArrowRight' ? 1 : -1;
    const next = e.shiftKey ? stepIn(visibleAll, selected, delta) : stepIn(visible, selected, delta);
    if (next === null) return;
    if (e.shiftKey) {
      const from = anchor.current ?? (selected === null ? NaN : axis.eventX[selected]);
      const to = axis.eventX[next];
      if (!Number.isNaN(from) && !Number.isNaN(to)) {
        anchor.current = from;
        const pad = (axis.domain[1] - axis.domain[0]) * 0.002;
        setRange([Math.min(from, to) - pad, Math.max(from, to) + pad]);
      }
    } else {
      anchor.current = null;
      say(words.selected(next));
    }
    onSelect(next);
  };

  // Reboot lines and boot gaps in view, as long as they are few: each is a Recharts part with its own place in
  // the chart's store, and thousands of short boots made drawing the frame a task of seconds. Beyond that the
  // marks would merge into a grey band anyway; the line under the chart says how many there are.
  const gaps = useMemo(() => {
    const all = axis.segments
      .slice(1)
      .map((s, i): [number, number] => [axis.segments[i].x1, s.x0])
      .filter(([a, b]) => b >= view[0] && a <= view[1]);
    return all.length <= MAX_MARKS ? all : NO_GAPS;
  }, [axis, view]);
  const rebootsInView = useMemo(
    () => [...new Set(axis.reboots.map((r) => r.x))].filter((x) => x >= view[0] && x <= view[1]),
    [axis, view],
  );
  const reboots = rebootsInView.length <= MAX_MARKS ? rebootsInView : NO_REBOOTS;
  const failureIndices = useMemo(() => (failures ? failures.map((f) => f.index) : []), [failures]);
  const laneLabels = useMemo(
    () =>
      lanes.keys.map((k) =>
        typeof k === 'number'
          ? laneLabel(files[k]?.name ?? String(k + 1))
          : t(`eventList.kinds.${k}`, { defaultValue: k }),
      ),
    [lanes, files, t],
  );
  const tickText = useCallback((x: number) => tickLabel(lang, axis, ticks.stepMs, x), [lang, axis, ticks.stepMs]);

  return (
    <section className="timeline" data-testid="timeline" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="visually-hidden">
        {t('timeline.heading')}
      </h3>
      <p className="timeline-summary" id={`${id}-summary`} data-testid="timeline-summary">
        {words.summary}
      </p>
      {axis.clock !== 'none' ? (
        <div
          ref={plotRef}
          className="timeline-plot"
          style={{ height }}
          data-testid="timeline-plot"
          data-dots={dots.length}
          tabIndex={0}
          role="group"
          aria-label={t('timeline.label')}
          aria-describedby={`${id}-summary ${id}-help`}
          onKeyDown={onKeyDown}
          onBlur={() => (anchor.current = null)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          {width !== null ? (
            <>
              <TimelineChart
                width={width}
                laneLabels={laneLabels}
                view={view}
                ticks={ticks.values}
                tickLabel={tickText}
                reboots={reboots}
                rebootLabel={t('timeline.reboot')}
                gaps={gaps}
                height={height}
              />
              <DotsCanvas
                dots={dots}
                area={plot}
                view={view}
                lanes={laneLabels.length}
                tooltip={words.tooltip}
                onDot={onDot}
              />
            </>
          ) : null}
          {brushing ? (
            <div
              className="timeline-brush"
              style={{
                left: plot.x + ((brushing[0] - view[0]) / (view[1] - view[0])) * plot.width,
                width: ((brushing[1] - brushing[0]) / (view[1] - view[0])) * plot.width,
                top: plot.y,
                height: plot.height,
              }}
            />
          ) : null}
        </div>
      ) : null}
      {rebootsInView.length > MAX_MARKS ? (
        <p className="muted small" data-testid="timeline-marks-hidden">
          {t('timeline.rebootsHidden', { count: rebootsInView.length })}
        </p>
      ) : null}
      <p className="muted small" id={`${id}-help`}>
        {t('timeline.help')}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="timeline-live">
        {said}
      </p>
      {axis.clock !== 'none' ? (
        <TimelineTable
          axis={axis}
          visible={visible}
          events={events}
          places={places}
          files={files}
          failures={failureIndices}
        />
      ) : null}
    </section>
  );
}

const MemoTimeline = memo(Timeline);
export { MemoTimeline as Timeline };
