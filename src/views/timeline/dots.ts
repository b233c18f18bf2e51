/**
 * The dots the timeline draws. Up to SINGLE_LIMIT events in view, one dot per event; beyond that, events
 * that fall in the same slice of the view (a few pixels wide), the same lane and the same kind share one
 * dot, as large as the largest victim among them and as dark as they are many. So 10,000 events cost a few hundred SVG nodes,
 * never 10,000, and zooming in (brushing) brings single events back. Pure.
 */

export interface Dot {
  /** Stable per render: lane, kind and slice (or the event). */
  id: string;
  x: number;
  lane: number;
  /** Event kind, or 'failure' (an allocation failure): the colour. */
  kind: string;
  count: number;
  /** Memory the victims held, summed (KiB). */
  kb: number;
  /** The most one of its victims held (KiB): the dot's size. */
  maxKb: number;
  /** Event indices (or allocation-failure indices when `failure`), in the order met. */
  members: number[];
  failure: boolean;
  /** The span of its members' positions. */
  x0: number;
  x1: number;
}

export interface DotItem {
  index: number;
  x: number;
  lane: number;
  kind: string;
  kb: number | null;
  failure: boolean;
}

/** At most this many items in view are drawn one by one. */
export const SINGLE_LIMIT = 300;

/**
 * `slices`: how many slices the view is cut into when items are aggregated (the plot's width in pixels
 * over a few pixels per slice).
 */
export function dotsIn(items: Iterable<DotItem>, view: readonly [number, number], slices: number): Dot[] {
  const [lo, hi] = view;
  const inView: DotItem[] = [];
  for (const item of items) if (item.x >= lo && item.x <= hi) inView.push(item);
  if (inView.length <= SINGLE_LIMIT) return inView.map(single);
  // A number per (lane, kind, slice), not a string: with 10,000 events, building a string key per event was
  // most of this function's time (20 ms of a frame here).
  const width = (hi - lo) / Math.max(1, slices);
  const kinds = new Map<string, number>();
  const dots = new Map<number, Dot>();
  for (const item of inView) {
    const slice = Math.min(slices - 1, Math.floor((item.x - lo) / width));
    let kind = kinds.get(item.kind);
    if (kind === undefined) kinds.set(item.kind, (kind = kinds.size));
    const key = (item.lane * 64 + kind) * slices + slice;
    const kb = item.kb ?? 0;
    const dot = dots.get(key);
    if (!dot) {
      const x = lo + (slice + 0.5) * width;
      dots.set(key, { ...single(item), id: `${item.lane}|${item.kind}|${slice}`, x });
      continue;
    }
    dot.count++;
    dot.kb += kb;
    if (kb > dot.maxKb) dot.maxKb = kb;
    dot.members.push(item.index);
    if (item.x < dot.x0) dot.x0 = item.x;
    if (item.x > dot.x1) dot.x1 = item.x;
  }
  return [...dots.values()];
}

function single(item: DotItem): Dot {
  return {
    id: `${item.failure ? 'f' : 'e'}${item.index}`,
    x: item.x,
    lane: item.lane,
    kind: item.kind,
    count: 1,
    kb: item.kb ?? 0,
    maxKb: item.kb ?? 0,
    members: [item.index],
    failure: item.failure,
    x0: item.x,
    x1: item.x,
  };
}
