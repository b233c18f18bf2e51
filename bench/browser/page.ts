/**
 * What the bench does inside the page: drop files the way a user does (a real File from disk, so a 1 GB
 * journal is never copied through the test driver), and note, in the frame after each change to the page, when
 * the first event was listed, when its detail was shown and when the parse was done.
 */
import type { Page } from 'playwright-core';

export interface PageTimes {
  /** ms after the drop. */
  firstListed: number | null;
  firstDetail: number | null;
  done: number | null;
  /** Elements in the document when done. */
  domNodes: number;
  /** Rows of the event list in the DOM when done. */
  listRows: number;
  /** PerformanceObserver 'longtask' entries (≥ 50 ms) after the drop, longest first: ms after the drop, and how long. */
  longTasks: { at: number; ms: number }[];
  /**
   * The app's staged views (src/views/common/staging.ts): name, ms from their turn to their commit, and when the
   * turn started (ms after the drop); longest first.
   */
  turns: [string, number, number][];
}

/** Installed before the app's code: records long tasks from the start (the observer is not buffered for all). */
export const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = { longTasks: [], turns: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * Waits until the page shows the sample analysed and has drawn nothing for `quietMs`: a user drops a file on a
 * page they have been looking at, not in the frames that still draw the sample's views (those come in turns
 * after its analysis is done, and a drop among them would be measured with their work).
 */
export async function waitSettled(page: Page, quietMs = 1000): Promise<void> {
  await page.waitForSelector('[data-testid=app][data-state=done]', { timeout: 60_000 });
  await page.waitForFunction(
    (quiet) => {
      const turns = (window as unknown as { __bench: { turns: [string, number, number][] } }).__bench.turns;
      const last = turns.reduce((end, [, ms, started]) => Math.max(end, started + ms), 0);
      return !document.querySelector('[data-staged=stale]') && performance.now() - last > quiet;
    },
    quietMs,
    { timeout: 60_000, polling: 200 },
  );
}

/** Picks `paths` through a file input of the bench's own and drops them on the page centre. */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = 'bench-files';
    input.style.display = 'none';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-files', paths);
  // The bench's own input changed the page: lay it out now, in a task of its own, so the drag (which finds the
  // element under the page's centre) does not pay for it. A user's drag finds a laid-out page.
  await page.evaluate(() => document.body.getBoundingClientRect());
  // A user's drag reaches the page (dragenter, dragover) in tasks before the one that drops it.
  await page.evaluate(DRAG_OVER);
  await page.evaluate(MARK_DROP);
  await page.evaluate(DROP_AND_WATCH);
}

/** In the page: the picked files dragged over the page's centre (dragenter, dragover), not dropped yet. */
const DRAG_OVER = `(() => {
  const input = document.getElementById('bench-files');
  const transfer = new DataTransfer();
  for (const file of input.files) transfer.items.add(file);
  input.remove();
  const bench = window.__bench;
  bench.transfer = transfer;
  bench.target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body;
  for (const type of ['dragenter', 'dragover'])
    bench.target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
})()`;

/**
 * The start of the measurement, in a task just before the drop's (a trace mark costs a few ms while tracing,
 * which are the bench's, not the drop's).
 */
const MARK_DROP = `(() => {
  const bench = window.__bench;
  bench.turns = [];
  performance.mark('bench-drop');
  bench.t0 = performance.now();
})()`;

/**
 * In the page: drop the picked files, then look at what is on screen in the frame after each change to the
 * page. A MutationObserver says when the page changed and one animation frame is asked for then, not one every
 * frame: a watcher that asks for every frame makes the page draw 60 frames a second, which a user's page does
 * not (on 2 cores, each costs the main thread and the compositor time the page's own work then waits for).
 * A string, not a function: the bench runs under tsx, whose helpers (`__name`) do not exist in the page.
 */
const DROP_AND_WATCH = `(() => {
  const bench = window.__bench;
  const t0 = bench.t0;
  const seen = (bench.seen = {});
  let asked = false;
  const look = () => {
    asked = false;
    const state = document.querySelector('[data-testid=app]')?.getAttribute('data-state');
    const now = performance.now() - t0;
    if (seen.firstListed === undefined && document.querySelector('[data-testid=event-list] [data-event]'))
      seen.firstListed = now;
    if (seen.firstDetail === undefined && state !== 'idle' && document.querySelector('[data-testid=task-table]:not([data-retiring] *):not([data-staged=stale] *)'))
      seen.firstDetail = now;
    if ((state === 'done' || state === 'error') && seen.done === undefined) {
      seen.done = now;
      performance.mark('bench-done');
      // Go on recording for 3 s: what the page draws once the read ends (timeline, overview) is part of the
      // wait; up to 5 s while the first event's detail has not come (its views come in turns).
      const finish = () => {
        if (seen.firstDetail === undefined && performance.now() - t0 - seen.done < 5000) return void setTimeout(finish, 100);
        seen.finished = true;
        observer.disconnect();
        performance.mark('bench-finished');
      };
      setTimeout(finish, 3000);
    }
  };
  const ask = () => {
    if (asked || seen.finished) return;
    asked = true;
    requestAnimationFrame(look);
  };
  const observer = new MutationObserver(ask);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-staged', 'data-retiring'],
  });
  bench.target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: bench.transfer }));
  ask();
})()`;

export async function waitDone(page: Page, timeoutMs: number): Promise<PageTimes> {
  await page.waitForFunction(
    () => (window as unknown as { __bench: { seen: { done?: number } } }).__bench.seen.finished,
    undefined,
    { timeout: timeoutMs, polling: 500 },
  );
  return page.evaluate(() => {
    const bench = (
      window as unknown as {
        __bench: {
          t0: number;
          seen: Record<string, number>;
          longTasks: { start: number; duration: number }[];
          turns?: [string, number, number][];
        };
      }
    ).__bench;
    return {
      firstListed: bench.seen.firstListed ?? null,
      firstDetail: bench.seen.firstDetail ?? null,
      done: bench.seen.done ?? null,
      domNodes: document.getElementsByTagName('*').length,
      listRows: document.querySelectorAll('[data-testid=event-list] [data-event]').length,
      longTasks: bench.longTasks
        .filter((t) => t.start >= bench.t0)
        .map((t) => ({ at: t.start - bench.t0, ms: t.duration }))
        .sort((a, b) => b.ms - a.ms),
      turns: (bench.turns ?? [])
        .map(([name, ms, started]): [string, number, number] => [name, ms, started - bench.t0])
        .sort((a, b) => b[1] - a[1]),
    };
  });
}
