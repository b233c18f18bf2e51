/**
 * Tick positions for the timeline's axis: round wall-clock steps (a minute, an hour, a day …), or round
 * uptime steps inside each boot's segment. Pure; the labels are written by the view (timeAxis.ts formats).
 */
import { uptimeAt, type Axis } from './axis';

const S = 1000;
const WALL_STEPS = [
  1,
  5,
  15,
  30,
  60,
  300,
  900,
  1800,
  3600,
  3 * 3600,
  6 * 3600,
  12 * 3600,
  86400,
  2 * 86400,
  7 * 86400,
  30 * 86400,
].map((s) => s * S);
const UPTIME_STEPS = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400];

/** The smallest step that keeps the ticks at most `most` over `span`. */
function stepFor(span: number, most: number, steps: readonly number[]): number {
  return steps.find((s) => span / s <= most) ?? steps[steps.length - 1];
}

export interface Ticks {
  values: number[];
  /** Wall clock: the step (ms), so labels show what matters (days, or hours and minutes). */
  stepMs: number;
}

/** About `most` ticks over the view. */
export function ticksFor(axis: Axis, view: readonly [number, number], most = 7): Ticks {
  const [lo, hi] = view;
  if (axis.clock === 'wall') {
    let step = stepFor(hi - lo, most, WALL_STEPS);
    // Beyond the longest round step (years of logs): double it until the ticks fit.
    while ((hi - lo) / step > most) step *= 2;
    const values: number[] = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) values.push(t);
    return { values, stepMs: step };
  }
  if (axis.clock !== 'uptime') return { values: [], stepMs: 0 };
  const values: number[] = [];
  for (const s of axis.segments) {
    const x0 = Math.max(s.x0, lo);
    const x1 = Math.min(s.x1, hi);
    if (x1 < x0) continue;
    // Each segment gets ticks in proportion to its share of the view, at least its start.
    const share = Math.max(1, Math.round((most * (x1 - x0)) / (hi - lo)));
    const from = uptimeAt(axis, x0)?.uptime ?? s.from;
    const to = uptimeAt(axis, x1)?.uptime ?? s.to;
    const step = stepFor(Math.max(to - from, 1), share, UPTIME_STEPS);
    const toX = (u: number) =>
      s.to === s.from ? (s.x0 + s.x1) / 2 : s.x0 + ((u - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
    const first = Math.ceil(from / step) * step;
    if (first > to) values.push(x0);
    for (let u = first; u <= to; u += step) values.push(toX(u));
  }
  return { values: thin(values, most), stepMs: 0 };
}

/**
 * At most about `most` of `values`, evenly picked. Each boot's segment gets at least one tick, so thousands of
 * short boots in view would otherwise give thousands of labels (a 10,000-event journal drew 6,371: a 3 s task).
 */
function thin(values: number[], most: number): number[] {
  if (values.length <= most) return values;
  const every = Math.ceil(values.length / most);
  return values.filter((_, i) => i % every === 0);
}
