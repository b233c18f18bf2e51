/**
 * The two fast streams of a parse, kept out of the app's state so they do not re-render the whole page:
 * progress (every ~100 ms) lives in a tiny external store that only the progress panel subscribes to,
 * and event summaries (one message per event) are collected and handed over in batches.
 */
import { useSyncExternalStore } from 'react';

export interface Progress {
  bytesRead: number;
  totalBytes: number | null;
  eventsFound: number;
}

export interface ProgressStore {
  get(): Progress | null;
  set(progress: Progress | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let current: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(progress) {
      if (progress === current) return;
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's current progress; re-renders the caller (and only the caller) when it changes. */
export function useProgress(store: ProgressStore): Progress | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

export interface Batcher<T> {
  push(item: T): void;
  /** Hands over what is pending now (the parse stopped early: what it found stays listed). */
  flush(): void;
  /** Forgets what was not yet handed over (the parse ended, or a newer one started). */
  drop(): void;
}

/**
 * Collects items and hands them to `flush` at most once per `delayMs`. A 100 MB journal can hold thousands of
 * events; one render per event would copy the list thousands of times and keep the page busy.
 */
export function createBatcher<T>(flush: (items: T[]) => void, delayMs = 50): Batcher<T> {
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    const items = pending;
    pending = [];
    if (items.length) flush(items);
  };
  return {
    push(item) {
      pending.push(item);
      timer ??= setTimeout(run, delayMs);
    },
    flush() {
      if (timer != null) clearTimeout(timer);
      run();
    },
    drop() {
      pending = [];
      if (timer != null) clearTimeout(timer);
      timer = null;
    },
  };
}
