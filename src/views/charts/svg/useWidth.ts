/** The width of an element in CSS pixels, kept current by a ResizeObserver: charts draw at their real size. */
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Where there is no ResizeObserver (jsdom), the width a chart assumes. */
const NO_OBSERVER_WIDTH = 600;

/**
 * The width as the observer last reported it, or null before its first report. The observer reports after the
 * browser's own layout, so nothing here forces one; a chart that waits for the width mounts in the task after
 * its frame instead of inside it.
 */
export function useMeasuredWidth<T extends HTMLElement>(transition = false): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(() =>
    typeof ResizeObserver === 'undefined' ? NO_OBSERVER_WIDTH : null,
  );
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && transition) startTransition(() => setWidth(w));
      else if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [transition]);
  return [ref, width];
}

/** The width, or `fallback` until it is measured. */
export function useWidth<T extends HTMLElement>(fallback = 600): [RefObject<T | null>, number] {
  const [ref, width] = useMeasuredWidth<T>();
  return [ref, width ?? fallback];
}
