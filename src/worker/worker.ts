/**
 * The parse worker: parsing a 100 MB journal must not freeze the page. All logic lives in session.ts
 * (testable without a worker); this file only wires it to the worker's message port.
 */
import { PROTOCOL_VERSION, type Request, type Response } from './protocol';
import { createSession } from './session';
import { chunkDelayFrom, chunkGateFrom, createGatedYielder, createSlowYielder, TEST_HOOKS_ENABLED } from './testHooks';

// The project compiles against the DOM lib (the webworker lib conflicts with it), so describe the bits we use.
declare const self: {
  name: string;
  postMessage(message: Response): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<Request>) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
};

const post = (response: Response) => self.postMessage(response);
// Test builds only (see testHooks.ts): a page may ask for a slowed-down read, so tests need no huge inputs.
const delayMs = TEST_HOOKS_ENABLED ? chunkDelayFrom(self.name) : null;
const gated = TEST_HOOKS_ENABLED && chunkGateFrom(self.name);
// One gate for the worker's life: each read's yielder would otherwise open a channel of its own.
let gate: ReturnType<typeof createGatedYielder> | null = null;
const session = createSession(
  post,
  gated
    ? { createYielder: () => (gate ??= createGatedYielder(delayMs)) }
    : delayMs
      ? { createYielder: () => createSlowYielder(delayMs) }
      : {},
);

self.addEventListener('message', (e: MessageEvent<Request>) => void session.handle(e.data));
// Anything that still slips out (a bug in an async callback) is reported, not left to the console.
self.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  post({ v: PROTOCOL_VERSION, type: 'error', id: -1, message: String(e.reason) });
});
post({ v: PROTOCOL_VERSION, type: 'ready' });
