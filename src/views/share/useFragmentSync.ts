/**
 * Keeps the URL fragment and the app in step: the selected event is written as `#event=N` (after a share
 * link's parts, or a sample's id), and a fragment changed in the address bar of an open tab (which does not
 * reload the page) is followed: a new share link is opened, a new event number selected.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { formatFragment, parseFragment } from './fragment';

export interface FragmentSyncOptions {
  selected: number | null;
  eventCount: number;
  select: (index: number) => void;
  /** The share link the current analysis came from (null for anything else). */
  sharedRef: RefObject<string | null>;
  /** The built-in sample on show, if any. */
  sample: string | null;
  /** A share link pasted into the address bar of the open tab. */
  onSharedLink: (fragment: string) => void;
}

export function useFragmentSync({
  selected,
  eventCount,
  select,
  sharedRef,
  sample,
  onSharedLink,
}: FragmentSyncOptions) {
  const latest = useRef({ eventCount, select, onSharedLink });
  useEffect(() => {
    latest.current = { eventCount, select, onSharedLink };
  });

  useEffect(() => {
    if (selected == null) return;
    const hash = formatFragment({ shared: sharedRef.current, sample, event: selected });
    // replaceState: no history entry per click, and no hashchange event back to us.
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [selected, sharedRef, sample]);

  useEffect(() => {
    const onHashChange = () => {
      const next = parseFragment(location.hash);
      if (next.shared && next.shared !== sharedRef.current) latest.current.onSharedLink(next.shared);
      else if (next.event != null && next.event < latest.current.eventCount) latest.current.select(next.event);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [sharedRef]);
}
