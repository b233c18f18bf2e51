/**
 * Sends found events to the page in batches. A message per event would be a main-thread task per event on
 * the page (10,000 for a dense log); a batch every BATCH_INTERVAL_MS is at most ten a second. The first
 * batch goes at once, so the first event still shows before the file ends.
 */
import type { FoundEvent } from './protocol';

export const BATCH_INTERVAL_MS = 100;

export interface EventSender {
  add(found: FoundEvent): void;
  /** After each chunk of input: sends what is pending when the interval has passed (or `now` is true). */
  flush(force?: boolean): void;
  /** How many events were added. */
  readonly count: number;
}

export function createEventSender(send: (found: FoundEvent[]) => void, now: () => number): EventSender {
  let pending: FoundEvent[] = [];
  let last: number | null = null;
  let count = 0;
  return {
    add(found) {
      pending.push(found);
      count++;
    },
    flush(force = false) {
      if (pending.length === 0) return;
      const t = now();
      if (!force && last !== null && t - last < BATCH_INTERVAL_MS) return;
      last = t;
      const batch = pending;
      pending = [];
      send(batch);
    },
    get count() {
      return count;
    },
  };
}
