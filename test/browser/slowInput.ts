/**
 * Inputs for the tests of a long read (first event before the end, progress, cancel, what re-renders).
 * They are small; the read is made long by the slowed-down worker of the test build instead
 * (`openApp('?test-chunk-delay-ms=N')`, src/worker/testHooks.ts), which sleeps after every chunk the
 * worker reads from a file (Chromium hands a File's stream over in chunks of at most 64 KiB).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chooseFileMadeInPage, corpusPath } from './harness';

/**
 * Chooses, in the file input, a real report followed by `noiseKb` of other daemons' syslog lines. The noise
 * mentions nothing OOM-like, so the parser's quiet-line filter skips it at full speed: the read is long
 * because of the worker's pauses, not because of work. Built in the page (harness chooseFileMadeInPage), so
 * the megabytes never cross the DevTools protocol.
 */
export async function chooseReportThenNoise(page: Page, report: string, noiseKb: number): Promise<void> {
  await chooseFileMadeInPage(
    page,
    'report-then-noise.log',
    ({ report, noiseKb }) => {
      const noise: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < noiseKb * 1024; i += 1) {
        const line = `Nov 22 11:${String(10 + (i % 50))}:03 host cron[${i}]: (root) CMD (run-parts /etc/cron.hourly)\n`;
        noise.push(line);
        bytes += line.length;
      }
      return report + noise.join('');
    },
    { report: readFileSync(corpusPath(report), 'utf8'), noiseKb },
  );
}

/** The channel of the test build's chunk gate (src/worker/testHooks.ts, `?test-chunk-gate`). */
const GATE_CHANNEL = 'oomscope-test-chunk-gate';

interface PageGate {
  hold: boolean;
  /** Waits of the worker not answered yet, oldest first. */
  waiting: string[];
  seen: Set<string>;
  channel: BroadcastChannel;
}

/**
 * The page's side of the chunk gate: with `hold`, a gated worker stops after each chunk until `stepRead`;
 * without, it goes on at once. Installed on first use (again after a reload); a worker that asked before is
 * heard, since it asks again until answered. The page's worker must be gated (`openApp('?test-chunk-gate')`).
 */
export async function holdReads(page: Page, hold: boolean): Promise<void> {
  await page.evaluate(
    ({ hold, channelName }) => {
      const w = window as unknown as { __oomscopeGate?: PageGate };
      if (!w.__oomscopeGate) {
        const gate: PageGate = { hold, waiting: [], seen: new Set(), channel: new BroadcastChannel(channelName) };
        gate.channel.onmessage = (e: MessageEvent) => {
          const token = (e.data as { waiting?: string } | null)?.waiting;
          if (!token || gate.seen.has(token)) return;
          gate.seen.add(token);
          if (gate.hold) gate.waiting.push(token);
          else gate.channel.postMessage({ step: token });
        };
        w.__oomscopeGate = gate;
      }
      const gate = w.__oomscopeGate;
      gate.hold = hold;
      if (!hold) for (const token of gate.waiting.splice(0)) gate.channel.postMessage({ step: token });
    },
    { hold, channelName: GATE_CHANNEL },
  );
}

/** Waits until the held worker has read a chunk and is waiting, then lets it read one more. */
export async function stepRead(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ((window as unknown as { __oomscopeGate?: PageGate }).__oomscopeGate?.waiting.length ?? 0) > 0,
  );
  await page.evaluate(() => {
    const gate = (window as unknown as { __oomscopeGate: PageGate }).__oomscopeGate;
    gate.channel.postMessage({ step: gate.waiting.shift() });
  });
}
