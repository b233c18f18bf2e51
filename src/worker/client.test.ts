import { describe, expect, it, vi } from 'vitest';
import { CancelledError, createClientWith, type WorkerLike } from './client';
import { PROTOCOL_VERSION, type ParseDone, type ParseSummary, type Request, type Response } from './protocol';
import { makeSummary } from '../../test/support/parseSummary';

/** A Worker double: records what the client posts and lets the test reply. */
class FakeWorker implements WorkerLike {
  static spawned: FakeWorker[] = [];
  posted: Request[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<Response>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.spawned.push(this);
  }
  postMessage(message: Request) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: Response) {
    this.onmessage?.({ data: r } as MessageEvent<Response>);
  }
  get lastId() {
    return this.posted.at(-1)?.id ?? -1;
  }
}

const { events: _events, places: _places, ...summary } = makeSummary();
const done: ParseDone = summary;
const v = PROTOCOL_VERSION;
const input = { kind: 'text' as const, text: 'log', name: 'paste' };

function setup() {
  FakeWorker.spawned = [];
  const client = createClientWith(() => new FakeWorker());
  return { client, worker: () => FakeWorker.spawned.at(-1) as FakeWorker };
}

describe('OomClient', () => {
  it('posts a versioned parse request, streams progress and batches of events to the handlers, resolves on done', async () => {
    const { client, worker } = setup();
    const onProgress = vi.fn();
    const onEvent = vi.fn();
    const onEvents = vi.fn();
    const result = client.parse(input, { onProgress, onEvent, onEvents });
    const w = worker();
    expect(w.posted[0]).toMatchObject({ v, type: 'parse', input });
    const id = w.lastId;
    w.reply({ v, type: 'ready' });
    w.reply({ v, type: 'progress', id, bytesRead: 1, totalBytes: 3, eventsFound: 0 });
    const found = [0, 1].map((index) => ({
      summary: { index } as ParseSummary['events'][number],
      place: { file: 0, at: { wallMs: null, zoneMin: null, uptime: index, boot: 0 }, victimKb: null, cgroup: null },
    }));
    w.reply({ v, type: 'events-found', id, found: [found[0]] });
    w.reply({ v, type: 'events-found', id, found: [found[1]] });
    w.reply({ v, type: 'done', id, summary: done });
    // done does not repeat the events: the client puts the batches back into the summary.
    await expect(result).resolves.toEqual({
      ...done,
      events: found.map((f) => f.summary),
      places: found.map((f) => f.place),
    });
    expect(onProgress).toHaveBeenCalledWith({ bytesRead: 1, totalBytes: 3, eventsFound: 0 });
    expect(onEvents.mock.calls).toEqual([[[found[0]]], [[found[1]]]]);
    expect(onEvent.mock.calls).toEqual([[found[0].summary], [found[1].summary]]);
  });

  it('posts a parse when its start says so, and never one cancelled before that', async () => {
    FakeWorker.spawned = [];
    const starts: (() => void)[] = [];
    const client = createClientWith(
      () => new FakeWorker(),
      (post) => starts.push(post),
    );
    const w = FakeWorker.spawned[0];
    void client.getEvent(0).catch(() => {});
    expect(w.posted.map((r) => r.type)).toEqual(['event']); // only a parse waits for its start
    const first = client.parse(input);
    expect(w.posted.map((r) => r.type)).toEqual(['event']);
    starts.shift()!();
    expect(w.posted.map((r) => r.type)).toEqual(['event', 'parse']);
    // A second parse cancels the first (a fresh worker); cancelled in turn before its start, it is never posted.
    const second = client.parse({ ...input, name: 'second' });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    client.cancel();
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    starts.shift()!();
    expect(FakeWorker.spawned.slice(1).flatMap((x) => x.posted)).toEqual([]);
  });

  it('cancel terminates the worker, respawns it and rejects the parse with CancelledError', async () => {
    const { client, worker } = setup();
    const first = worker();
    const result = client.parse(input);
    client.cancel();
    await expect(result).rejects.toBeInstanceOf(CancelledError);
    expect(first.terminated).toBe(true);
    expect(FakeWorker.spawned).toHaveLength(2);
    // The fresh worker serves the next request.
    const detail = client.getEvent(0);
    expect(worker().posted[0]).toMatchObject({ type: 'event', index: 0 });
    worker().reply({ v, type: 'event-detail', id: worker().lastId, detail: { source: [] } as never });
    await expect(detail).resolves.toEqual({ source: [] });
  });

  it('a new parse cancels the one still running', async () => {
    const { client, worker } = setup();
    const first = client.parse(input);
    const second = client.parse({ ...input, text: 'other' });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    worker().reply({ v, type: 'done', id: worker().lastId, summary: done });
    await expect(second).resolves.toEqual({ ...done, events: [], places: [] });
  });

  it("rejects with the worker's message on an error reply, and everything when the worker crashes", async () => {
    const { client, worker } = setup();
    const a = client.getEvent(9);
    worker().reply({ v, type: 'error', id: worker().lastId, message: 'There is no event 9' });
    await expect(a).rejects.toThrow('There is no event 9');
    const b = client.parse(input);
    const crashed = worker();
    crashed.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(b).rejects.toThrow('The analysis worker stopped: boom');
    expect(crashed.terminated).toBe(true);
    expect(worker()).not.toBe(crashed);
  });

  it('ignores replies for requests it no longer waits for, and refuses work after dispose', async () => {
    const { client, worker } = setup();
    const w = worker();
    w.reply({ v, type: 'done', id: 12345, summary: done });
    client.dispose();
    expect(w.terminated).toBe(true);
    await expect(client.getEvent(0)).rejects.toBeInstanceOf(CancelledError);
  });

  it('asks the worker to unpack and pack share links, and hands back its answers', async () => {
    const { client, worker } = setup();
    const unpacked = client.unpack({ kind: 'link', fragment: 'v=2&s=AA' });
    expect(worker().posted.at(-1)).toMatchObject({ v, type: 'unpack', source: { kind: 'link', fragment: 'v=2&s=AA' } });
    const answer = { log: null, version: 2, problems: [{ part: 'log', code: 'truncated' }] } as const;
    worker().reply({
      v,
      type: 'unpacked',
      id: worker().lastId,
      unpacked: { ...answer, problems: [...answer.problems] },
    });
    await expect(unpacked).resolves.toEqual(answer);
    const log = { name: null, text: 'x', lines: null, view: { event: null, line: null }, redacted: false };
    const packed = client.pack({ target: 'link', log });
    expect(worker().posted.at(-1)).toMatchObject({ type: 'pack', pack: { target: 'link', log } });
    worker().reply({ v, type: 'packed', id: worker().lastId, text: 'v=2&s=eA' });
    await expect(packed).resolves.toBe('v=2&s=eA');
  });
});
