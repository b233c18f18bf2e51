import { describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { calmVirtual } from './calmVirtual';

type Instance = Virtualizer<Element, Element>;

/** Just what the two options read of a virtualizer: its box and the box's window. */
function fakeInstance(box: object, win: object = {}): Instance {
  return { scrollElement: box, targetWindow: win, options: { horizontal: false, isRtl: false } } as unknown as Instance;
}

describe('calmVirtual', () => {
  it('skips only a new box’s first write of offset 0 (the box is at 0 already), not later ones', () => {
    const box = { scrollTo: vi.fn() };
    const instance = fakeInstance(box);
    calmVirtual.scrollToFn(0, {}, instance);
    expect(box.scrollTo).not.toHaveBeenCalled();
    calmVirtual.scrollToFn(300, {}, instance);
    calmVirtual.scrollToFn(0, {}, instance); // back to the top, e.g. Ctrl+Home
    expect(box.scrollTo.mock.calls.map(([o]) => o.top)).toEqual([300, 0]);
    // A new box whose first write is not 0 (a list opened scrolled to its selected row) is written.
    const other = { scrollTo: vi.fn() };
    calmVirtual.scrollToFn(120, {}, fakeInstance(other));
    expect(other.scrollTo).toHaveBeenCalledTimes(1);
  });

  it('takes the box’s size from the ResizeObserver’s entries, never reading it at mount', () => {
    let report: ((entries: { contentRect: { width: number; height: number } }[]) => void) | null = null;
    class FakeObserver {
      constructor(cb: typeof report) {
        report = cb;
      }
      observe() {}
      disconnect() {}
    }
    const box = {
      get clientHeight(): number {
        throw new Error('read at mount');
      },
    };
    const cb = vi.fn();
    const stop = calmVirtual.observeElementRect(fakeInstance(box, { ResizeObserver: FakeObserver }), cb);
    expect(cb).not.toHaveBeenCalled();
    report!([{ contentRect: { width: 640.4, height: 410.6 } }]);
    expect(cb).toHaveBeenCalledWith({ width: 640, height: 411 });
    expect(typeof stop).toBe('function');
  });
});
