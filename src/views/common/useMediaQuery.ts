/** Whether a CSS media query matches now, kept current (for layout that CSS alone cannot do, e.g. row heights). */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener?.('change', changed);
      return () => media?.removeEventListener?.('change', changed);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
