import { describe, expect, it } from 'vitest';
import { createProgressStore } from './parseFeed';

describe('createProgressStore', () => {
  it('notifies subscribers of each new value until they unsubscribe', () => {
    const store = createProgressStore();
    let seen = 0;
    const stop = store.subscribe(() => seen++);
    const p = { bytesRead: 1, totalBytes: 2, eventsFound: 0 };
    store.set(p);
    store.set(p); // same object: nothing changed
    expect(store.get()).toBe(p);
    stop();
    store.set(null);
    expect(seen).toBe(1);
    expect(store.get()).toBeNull();
  });
});
