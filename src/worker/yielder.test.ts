import { describe, expect, it } from 'vitest';
import { createYielder, macrotask } from './yielder';

describe('createYielder', () => {
  it('yields only once the interval has passed since the last yield', async () => {
    let clock = 0;
    const maybeYield = createYielder(25, () => clock);
    clock = 24;
    expect(maybeYield()).toBeUndefined();
    clock = 25;
    const pending = maybeYield();
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    clock = 40;
    expect(maybeYield()).toBeUndefined();
    clock = 50;
    expect(maybeYield()).toBeInstanceOf(Promise);
  });
});

describe('macrotask', () => {
  it('lets a message queued before it be handled first, which a microtask would not', async () => {
    const seen: string[] = [];
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      seen.push('request');
      port1.close();
    };
    port2.postMessage(null);
    await Promise.resolve();
    seen.push('after microtask');
    await macrotask();
    seen.push('after macrotask');
    expect(seen).toEqual(['after microtask', 'request', 'after macrotask']);
  });
});
