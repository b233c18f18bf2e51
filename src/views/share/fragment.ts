/**
 * The URL fragment is the app's only memory across reloads and the carrier of share links:
 * `#event=N` remembers the selected event, `#compare=M` the event compared with it (src/views/compare),
 * `#sample=id` the built-in sample shown, and a share link
 * (`#v=2&n=…&l=…&s=…`, see src/worker/share/link.ts) carries one event's lines. The page does not decode a
 * link itself: the parse worker does (capped and validated), so a hostile link cannot freeze the tab.
 * The fragment is never sent to a server, which is why shared logs go there and nowhere else.
 */

export interface FragmentState {
  event: number | null;
  /** The event shown side by side with `event` (the Compare view); null when not comparing. */
  compare?: number | null;
  /** A share link's parts (everything but the view), as they were: handed to the worker to unpack. */
  shared: string | null;
  /** A built-in sample's id, so a reload reopens the same sample. */
  sample?: string | null;
}

/** Splits `a=1&b=2` keeping values raw (a share link's parts are decoded by the worker, not here). */
function pieces(hash: string): [string, string][] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
    });
}

export function parseFragment(hash: string): FragmentState {
  const all = pieces(hash);
  const get = (key: string) => all.find(([k]) => k === key)?.[1] ?? null;
  const number = (key: string) => {
    const text = get(key);
    return text != null && /^\d{1,7}$/.test(text) ? Number(text) : null;
  };
  const event = number('event');
  // A comparison needs the event it is compared with.
  const compare = event === null ? null : number('compare');
  const isLink = all.some(([k]) => k === 's' || k === 'v');
  const shared = isLink
    ? all
        .filter(([k]) => k !== 'event' && k !== 'compare')
        .map(([k, v]) => `${k}=${v}`)
        .join('&')
    : null;
  const sample = get('sample');
  return { event, compare, shared, sample: !isLink && sample && /^[a-z0-9-]+$/.test(sample) ? sample : null };
}

export function formatFragment(state: FragmentState): string {
  const parts: string[] = [];
  if (state.shared) parts.push(state.shared);
  else if (state.sample) parts.push(`sample=${state.sample}`);
  if (state.event != null) parts.push(`event=${state.event}`);
  if (state.event != null && state.compare != null) parts.push(`compare=${state.compare}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
