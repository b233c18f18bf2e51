/**
 * jsdom lays nothing out, so TanStack Virtual sees a 0×0 scroll box and renders no rows.
 * Component tests that check rows give every element a fixed client size (test-only helper).
 */
import { afterAll, beforeAll } from 'vitest';

export function withFixedClientSize(width = 1000, height = 800) {
  const saved = {
    w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    if (saved.w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.w);
    if (saved.h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.h);
  });
}
