/**
 * While a large file is read the worker posts a progress message every ~100 ms. Those must re-render the
 * progress panel only: the event's views (summary, charts, task table, source) stay as they are until the
 * event they show changes. Checked with render counts (src/views/app/renderProbe.ts, active only when a test
 * sets window.__oomscopeRenders), never with time. Main-thread busy time (long tasks, CDP TaskDuration and
 * ScriptDuration) is measured and printed for the record, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeBigLog } from './bigLog';
import { assertNoProblems, openApp, waitForState, type AppSession } from './harness';

// One global OOM (112 task rows, three zones) at the start, then ~100 MB of journal lines that mention memory.
const REPORT = 'archlinux_6.1.1-arch1-1_embedded_example.log';
const NOISE_MB = 100;

const dir = mkdtempSync(join(tmpdir(), 'oomscope-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bigLog = () => writeBigLog(dir, REPORT, NOISE_MB);

type Counts = Record<string, number>;
interface Probe {
  __oomscopeRenders?: Counts;
  __longTaskMs?: number;
}

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('rendering while a large file is read', () => {
  it('re-renders the progress panel on progress, not the event views', async () => {
    const path = bigLog();
    session = await openApp();
    const page = session.page;
    await waitForState(page, 'done'); // the built-in sample
    await page.evaluate(() => {
      const w = window as Probe;
      w.__oomscopeRenders = {};
      w.__longTaskMs = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTaskMs = (w.__longTaskMs ?? 0) + entry.duration;
      }).observe({ type: 'longtask' });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

    const before = await metrics();
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(path);
    await waitForState(page, 'parsing', 20_000);
    await waitForState(page, 'done', 60_000);
    await page.locator('[data-testid=summary]:not([data-preview])').waitFor();
    const wallMs = Date.now() - started;
    const after = await metrics();
    const { counts, longTaskMs } = await page.evaluate(() => {
      const w = window as Probe;
      return { counts: { ...w.__oomscopeRenders }, longTaskMs: w.__longTaskMs ?? 0 };
    });
    const ms = (name: string) => Math.round((after[name] - before[name]) * 1000);
    console.log(
      `parse of ${NOISE_MB} MB: ${wallMs} ms wall; main thread: TaskDuration ${ms('TaskDuration')} ms, ` +
        `ScriptDuration ${ms('ScriptDuration')} ms, long tasks ${Math.round(longTaskMs)} ms; renders ${JSON.stringify(counts)}`,
    );

    // The progress panel did follow the read (so progress messages arrived many times)...
    expect(counts.ProgressPanel ?? 0).toBeGreaterThanOrEqual(5);
    // ...while the event's views rendered only when their event arrived (and as TanStack Virtual measures).
    for (const view of ['EventView', 'ZoneWatermarks', 'BuddyHistogram', 'MemInfoView', 'TaskTable', 'SourceView'])
      expect(counts[view] ?? 0, view).toBeLessThanOrEqual(4);
    // The shell renders per phase change, batch of events and event detail, not per progress message.
    expect(counts.App ?? 0).toBeLessThanOrEqual(6);
    assertNoProblems(session);
  });
});
