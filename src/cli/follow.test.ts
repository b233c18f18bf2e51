/**
 * `oomscope --follow` in-process: a generated endless log is written chunk by chunk to its stdin; each event's
 * line must come out as the event completes (the next report starts, or the input pauses after the kill line),
 * exactly once and in order, and the heap must stay flat over many events (the parser keeps nothing done).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { noise, oomStream, report, victimPid } from '../../test/support/oomStream';
import { main } from './main';

/** One turn of the event loop (timers and I/O may run). */
const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A stdin the test writes to while the command runs. */
function pipe() {
  const queue: Uint8Array[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (queue.length === 0 && !closed) await new Promise<void>((resolve) => (wake = resolve));
        const next = queue.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const poke = () => {
    wake?.();
    wake = null;
  };
  return {
    stream,
    write(text: string) {
      queue.push(new TextEncoder().encode(text));
      poke();
    },
    close() {
      closed = true;
      poke();
    },
  };
}

function follow(argv: string[] = [], quietMs = 60_000) {
  const stdin = pipe();
  const lines: string[] = [];
  const seen = { total: 0 };
  let partial = '';
  const errors: string[] = [];
  const done = main(['--follow', ...argv], {
    out(text) {
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
      seen.total += parts.length;
    },
    err: (text) => void errors.push(text),
    stdin: () => stdin.stream,
    open: () => Promise.reject(new Error('no files in follow mode')),
    followQuietMs: quietMs,
  });
  return { stdin, lines, seen, errors, done };
}

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 20_000 && !ok(); i++) await macrotask();
  if (!ok()) throw new Error('gave up waiting');
}

const victimOf = (line: string) => (JSON.parse(line) as { event: { victim: { pid: number } } }).event.victim.pid;

describe('oomscope --follow', () => {
  it('prints each event once, in order, as soon as the next report starts', async () => {
    const f = follow();
    const chunks = [...oomStream(5)];
    f.stdin.write(chunks[0]);
    for (let k = 1; k < chunks.length; k++) {
      await macrotask();
      expect(f.lines).toHaveLength(k - 1); // event k is complete only when something follows it
      f.stdin.write(chunks[k]);
      await until(() => f.lines.length >= k);
      expect(f.lines.map(victimOf)).toEqual(Array.from({ length: k }, (_, i) => victimPid(i + 1)));
    }
    f.stdin.close();
    expect(await f.done).toBe(0);
    expect(f.lines.map(victimOf)).toEqual([1, 2, 3, 4, 5].map(victimPid));
    const first = JSON.parse(f.lines[0]) as { schemaVersion: number; file: string; eventNumber: number };
    expect(first).toMatchObject({ schemaVersion: 1, file: '-', eventNumber: 1 });
  });

  it('prints an event after a quiet gap following its kill line, not before', async () => {
    const f = follow([], 30);
    f.stdin.write(noise(10, 1) + report(1, 2));
    await until(() => f.lines.length === 1);
    expect(victimOf(f.lines[0])).toBe(victimPid(1));
    // A pause in the middle of a report does not cut it.
    const second = report(2, 20);
    const half = second.indexOf('\n', second.length / 2) + 1;
    f.stdin.write(second.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(f.lines).toHaveLength(1);
    f.stdin.write(second.slice(half));
    await until(() => f.lines.length === 2);
    f.stdin.close();
    expect(await f.done).toBe(0);
    expect(f.lines.map(victimOf)).toEqual([victimPid(1), victimPid(2)]);
  });

  it('filters by time and exits 2 on a bound it cannot compare; --fail-on-oom exits 1', async () => {
    const since = follow(['--since', '1025', '--fail-on-oom']);
    for (const chunk of oomStream(4)) since.stdin.write(chunk);
    since.stdin.close();
    expect(await since.done).toBe(1);
    expect(since.lines.map(victimOf)).toEqual([victimPid(3), victimPid(4)]); // stamped 1031 and 1041
    const date = follow(['--since', '2024-01-01']);
    for (const chunk of oomStream(2)) date.stdin.write(chunk);
    date.stdin.close();
    expect(await date.done).toBe(2);
    expect(date.errors.join('')).toMatch(/--since 2024-01-01 is a date, but event 1 .* only seconds since boot/);
  });

  it('keeps memory flat: the heap after 10N events is about that after N', { timeout: 120_000 }, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfter = async () => {
      await macrotask();
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const N = 100;
    const f = follow();
    let k = 0;
    let atN = 0;
    for (const chunk of oomStream(10 * N + 1, 20)) {
      f.stdin.write(chunk);
      k++;
      if (k % 50 === 0) await until(() => f.seen.total >= k - 1);
      if (k === N + 1) atN = await heapAfter();
      f.lines.splice(0, f.lines.length - 1); // the test itself keeps only the last line
    }
    await until(() => f.seen.total === 10 * N);
    expect(victimOf(f.lines.at(-1)!)).toBe(victimPid(10 * N));
    const at10N = await heapAfter();
    f.stdin.close();
    expect(await f.done).toBe(0);
    const grownMb = (at10N - atN) / 2 ** 20;
    console.log(
      `follow: heap ${(atN / 2 ** 20).toFixed(1)} MiB after ${N} events, ${(at10N / 2 ** 20).toFixed(1)} MiB after ${10 * N}`,
    );
    // Keeping the 900 events in between adds about 9 MiB here (measured with follow mode off).
    expect(grownMb).toBeLessThan(4);
  });
});
