/**
 * Progress of a parse (every ~100 ms), kept out of the app's state so it does not re-render the whole page:
 * a tiny external store that only the progress panel subscribes to. (Found events come batched by the
 * worker itself, src/worker/eventSender.ts.)
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
