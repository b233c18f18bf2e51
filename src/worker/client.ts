/**
 * The only door from the UI to the parser. It owns the worker: one parse at a time, progress and events
 * streamed to handlers, event details on request. Cancelling terminates the worker outright (a worker busy in
 * a parse cannot read a "stop" message) and starts a fresh one, so the next parse does not wait.
 */
import OomWorker from './worker?worker&inline';
import {
  PROTOCOL_VERSION,
  type EventDetail,
  type EventPlace,
  type EventSummary,
  type ExportParts,
  type FoundEvent,
  type PackRequest,
  type ParseInput,
  type ParseSummary,
  type Request,
  type Response,
  type UnpackSource,
  type Unpacked,
} from './protocol';
import { TEST_HOOKS_ENABLED, workerNameFor } from './testHooks';

export class CancelledError extends Error {
  constructor(message = 'The analysis was cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}

export interface ParseHandlers {
  onProgress?: (p: { bytesRead: number; totalBytes: number | null; eventsFound: number }) => void;
  /** As soon as each event is parsed, before the input ends (called per event of each batch). */
  onEvent?: (summary: EventSummary) => void;
  /** Each batch of events just parsed, with their places (file, time, cgroup): one call per worker message. */
  onEvents?: (found: FoundEvent[]) => void;
}

export interface OomClient {
  /** A new parse cancels the previous one. */
  parse(input: ParseInput, handlers?: ParseHandlers): Promise<ParseSummary>;
  /** Terminates the worker and respawns it; the pending parse rejects with CancelledError. */
  cancel(): void;
  getEvent(index: number): Promise<EventDetail>;
  /** Decodes a share link or analysis file in the worker: capped, validated, never throws for bad input. */
  unpack(source: UnpackSource): Promise<Unpacked>;
  /** Makes a share link's fragment or an analysis file's JSON. */
  pack(request: PackRequest): Promise<string>;
  /** What event `index`'s JSON document needs besides its detail (rejects while the file is still read). */
  exportParts(index: number): Promise<ExportParts>;
  dispose(): void;
}

/** What the client needs of a Worker; lets unit tests drive the client with a fake. */
export interface WorkerLike {
  postMessage(message: Request): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<Response>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** A request without the envelope fields the client adds (distributes over the union's members). */
type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'v' | 'id'> : never) : never;

interface Pending {
  kind: 'parse' | 'event' | 'share';
  resolve(value: never): void;
  reject(error: Error): void;
  handlers: ParseHandlers;
  /** A parse's events so far, by number: `done` does not repeat them, the client puts them back. */
  events: EventSummary[];
  places: EventPlace[];
}

/**
 * When a parse request goes to the worker: `start` runs it now or later. The page starts a parse after the
 * frame that answers the drop (afterNextFrame): the drop's own task and frame (the new file named, the last
 * one's views leaving) then run while the worker is still idle. Started at once, the worker's first burst
 * (reading, compiling the parser's hot paths) took the second core of a 2-core machine, and the drop's
 * 10-15 ms of work stretched into tasks of 50-100 ms. A frame's delay before the read starts costs nothing
 * a user sees.
 */
export type ParseStart = (post: () => void) => void;

const AT_ONCE: ParseStart = (post) => post();

export function createClientWith(spawn: () => WorkerLike, startParse: ParseStart = AT_ONCE): OomClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;
  let worker = start();

  function start(): WorkerLike {
    const w = spawn();
    w.onmessage = (e) => receive(e.data);
    // An error event means the worker itself broke (failed to load, crashed): fail everything, start afresh.
    w.onerror = (e) => {
      e.preventDefault?.();
      restart(new Error(`The analysis worker stopped: ${e.message || 'unknown error'}`));
    };
    return w;
  }

  function rejectAll(error: Error) {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(error);
  }

  function restart(error: Error) {
    worker.terminate();
    rejectAll(error);
    if (!disposed) worker = start();
  }

  function receive(r: Response) {
    if (r.type === 'ready') return;
    if (r.type === 'error' && r.id === -1) return rejectAll(new Error(r.message));
    const p = pending.get(r.id);
    if (!p) return; // a reply to a request that was already cancelled
    switch (r.type) {
      case 'progress':
        p.handlers.onProgress?.({ bytesRead: r.bytesRead, totalBytes: r.totalBytes, eventsFound: r.eventsFound });
        return;
      case 'events-found':
        for (const { summary, place } of r.found) {
          p.events[summary.index] = summary;
          p.places[summary.index] = place;
        }
        p.handlers.onEvents?.(r.found);
        if (p.handlers.onEvent) for (const found of r.found) p.handlers.onEvent(found.summary);
        return;
      case 'done': {
        pending.delete(r.id);
        const summary: ParseSummary = { ...r.summary, events: p.events, places: p.places };
        p.resolve(summary as never);
        return;
      }
      case 'event-detail':
        pending.delete(r.id);
        p.resolve(r.detail as never);
        return;
      case 'unpacked':
        pending.delete(r.id);
        p.resolve(r.unpacked as never);
        return;
      case 'packed':
        pending.delete(r.id);
        p.resolve(r.text as never);
        return;
      case 'exported':
        pending.delete(r.id);
        p.resolve(r.parts as never);
        return;
      case 'error':
        pending.delete(r.id);
        p.reject(new Error(r.message));
    }
  }

  function request<T>(kind: Pending['kind'], body: RequestBody, handlers: ParseHandlers = {}): Promise<T> {
    if (disposed) return Promise.reject(new CancelledError('The analysis client was disposed.'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { kind, resolve: resolve as (v: never) => void, reject, handlers, events: [], places: [] });
      // Posted only while still asked for: a parse cancelled before its start never reaches a worker.
      const post = () => {
        if (pending.has(id)) worker.postMessage({ ...body, v: PROTOCOL_VERSION, id } as Request);
      };
      if (kind === 'parse') startParse(post);
      else post();
    });
  }

  const client: OomClient = {
    parse(input, handlers) {
      if ([...pending.values()].some((p) => p.kind === 'parse')) client.cancel();
      return request<ParseSummary>('parse', { type: 'parse', input }, handlers);
    },
    cancel() {
      restart(new CancelledError());
    },
    getEvent(index) {
      return request<EventDetail>('event', { type: 'event', index });
    },
    unpack(source) {
      return request<Unpacked>('share', { type: 'unpack', source });
    },
    pack(pack) {
      return request<string>('share', { type: 'pack', pack });
    },
    exportParts(index) {
      return request<ExportParts>('event', { type: 'export', index });
    },
    dispose() {
      disposed = true;
      worker.terminate();
      rejectAll(new CancelledError('The analysis client was disposed.'));
    },
  };
  return client;
}

/** Starts the real worker. It is inlined into the bundle, so it also starts from a file:// page. */
export function createClient(startParse?: ParseStart): OomClient {
  // Test builds only (see testHooks.ts): the page's query string may ask for a slowed-down worker.
  const name = TEST_HOOKS_ENABLED ? workerNameFor(location.search) : undefined;
  return createClientWith(() => new OomWorker(name ? { name } : undefined) as unknown as WorkerLike, startParse);
}
