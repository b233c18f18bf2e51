import { describe, expect, it, vi } from 'vitest';
import {
  chunkDelayFrom,
  chunkGateFrom,
  createGatedYielder,
  createSlowYielder,
  TEST_HOOKS_ENABLED,
  workerNameFor,
  type GateChannel,
} from './testHooks';

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

  it('carries the gate, alone or with a delay, and reads each back', () => {
    expect(workerNameFor('?test-chunk-gate')).toBe('oomscope test-chunk-gate');
    const both = workerNameFor('?test-chunk-delay-ms=150&test-chunk-gate')!;
    expect(both).toBe('oomscope test-chunk-delay-ms=150 test-chunk-gate');
    expect(chunkDelayFrom(both)).toBe(150);
    expect(chunkGateFrom(both)).toBe(true);
    expect(chunkGateFrom('oomscope test-chunk-delay-ms=150')).toBe(false);
    expect(chunkGateFrom('test-chunk-gate')).toBe(false);
  });

  it('holds after every chunk until the page steps that wait, asking again until it does', async () => {
    vi.useFakeTimers();
    try {
      const sent: unknown[] = [];
      const channel: GateChannel = { postMessage: (m) => sent.push(m), onmessage: null };
      const yielder = createGatedYielder(null, channel);
      let resumed = false;
      const pending = yielder()!.then(() => (resumed = true));
      await vi.advanceTimersByTimeAsync(0);
      const token = (sent[0] as { waiting: string }).waiting;
      expect(token).toBeTruthy();
      await vi.advanceTimersByTimeAsync(250);
      expect(sent).toEqual([{ waiting: token }, { waiting: token }, { waiting: token }]);
      // A step for another wait (a stale answer) does not let it go on.
      channel.onmessage!({ data: { step: 'other' } } as MessageEvent);
      await vi.advanceTimersByTimeAsync(0);
      expect(resumed).toBe(false);
      channel.onmessage!({ data: { step: token } } as MessageEvent);
      await pending;
      expect(resumed).toBe(true);
      // Asked no more once answered.
      await vi.advanceTimersByTimeAsync(500);
      expect(sent).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
