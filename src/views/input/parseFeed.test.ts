import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBatcher, createProgressStore } from './parseFeed';

afterEach(() => vi.useRealTimers());

describe('createBatcher', () => {
  it('hands over everything pushed within the delay in one call', () => {
    vi.useFakeTimers();
    const calls: number[][] = [];
    const batch = createBatcher<number>((items) => calls.push(items), 50);
    for (let i = 0; i < 1000; i++) batch.push(i);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(1000);
    batch.push(1000);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([calls[0], [1000]]);
  });

  it('flush hands over now; drop forgets', () => {
    vi.useFakeTimers();
    const calls: string[][] = [];
    const batch = createBatcher<string>((items) => calls.push(items), 50);
    batch.push('a');
    batch.flush();
    expect(calls).toEqual([['a']]);
    batch.push('b');
    batch.drop();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([['a']]);
  });
});

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
