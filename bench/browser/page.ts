/**
 * What the bench does inside the page: drop files the way a user does (a real File from disk, so a 1 GB
 * journal is never copied through the test driver), and note, at every frame, when the first event was
 * listed, when its detail was shown and when the parse was done.
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
  /** The app's staged views (src/views/common/staging.ts): name and ms from their turn to their commit, longest first. */
  turns: [string, number][];
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
 * In the page: drop the picked files, then check at every frame what is on screen. A string, not a function:
 * the bench runs under tsx, whose helpers (`__name`) do not exist in the page.
 */
const DROP_AND_WATCH = `(() => {
  const bench = window.__bench;
  const t0 = bench.t0;
  const seen = (bench.seen = {});
  const watch = () => {
    const state = document.querySelector('[data-testid=app]')?.getAttribute('data-state');
    const now = performance.now() - t0;
    if (seen.firstListed === undefined && document.querySelector('[data-testid=event-list] [data-event]'))
      seen.firstListed = now;
    if (seen.firstDetail === undefined && state !== 'idle' && document.querySelector('[data-testid=task-table]:not([data-retiring] *):not([data-staged=stale] *)'))
      seen.firstDetail = now;
    if ((state === 'done' || state === 'error') && seen.done === undefined) {
      seen.done = now;
      performance.mark('bench-done');
    }
    // After done, keep looking a little for the first event's detail (its views come in turns), and go on
    // recording for 3 s: what the page draws once the read ends (timeline, overview) is part of the wait.
    if (seen.done !== undefined && now - seen.done > 3000 && (seen.firstDetail !== undefined || now - seen.done > 5000)) {
      seen.finished = true;
      performance.mark('bench-finished');
      return;
    }
    requestAnimationFrame(watch);
  };
  bench.target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: bench.transfer }));
  // The app leaves "done" for "parsing" in the drop handler or just after; watch from the next frame.
  requestAnimationFrame(watch);
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
          turns?: [string, number][];
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
      turns: (bench.turns ?? []).sort((a, b) => b[1] - a[1]),
    };
  });
}
