/**
 * Keeps the URL fragment and the app in step: the selected event is written as `#event=N` (after a share
 * link's parts, or a sample's id), the event compared with it as `&compare=M`, and a fragment changed in the
 * address bar of an open tab (which does not reload the page) is followed: a new share link is opened, a new
 * event number selected, a comparison opened or closed.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { formatFragment, parseFragment } from './fragment';

export interface FragmentSyncOptions {
  selected: number | null;
  /** The event shown side by side with the selected one; null when not comparing. */
  compared?: number | null;
  eventCount: number;
  select: (index: number) => void;
  /** Opens (or with null, closes) the comparison. */
  compare?: (index: number | null) => void;
  /** The share link the current analysis came from (null for anything else). */
  sharedRef: RefObject<string | null>;
  /** The built-in sample on show, if any. */
  sample: string | null;
  /** A share link pasted into the address bar of the open tab. */
  onSharedLink: (fragment: string) => void;
}

export function useFragmentSync({
  selected,
  compared = null,
  eventCount,
  select,
  compare,
  sharedRef,
  sample,
  onSharedLink,
}: FragmentSyncOptions) {
  const latest = useRef({ eventCount, select, compare, compared, onSharedLink });
  useEffect(() => {
    latest.current = { eventCount, select, compare, compared, onSharedLink };
  });

  useEffect(() => {
    if (selected == null) return;
    const hash = formatFragment({ shared: sharedRef.current, sample, event: selected, compare: compared });
    // replaceState: no history entry per click, and no hashchange event back to us.
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [selected, compared, sharedRef, sample]);

  useEffect(() => {
    const onHashChange = () => {
      const next = parseFragment(location.hash);
      const { eventCount, select, compare, compared } = latest.current;
      if (next.shared && next.shared !== sharedRef.current) latest.current.onSharedLink(next.shared);
      else if (next.event != null && next.event < eventCount) {
        select(next.event);
        const wanted = next.compare != null && next.compare < eventCount ? next.compare : null;
        if (wanted !== compared) compare?.(wanted);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [sharedRef]);
}
