/**
 * The timeline as rows of a table (its text alternative): events counted per period — per hour or per day
 * on the wall clock, per boot when the log has only uptime. Only periods with something in them. Pure.
 */
import type { EventPlace, EventSummary } from '../../worker/protocol';
import type { Axis } from './axis';

export interface Period {
  /** Axis position of its start (wall clock: ms) or, for a boot, its segment index. */
  key: number;
  /** wall: [start, end) in ms; uptime: the boot's segment. */
  start: number;
  end: number;
  segment: number | null;
  events: number;
  kills: number;
  freedKb: number;
  failures: number;
  kinds: Map<string, number>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The period length for a wall-clock span: hours up to two days, days beyond. */
export function periodMs(span: number): number {
  return span <= 2 * DAY ? HOUR : DAY;
}

export function periods(
  axis: Axis,
  visible: readonly number[],
  events: readonly EventSummary[],
  places: readonly (EventPlace | undefined)[],
  failures: readonly number[],
): Period[] {
  const out = new Map<number, Period>();
  const size = periodMs(axis.domain[1] - axis.domain[0]);
  const periodOf = (x: number): Period | null => {
    if (Number.isNaN(x)) return null;
    let key: number;
    let start: number;
    let end: number;
    let segment: number | null = null;
    if (axis.clock === 'wall') {
      start = Math.floor(x / size) * size;
      end = start + size;
      key = start;
    } else {
      segment = axis.segments.findIndex((s) => x >= s.x0 && x <= s.x1);
      if (segment < 0) return null;
      key = segment;
      start = axis.segments[segment].from;
      end = axis.segments[segment].to;
    }
    let p = out.get(key);
    if (!p) {
      p = { key, start, end, segment, events: 0, kills: 0, freedKb: 0, failures: 0, kinds: new Map() };
      out.set(key, p);
    }
    return p;
  };
  for (const i of visible) {
    const p = periodOf(axis.eventX[i]);
    if (!p) continue;
    p.events++;
    if (events[i].victim) p.kills++;
    p.freedKb += places[i]?.victimKb ?? 0;
    p.kinds.set(events[i].kind, (p.kinds.get(events[i].kind) ?? 0) + 1);
  }
  for (const f of failures) {
    const p = periodOf(axis.failureX[f]);
    if (p) p.failures++;
  }
  return [...out.values()].sort((a, b) => a.key - b.key);
}
