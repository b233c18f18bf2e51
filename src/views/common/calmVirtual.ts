/**
 * Options for TanStack Virtual that keep a freshly mounted list from laying out the page inside its commit.
 * By default the virtualizer, in the layout effect of its first render, reads the scroll box's size
 * (clientHeight) and writes its initial scroll offset (scrollTo(0)); either makes the browser lay out the
 * whole page there and then, in the same task as the render (the task table's mount was 150 ms, 65 of them
 * this layout). With these, the box's size starts from `initialRect` (set it to what the box's style gives)
 * and follows a ResizeObserver, which reports after the browser's own layout; and the first write of offset 0
 * into a new box, already at 0, is skipped.
 */
import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

function observeElementRect<T extends Element>(instance: Virtualizer<T, Element>, cb: (rect: Rect) => void) {
  const element = instance.scrollElement;
  const win = instance.targetWindow;
  if (!element || !win) return;
  if (!win.ResizeObserver) {
    cb({ width: element.clientWidth, height: element.clientHeight });
    return;
  }
  // The size the observer hands over (these boxes have no padding, so their content box is the client area):
  // reading clientHeight here instead would lay out a subtree the page keeps skipped (a retiring event view,
  // content-visibility: hidden), all of it, in the frame.
  const observer = new win.ResizeObserver(([entry]) => {
    if (entry) cb({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Scroll boxes written to at least once: only a box's very first write can be the initial one. */
const written = new WeakSet<Element>();

function scrollToFn<T extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<T, Element>,
) {
  const element = instance.scrollElement;
  if (element && !written.has(element)) {
    written.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

export const calmVirtual = { observeElementRect, scrollToFn } as const;
