/**
 * Keeps the URL fragment and the app in step: the selected event is written as `#event=N` (next to a
 * shared log's `s=`), and a fragment changed in the address bar of an open tab (which does not reload
 * the page) is followed: a new shared log is analysed, a new event number selected.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { decodeShared, formatFragment, parseFragment } from './fragment';

export interface FragmentSyncOptions {
  selected: number | null;
  eventCount: number;
  select: (index: number) => void;
  /** The `s=` value the current analysis came from (null for anything else). */
  sharedRef: RefObject<string | null>;
  /** The built-in sample on show, if any. */
  sample: string | null;
  onSharedLog: (text: string) => void;
}

export function useFragmentSync({ selected, eventCount, select, sharedRef, sample, onSharedLog }: FragmentSyncOptions) {
  const latest = useRef({ eventCount, select, onSharedLog });
  useEffect(() => {
    latest.current = { eventCount, select, onSharedLog };
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
      if (next.shared && next.shared !== sharedRef.current) {
        sharedRef.current = next.shared;
        void decodeShared(next.shared).then((decoded) => {
          if (decoded != null) latest.current.onSharedLog(decoded);
        });
      } else if (next.event != null && next.event < latest.current.eventCount) latest.current.select(next.event);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [sharedRef]);
}
