/**
 * Setup for component tests in jsdom: jest-dom matchers (toBeInTheDocument, …), cleanup between tests,
 * and the browser APIs jsdom lacks that our components use.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(() => cleanup());

// The test files of a worker share one jsdom window (isolate: false in vitest.config.ts): each starts from a
// clean address, storage and theme, whatever the file before left.
beforeEach(() => {
  history.replaceState(null, '', '/');
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

// findBy*/waitFor give up after 1 s by default; the app's views mount one per task (Staged), which on a busy
// 2-core machine takes longer than that. A test still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

/**
 * jsdom has no ResizeObserver and no layout. Recharts' ResponsiveContainer measures its parent through
 * ResizeObserver and draws nothing at 0x0, so the stub reports one fixed size once observed.
 */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 400, right: 800, bottom: 400 };
    const entry = { target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FixedSizeResizeObserver;
}
