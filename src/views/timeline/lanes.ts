/**
 * The timeline's rows (lanes) and its items: with one file, a lane per event kind (and one for allocation
 * failures); with several files, a lane per file, so "which node, when" reads at a glance. Colour always
 * says the kind. Pure.
 */
import type { EventPlace, EventSummary, FailureMark, FileInfo } from '../../worker/protocol';
import type { DotItem } from './dots';

/** The order kinds are stacked in, most common first. */
const KIND_ORDER = ['global', 'memcg', 'cpuset', 'mempolicy', 'sysrq', 'fragment', 'unknown'];
export const FAILURE = 'failure';

export interface Lanes {
  /** What each lane is: an event kind (or 'failure'), or a file's index. */
  keys: (string | number)[];
  byFile: boolean;
}

export function lanesFor(
  events: readonly EventSummary[],
  failures: readonly FailureMark[],
  files: readonly FileInfo[],
): Lanes {
  if (files.length > 1) return { keys: files.map((_, i) => i), byFile: true };
  const kinds = new Set<string>();
  for (const e of events) if (e) kinds.add(e.kind);
  const keys: string[] = [
    ...KIND_ORDER.filter((k) => kinds.has(k)),
    ...[...kinds].filter((k) => !KIND_ORDER.includes(k)),
  ];
  if (failures.length) keys.push(FAILURE);
  return { keys, byFile: false };
}

/** The items to draw: the visible events and (when no filter narrows the list) the allocation failures. */
export function timelineItems(
  lanes: Lanes,
  visible: readonly number[],
  events: readonly EventSummary[],
  places: readonly (EventPlace | undefined)[],
  eventX: Float64Array,
  failures: readonly FailureMark[] | null,
  failureX: Float64Array,
): DotItem[] {
  const lane = new Map<string | number, number>(lanes.keys.map((k, i) => [k, i]));
  const items: DotItem[] = [];
  for (const i of visible) {
    const x = eventX[i];
    if (Number.isNaN(x)) continue;
    const kind = events[i].kind;
    const key = lanes.byFile ? (places[i]?.file ?? 0) : kind;
    items.push({ index: i, x, lane: lane.get(key) ?? 0, kind, kb: places[i]?.victimKb ?? null, failure: false });
  }
  for (const f of failures ?? []) {
    const x = failureX[f.index];
    if (Number.isNaN(x)) continue;
    items.push({
      index: f.index,
      x,
      lane: lane.get(lanes.byFile ? f.file : FAILURE) ?? 0,
      kind: FAILURE,
      kb: null,
      failure: true,
    });
  }
  return items;
}
