import { describe, expect, it } from 'vitest';
import { BATCH_INTERVAL_MS, createEventSender } from './eventSender';
import type { FoundEvent } from './protocol';

const found = (index: number) => ({ summary: { index } }) as unknown as FoundEvent;

describe('createEventSender', () => {
  it('sends the first batch at once, then at most one per interval, and the rest when forced', () => {
    let t = 0;
    const sent: number[][] = [];
    const sender = createEventSender(
      (batch) => sent.push(batch.map((f) => f.summary.index)),
      () => t,
    );
    sender.flush(); // nothing pending: nothing sent
    sender.add(found(0));
    sender.flush();
    sender.add(found(1));
    sender.add(found(2));
    t += BATCH_INTERVAL_MS / 2;
    sender.flush();
    t += BATCH_INTERVAL_MS;
    sender.flush();
    sender.add(found(3));
    sender.flush(true);
    expect(sent).toEqual([[0], [1, 2], [3]]);
    expect(sender.count).toBe(4);
  });
});
