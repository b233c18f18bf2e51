/**
 * A ref that always holds the value of the last commit, for event handlers registered once (window listeners,
 * stable callbacks) that must read what is on screen now.
 *
 * It is written in a layout effect, in the commit itself. A passive effect may run a task later, and a key
 * pressed or a button clicked in between (as soon as the new rows are drawn) would act on the render before.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
