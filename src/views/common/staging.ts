/**
 * The page's one queue of heavy renders, so that no main-thread task is long. A staged view (Staged.tsx)
 * asks for a turn; turns are given one per macrotask, in the order asked, and the next one only after the
 * previous view has committed (its effect ran), so each view's render and DOM work land in a task of their
 * own. In the page (main.tsx) each turn also waits for the frame after the last one, so the browser lays out
 * and paints one new view per frame: a freshly mounted view's first style, layout and paint are the work of
 * that frame, and several of them in one frame made it a long task. A turn that only takes a view away (its
 * content already hidden) has nothing for the browser to draw and does not wait for a frame. Everything happens
 * at once when the page is printed.
 */

/** Renders the view; false: there was nothing to do (it went away meanwhile), the turn passes on at once. */
type Start = () => boolean;

interface Turn {
  start: Start;
  /** Waits for the frame after the last turn (when the page paces turns by frame). */
  frame: boolean;
}

const waiting: Turn[] = [];
let busy: object | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let immediate = false;
let byFrame = false;

/** The page's entry calls this: a turn waits for the next frame to be drawn (component tests take turns faster). */
export function paceTurnsByFrame(on = true): void {
  byFrame = on;
}

/** A turn not reported done within this time is given up (an error boundary, a lost effect). */
const TURN_LIMIT_MS = 1000;

function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    run();
  };
  port2.postMessage(null);
}

/**
 * `run` in a task after the next frame is drawn (a requestAnimationFrame callback runs just before the frame's
 * style, layout and paint; a task posted from it runs after them). A hidden page draws no frames: then, or if
 * no frame comes within 100 ms, at once. (The page also starts a parse this way: the worker's first burst of
 * work waits until the frame answering the drop is drawn, worker/client.ts.)
 */
export function afterNextFrame(run: () => void): void {
  if (!byFrame || typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') {
    nextTask(run);
    return;
  }
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    clearTimeout(fallback);
    nextTask(run);
  };
  const fallback = setTimeout(go, 100);
  requestAnimationFrame(go);
}

function pump(): void {
  if (busy || !waiting.length) return;
  const token = {};
  busy = token;
  (waiting[0].frame ? afterNextFrame : nextTask)(() => {
    const turn = waiting.shift();
    if (!turn) {
      busy = null;
      return;
    }
    timer = setTimeout(() => done(token), TURN_LIMIT_MS);
    if (!turn.start()) done(token);
  });
}

/** The view that had the turn committed (or went away): the next one may go. */
function done(token: object): void {
  if (busy !== token) return;
  busy = null;
  if (timer !== null) clearTimeout(timer);
  timer = null;
  pump();
}

/**
 * Asks for a turn: `start` runs in a later task (a state update that renders the view). Returns `finish`,
 * to call when the view has committed, and `cancel` for a view that goes away first.
 */
/**
 * `npm run bench:browser` sets `window.__bench`: each turn's name, length (start to commit) and start are noted
 * there, so a long frame can be put down to the view whose turn came before it.
 */
function noteTurn(label: string, started: number): void {
  const bench = (globalThis as { __bench?: { turns?: [string, number, number][] } }).__bench;
  if (bench) (bench.turns ??= []).push([label, performance.now() - started, started]);
}

export function requestTurn(
  start: Start,
  label = 'view',
  /** `frame: false`: the turn draws nothing new (a view leaving), so it need not wait for a frame. */
  { frame = true }: { frame?: boolean } = {},
): { finish: () => void; cancel: () => void } {
  if (immediate) {
    start();
    return { finish: () => {}, cancel: () => {} };
  }
  let token: object | null = null;
  let started = 0;
  const wrapped = () => {
    token = busy;
    started = performance.now();
    return start();
  };
  const turn = { start: wrapped, frame };
  waiting.push(turn);
  pump();
  return {
    finish: () => {
      if (!token) return;
      noteTurn(label, started);
      done(token);
    },
    cancel: () => {
      const at = waiting.indexOf(turn);
      if (at >= 0) waiting.splice(at, 1);
      else if (token) done(token);
    },
  };
}

/** Printing needs every view now: give every waiting turn at once, and later ones at once too. */
export function stageEverythingNow(on = true): void {
  immediate = on;
  if (!on) return;
  for (const turn of waiting.splice(0)) turn.start();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => stageEverythingNow(true));
  window.addEventListener('afterprint', () => stageEverythingNow(false));
  // A print preview emulated by a browser's developer tools (or a test) says so through the media query only.
  window.matchMedia?.('print').addEventListener?.('change', (e) => stageEverythingNow(e.matches));
}
