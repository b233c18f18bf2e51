/**
 * Evidence jumps and the way back: a jump highlights a line (and marks the rest of its evidence) in the source
 * panel; when the user made it from somewhere on the page (a link that had the focus), the page remembers
 * where that was, so "Back" in the source panel returns to it — the scroll position and the link itself.
 */
import { createContext, useCallback, useMemo, useRef, useState } from 'react';

export interface LineBack {
  /** The line jumped to, while there is a place to go back to. */
  line: number | null;
  back: () => void;
}

export const LineBackContext = createContext<LineBack>({ line: null, back: () => {} });

interface Origin {
  scrollY: number;
  element: HTMLElement | null;
}

export function useLineJump() {
  const [highlight, setHighlight] = useState<number | null>(null);
  const [marked, setMarked] = useState<number[]>([]);
  const [backLine, setBackLine] = useState<number | null>(null);
  const origin = useRef<Origin | null>(null);

  const jumpToLine = useCallback((line: number | null, group?: number[]) => {
    setHighlight(line);
    setMarked(group ?? []);
    const active = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
    // Only a jump the user made from the page has a place to return to (not a shared link's highlight).
    if (line != null && active && active !== document.body) {
      origin.current = { scrollY: window.scrollY, element: active };
      setBackLine(line);
    } else if (line == null) {
      origin.current = null;
      setBackLine(null);
    }
  }, []);

  const back = useCallback(() => {
    const o = origin.current;
    origin.current = null;
    setBackLine(null);
    if (!o) return;
    window.scrollTo({ top: o.scrollY });
    if (o.element?.isConnected) o.element.focus({ preventScroll: true });
  }, []);

  const lineBack = useMemo<LineBack>(() => ({ line: backLine, back }), [backLine, back]);
  return { highlight, marked, jumpToLine, lineBack };
}
