/**
 * What the event list shows, as pure functions over the events the worker sent (summary + place): which
 * events pass the filters, how repeats group ("java killed 37 times in cgroup /kubepods/…/pod-x"), and the
 * rows the virtualised list draws. Fast enough for 10,000 events on every keystroke (one pass, no sorting of
 * events; only groups are sorted).
 */
import type { EventPlace, EventSummary } from '../../worker/protocol';

export interface EventFilter {
  /** Event kinds to show; empty: all. */
  kinds: readonly string[];
  /** Part of the victim's or the trigger's name (case-insensitive). */
  name: string;
  /** Part of the cgroup path (case-insensitive). */
  cgroup: string;
  /** A finding id the event must have; '' for any. */
  finding: string;
  /** Which file (several opened); null for all. */
  file: number | null;
  /** A range on the timeline's axis (brushed); null for all. Events without a place on the axis are out. */
  range: readonly [number, number] | null;
}

export const NO_FILTER: EventFilter = { kinds: [], name: '', cgroup: '', finding: '', file: null, range: null };

/** Whether the filter narrows anything (the range apart: it is shown by the timeline itself). */
export function filtering(f: EventFilter): boolean {
  return f.kinds.length > 0 || f.name.trim() !== '' || f.cgroup.trim() !== '' || f.finding !== '' || f.file !== null;
}

/** A place for events the worker has not placed (a test's data, or a summary from an older worker). */
export const NO_PLACE: EventPlace = {
  file: 0,
  at: { wallMs: null, zoneMin: null, uptime: null, boot: 0 },
  victimKb: null,
  cgroup: null,
};

/**
 * Indices of the events that pass, in file order. `x(i)`: event i's position on the timeline's axis
 * (NaN when it has none), used only for the range.
 */
export function visibleEvents(
  events: readonly EventSummary[],
  places: readonly (EventPlace | undefined)[],
  f: EventFilter,
  x: (index: number) => number,
): number[] {
  const name = f.name.trim().toLowerCase();
  const cgroup = f.cgroup.trim().toLowerCase();
  const kinds = f.kinds.length ? new Set(f.kinds) : null;
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e) continue;
    const p = places[i] ?? NO_PLACE;
    if (kinds && !kinds.has(e.kind)) continue;
    if (f.file !== null && p.file !== f.file) continue;
    if (f.finding && !e.findingIds.includes(f.finding)) continue;
    if (name && !hasName(e, name)) continue;
    if (cgroup && !(p.cgroup ?? '').toLowerCase().includes(cgroup)) continue;
    if (f.range) {
      const at = x(i);
      if (!(at >= f.range[0] && at <= f.range[1])) continue;
    }
    out.push(i);
  }
  return out;
}

function hasName(e: EventSummary, name: string): boolean {
  return (
    (e.victim?.comm.toLowerCase().includes(name) ?? false) || (e.trigger?.comm?.toLowerCase().includes(name) ?? false)
  );
}

/** Events that repeat: the same victim name killed in the same cgroup (or, without a kill, the same trigger). */
export interface EventGroup {
  key: string;
  /** The victim's name, or null: no kill was recorded (then `trigger` names who asked for memory). */
  victim: string | null;
  trigger: string | null;
  cgroup: string | null;
  /** Its events in file order. */
  events: number[];
}

export function groupKey(e: EventSummary, p: EventPlace): string {
  return e.victim
    ? `kill\u0000${e.victim.comm}\u0000${p.cgroup ?? ''}`
    : `none\u0000${e.trigger?.comm ?? ''}\u0000${p.cgroup ?? ''}`;
}

/** Groups of the visible events, most events first (ties: the one seen first). */
export function groupRepeats(
  visible: readonly number[],
  events: readonly EventSummary[],
  places: readonly (EventPlace | undefined)[],
): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const i of visible) {
    const e = events[i];
    const p = places[i] ?? NO_PLACE;
    const key = groupKey(e, p);
    let g = groups.get(key);
    if (!g) {
      g = { key, victim: e.victim?.comm ?? null, trigger: e.trigger?.comm ?? null, cgroup: p.cgroup, events: [] };
      groups.set(key, g);
    }
    g.events.push(i);
  }
  return [...groups.values()].sort((a, b) => b.events.length - a.events.length || a.events[0] - b.events[0]);
}

export type ListRow =
  | { type: 'event'; index: number; /** Inside an open group. */ nested: boolean }
  | { type: 'group'; group: EventGroup; open: boolean };

/**
 * The rows of the list: each visible event, or (grouped) a row per group of repeats with its events below it
 * when open. A group of one is shown as its event.
 */
export function listRows(
  visible: readonly number[],
  groups: readonly EventGroup[] | null,
  open: ReadonlySet<string>,
): ListRow[] {
  if (!groups) return visible.map((index) => ({ type: 'event', index, nested: false }));
  const rows: ListRow[] = [];
  for (const group of groups) {
    if (group.events.length === 1) {
      rows.push({ type: 'event', index: group.events[0], nested: false });
      continue;
    }
    const isOpen = open.has(group.key);
    rows.push({ type: 'group', group, open: isOpen });
    if (isOpen) for (const index of group.events) rows.push({ type: 'event', index, nested: true });
  }
  return rows;
}

/** The event `delta` steps from `current` in the visible order (j/k, arrow keys); null at either end. */
export function stepIn(visible: readonly number[], current: number | null, delta: number): number | null {
  if (!visible.length) return null;
  if (current === null) return visible[delta > 0 ? 0 : visible.length - 1];
  // The current event may be hidden by a filter: step from where it would be.
  let at = lowerBound(visible, current);
  if (visible[at] === current) at += delta;
  else at += delta > 0 ? 0 : -1;
  return at >= 0 && at < visible.length ? visible[at] : null;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
