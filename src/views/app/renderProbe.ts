/**
 * Test-only render counter. A browser test sets `window.__oomscopeRenders = {}` and reads how often each
 * heavy view rendered during a parse; in normal use the object is absent and this is one property read.
 * Counting in the render body (not a <Profiler>) because the tests run React's production build, where
 * Profiler callbacks never fire.
 */
type RenderCounts = Record<string, number>;

export function countRender(view: string): void {
  const counts = (globalThis as { __oomscopeRenders?: RenderCounts }).__oomscopeRenders;
  if (counts) counts[view] = (counts[view] ?? 0) + 1;
}
