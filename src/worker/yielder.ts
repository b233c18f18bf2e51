/**
 * Lets a long read loop in the worker give way to the message queue now and then. Awaiting a stream reader
 * only runs microtasks, so without this a request posted by the UI (the first event's detail, say) waits
 * until the whole file has been read. A macrotask lets such requests in; doing it only every few
 * milliseconds keeps the cost to a fraction of a percent.
 */

/** Time between yields (ms): short enough that a detail request is answered without a visible wait. */
export const YIELD_INTERVAL_MS = 25;

/**
 * Resolves in a fresh macrotask. A MessageChannel message, not setTimeout(0): browsers clamp nested
 * timeouts to 4 ms, which would cost the parse far more than the yield itself.
 */
export function macrotask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closed at once so the port keeps nothing alive (Node would otherwise wait on it).
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export type MaybeYield = () => Promise<void> | undefined;

/**
 * Returns a function to call after each unit of work: it returns a promise to await when it is time
 * to yield, and undefined otherwise (so the hot path costs one clock read and no promise).
 */
export function createYielder(intervalMs = YIELD_INTERVAL_MS, now = () => performance.now()): MaybeYield {
  let last = now();
  return () => {
    if (now() - last < intervalMs) return undefined;
    return macrotask().then(() => {
      last = now();
    });
  };
}
