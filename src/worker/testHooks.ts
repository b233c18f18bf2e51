/**
 * A slowed-down worker for the browser tests, compiled into test builds only.
 *
 * What the browser tests must prove about a large file ("the first event shows before the parse ends",
 * progress, cancel) used to need 100–150 MB inputs, just so the parse lasted long enough to be caught in
 * the act. Instead, a test build lets the page ask for a pause after every chunk the worker reads, and the
 * tests use inputs of a few hundred kB.
 *
 * How it is switched on, and why it cannot reach users:
 * - `VITE_OOMSCOPE_TEST_HOOKS=1 vite build` (the browser tests' global setup builds dist/ so) makes
 *   `import.meta.env.VITE_OOMSCOPE_TEST_HOOKS` the constant '1'. Every other build (npm run build, the offline file) leaves
 *   it unset: the checks below fold to `false` and the bundler drops this code.
 * - In a test build, a page opened with `?test-chunk-delay-ms=N` names its worker `oomscope test-chunk-delay-ms=N`
 *   (a Worker's name is the one thing a page can hand its worker before the first message without a new
 *   protocol message), and the worker then sleeps N ms after every chunk.
 */
import type { MaybeYield } from './yielder';

export const TEST_HOOKS_ENABLED = import.meta.env.VITE_OOMSCOPE_TEST_HOOKS === '1';

const PARAM = 'test-chunk-delay-ms';
/** Upper bound, so a typo cannot make a test wait for minutes. */
const MAX_DELAY_MS = 1000;

/** The worker name asking for `delayMs` per chunk, from the page's query string; undefined when none is asked. */
export function workerNameFor(search: string): string | undefined {
  const value = new URLSearchParams(search).get(PARAM);
  return value === null ? undefined : `oomscope ${PARAM}=${value}`;
}

/** The per-chunk delay a worker name asks for, or null (no delay, or a name that is not ours). */
export function chunkDelayFrom(workerName: string): number | null {
  const match = new RegExp(`(?:^| )${PARAM}=(\\d+)$`).exec(workerName);
  if (!match) return null;
  const ms = Number(match[1]);
  return ms > 0 ? Math.min(ms, MAX_DELAY_MS) : null;
}

/**
 * Sleeps `delayMs` after every chunk. A timer is a macrotask, so requests from the page (an event's
 * detail) are still answered between chunks, as the normal yielder lets them be.
 */
export function createSlowYielder(delayMs: number): MaybeYield {
  return () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));
}
