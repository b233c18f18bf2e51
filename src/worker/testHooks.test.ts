import { describe, expect, it, vi } from 'vitest';
import { chunkDelayFrom, createSlowYielder, TEST_HOOKS_ENABLED, workerNameFor } from './testHooks';

describe('the slowed-down worker of test builds', () => {
  it('is off outside a test build', () => {
    expect(TEST_HOOKS_ENABLED).toBe(false);
  });

  it('carries the delay from the query string to the worker name and back', () => {
    const name = workerNameFor('?sample=global&test-chunk-delay-ms=40');
    expect(name).toBe('oomscope test-chunk-delay-ms=40');
    expect(chunkDelayFrom(name!)).toBe(40);
  });

  it('asks for nothing without the parameter, and ignores other names, zero and garbage', () => {
    expect(workerNameFor('?sample=global')).toBeUndefined();
    expect(chunkDelayFrom('')).toBeNull();
    expect(chunkDelayFrom('oomscope test-chunk-delay-ms=0')).toBeNull();
    expect(chunkDelayFrom('oomscope test-chunk-delay-ms=abc')).toBeNull();
    expect(chunkDelayFrom('other')).toBeNull();
    expect(chunkDelayFrom('oomscope test-chunk-delay-ms=99999')).toBe(1000);
  });

  it('sleeps after every chunk', async () => {
    vi.useFakeTimers();
    try {
      let resumed = false;
      const pending = createSlowYielder(20)()!.then(() => (resumed = true));
      await vi.advanceTimersByTimeAsync(19);
      expect(resumed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await pending;
      expect(resumed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
