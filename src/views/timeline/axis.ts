/**
 * The timeline's horizontal axis, from the places the worker sent: where each event and allocation failure
 * sits, and where reboots break the time. Pure.
 *
 * - Wall clock (when the log has dates, see src/present/timeAxis.ts): one continuous axis in ms; a reboot is
 *   a marked line where the new boot's first stamp falls.
 * - Uptime only: each boot of each file is a segment of its own (uptimes of two boots, or of two machines,
 *   cannot be compared), laid side by side with a gap that marks the break. A segment's width follows its
 *   span, with a floor so a short boot stays visible.
 * Events with neither stamp are not on the axis (`unplaced` counts them; the list still has them).
 */
import type { EventPlace, FailureMark, FileInfo, TimeMark } from '../../worker/protocol';
import { axisClock, mixedZones, wallPosition, type AxisClock } from '../../present/timeAxis';

export interface Segment {
  file: number;
  boot: number;
  /** Its place on the axis. */
  x0: number;
  x1: number;
  /** The uptimes it spans (s). */
  from: number;
  to: number;
}

export interface Reboot {
  x: number;
  file: number;
  boot: number;
}

export interface Axis {
  clock: AxisClock;
  /** Wall clock read from dates without a year (do not print one). */
  yearless: boolean;
  domain: readonly [number, number];
  /** Per event, its position; NaN: not on the axis. */
  eventX: Float64Array;
  failureX: Float64Array;
  /** Uptime clock: one per boot of each file. */
  segments: Segment[];
  /** Wall clock: where a boot began. */
  reboots: Reboot[];
  unplaced: number;
}

/** Width of the uptime axis (arbitrary units) and the gap between two segments. */
export const UPTIME_WIDTH = 1000;
const GAP = 24;
const MIN_SHARE = 0.04;

export function buildAxis(
  places: readonly (EventPlace | undefined)[],
  failures: readonly FailureMark[],
  files: readonly FileInfo[],
): Axis {
  const marks: { at: TimeMark; file: number }[] = [];
  for (const p of places) if (p) marks.push(p);
  for (const f of failures) marks.push(f);
  const clock = axisClock(marks.map((m) => m.at));
  const eventX = new Float64Array(places.length).fill(NaN);
  const failureX = new Float64Array(failures.length).fill(NaN);
  const axis: Axis = {
    clock,
    yearless: files.some((f) => f.yearless),
    domain: [0, 1],
    eventX,
    failureX,
    segments: [],
    reboots: [],
    unplaced: 0,
  };
  if (clock === 'wall') placeOnWall(axis, places, failures, files);
  else if (clock === 'uptime') placeOnUptime(axis, places, failures);
  for (const x of eventX) if (Number.isNaN(x)) axis.unplaced++;
  return axis;
}

function placeOnWall(
  axis: Axis,
  places: readonly (EventPlace | undefined)[],
  failures: readonly FailureMark[],
  files: readonly FileInfo[],
): void {
  const mixed = mixedZones([...places.flatMap((p) => (p ? [p.at] : [])), ...failures.map((f) => f.at)]);
  const x = (at: TimeMark) => wallPosition(at, mixed) ?? NaN;
  let lo = Infinity;
  let hi = -Infinity;
  const lastBoot = new Map<number, number>();
  places.forEach((p, i) => {
    if (!p) return;
    const at = x(p.at);
    axis.eventX[i] = at;
    if (Number.isNaN(at)) return;
    lo = Math.min(lo, at);
    hi = Math.max(hi, at);
    // A boot seen for the first time in its file: a reboot (from the banner's stamp when the worker sent it).
    const previous = lastBoot.get(p.file);
    if (previous !== undefined && p.at.boot > previous) {
      const banner = files[p.file]?.boots.find((b) => b.boot === p.at.boot && b.at.wallMs !== null);
      axis.reboots.push({ x: banner ? x(banner.at) : at, file: p.file, boot: p.at.boot });
    }
    lastBoot.set(p.file, Math.max(previous ?? 0, p.at.boot));
  });
  failures.forEach((f, i) => {
    const at = x(f.at);
    axis.failureX[i] = at;
    if (!Number.isNaN(at)) {
      lo = Math.min(lo, at);
      hi = Math.max(hi, at);
    }
  });
  if (lo === Infinity) return;
  const pad = Math.max((hi - lo) * 0.02, 30_000);
  axis.domain = [lo - pad, hi + pad];
}

function placeOnUptime(
  axis: Axis,
  places: readonly (EventPlace | undefined)[],
  failures: readonly FailureMark[],
): void {
  const spans = new Map<string, Segment>();
  const note = (file: number, at: TimeMark) => {
    if (at.uptime === null) return;
    const key = `${file}/${at.boot}`;
    const s = spans.get(key) ?? { file, boot: at.boot, x0: 0, x1: 0, from: at.uptime, to: at.uptime };
    s.from = Math.min(s.from, at.uptime);
    s.to = Math.max(s.to, at.uptime);
    spans.set(key, s);
  };
  for (const p of places) if (p) note(p.file, p.at);
  for (const f of failures) note(f.file, f.at);
  const segments = [...spans.values()].sort((a, b) => a.file - b.file || a.boot - b.boot);
  if (!segments.length) return;
  const total = segments.reduce((n, s) => n + (s.to - s.from), 0);
  const weights = segments.map((s) => (total > 0 ? Math.max((s.to - s.from) / total, MIN_SHARE) : 1));
  const usable = UPTIME_WIDTH - GAP * (segments.length - 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  let x = 0;
  segments.forEach((s, i) => {
    s.x0 = x;
    s.x1 = x + (usable * weights[i]) / sum;
    x = s.x1 + GAP;
  });
  axis.segments = segments;
  const byKey = new Map(segments.map((s) => [`${s.file}/${s.boot}`, s]));
  const position = (file: number, at: TimeMark): number => {
    const s = at.uptime === null ? undefined : byKey.get(`${file}/${at.boot}`);
    if (!s || at.uptime === null) return NaN;
    return s.to === s.from ? (s.x0 + s.x1) / 2 : s.x0 + ((at.uptime - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
  };
  places.forEach((p, i) => {
    if (p) axis.eventX[i] = position(p.file, p.at);
  });
  failures.forEach((f, i) => (axis.failureX[i] = position(f.file, f.at)));
  axis.domain = [-GAP / 2, UPTIME_WIDTH + GAP / 2];
}

/** The uptime (s) at axis position `x`, with its segment; null in a gap. */
export function uptimeAt(axis: Axis, x: number): { segment: Segment; uptime: number } | null {
  const s = axis.segments.find((seg) => x >= seg.x0 && x <= seg.x1);
  if (!s) return null;
  const share = s.x1 === s.x0 ? 0 : (x - s.x0) / (s.x1 - s.x0);
  return { segment: s, uptime: s.from + share * (s.to - s.from) };
}
