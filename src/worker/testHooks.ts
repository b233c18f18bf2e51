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
 * - `?test-chunk-gate` (with or without a delay) makes the worker wait after every chunk until the page lets it
 *   go on, so a test can hold a read in the middle for as long as it needs (a cancel, say), however busy the
 *   machine: the worker asks on the BroadcastChannel GATE_CHANNEL (`{ waiting: token }`, repeated until
 *   answered, so a page that starts listening late still hears it) and goes on at `{ step: token }`.
 *   test/browser/slowInput.ts holds the page's side.
 */
import type { MaybeYield } from './yielder';

export const TEST_HOOKS_ENABLED = import.meta.env.VITE_OOMSCOPE_TEST_HOOKS === '1';

const PARAM = 'test-chunk-delay-ms';
const GATE = 'test-chunk-gate';
export const GATE_CHANNEL = 'oomscope-test-chunk-gate';
/** How often a waiting worker asks again (a page may install its side of the gate after the worker asked). */
const ASK_AGAIN_MS = 100;
/** Upper bound, so a typo cannot make a test wait for minutes. */
const MAX_DELAY_MS = 1000;

/** The worker name asking for what the page's query string asks (a delay, a gate); undefined when nothing is. */
export function workerNameFor(search: string): string | undefined {
  const query = new URLSearchParams(search);
  const value = query.get(PARAM);
  const parts = [value === null ? '' : ` ${PARAM}=${value}`, query.has(GATE) ? ` ${GATE}` : ''].join('');
  return parts ? `oomscope${parts}` : undefined;
}

/** The per-chunk delay a worker name asks for, or null (no delay, or a name that is not ours). */
export function chunkDelayFrom(workerName: string): number | null {
  if (!workerName.startsWith('oomscope ')) return null;
  const match = new RegExp(`(?:^| )${PARAM}=(\\d+)(?: |$)`).exec(workerName);
  if (!match) return null;
  const ms = Number(match[1]);
  return ms > 0 ? Math.min(ms, MAX_DELAY_MS) : null;
}

/** Whether a worker name asks for the gate. */
export function chunkGateFrom(workerName: string): boolean {
  return workerName.startsWith('oomscope ') && workerName.split(' ').includes(GATE);
}

/**
 * Sleeps `delayMs` after every chunk. A timer is a macrotask, so requests from the page (an event's
 * detail) are still answered between chunks, as the normal yielder lets them be.
 */
export function createSlowYielder(delayMs: number): MaybeYield {
  return () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));
}

/** What the page's side of the gate needs: a channel (BroadcastChannel in the worker, a stand-in in tests). */
export interface GateChannel {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/**
 * Waits after every chunk until the page sends a step for this wait (after `delayMs`, when asked for, so the
 * progress of the chunk just read is posted, not folded into the next one's).
 */
export function createGatedYielder(
  delayMs: number | null,
  channel: GateChannel = new BroadcastChannel(GATE_CHANNEL),
): MaybeYield {
  let waiting: { token: string; go: () => void } | null = null;
  let count = 0;
  channel.onmessage = (e: MessageEvent) => {
    const step = (e.data as { step?: unknown } | null)?.step;
    if (waiting && step === waiting.token) waiting.go();
  };
  return async () => {
    if (delayMs) await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
    count += 1;
    // Unique across workers too: a replaced worker (cancel) starts counting again.
    const token = `${Math.random().toString(36).slice(2)}-${count}`;
    await new Promise<void>((resolve) => {
      const ask = setInterval(() => channel.postMessage({ waiting: token }), ASK_AGAIN_MS);
      waiting = {
        token,
        go: () => {
          clearInterval(ask);
          waiting = null;
          resolve();
        },
      };
      channel.postMessage({ waiting: token });
    });
  };
}
