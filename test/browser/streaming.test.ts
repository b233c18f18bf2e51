/**
 * Issue 5: "the first event shows as soon as it is parsed, before the file ends". A large file whose only
 * OOM report comes first must show that event's task table and zone bars while the worker is still
 * reading the rest, and cancel must still stop the read. The file is generated here: a real report,
 * then ~100 MB of other daemons' lines that mention memory (so every line takes the parser's full path
 * and the read lasts seconds, not a fraction of one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeBigLog } from './bigLog';
import { assertNoProblems, openApp, waitForState, type AppSession } from './harness';

// One global event: victim doxygen (pid 473206), 112 task rows, zones 0:DMA, 0:DMA32, 0:Normal.
const REPORT = 'archlinux_6.1.1-arch1-1_embedded_example.log';
const TASK_ROWS = 112;
const NOISE_MB = 100;

const dir = mkdtempSync(join(tmpdir(), 'oomscope-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bigLog = () => writeBigLog(dir, REPORT, NOISE_MB);

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('a large file whose first event comes early', () => {
  it('shows that event in full while the rest is still being read, and cancel stops the read', async () => {
    const path = bigLog();
    session = await openApp();
    const page = session.page;
    await waitForState(page, 'done'); // the built-in sample
    await page.getByTestId('file-input').setInputFiles(path);
    // Checked in the page at every frame, so "still parsing" and "table shown" are seen at the same instant.
    const seen = await page.waitForFunction(
      () => {
        const app = document.querySelector('[data-testid=app]');
        const table = document.querySelector('[data-testid=task-table]');
        const zones = document.querySelectorAll('[data-testid=zone-watermarks] [data-zone]');
        if (app?.getAttribute('data-state') !== 'parsing' || !table || zones.length === 0) return null;
        return {
          rowCount: table.getAttribute('aria-rowcount'),
          zones: [...zones].map((z) => z.getAttribute('data-zone')),
          summary: document.querySelector('[data-testid=summary]')?.textContent ?? '',
        };
      },
      undefined,
      { polling: 'raf', timeout: 20_000 },
    );
    const shown = await seen.jsonValue();
    expect(shown?.rowCount).toBe(String(TASK_ROWS + 1));
    expect(new Set(shown?.zones)).toEqual(new Set(['0:DMA', '0:DMA32', '0:Normal']));
    expect(shown?.summary).toContain('doxygen');
    expect(await page.getByTestId('app').getAttribute('data-state')).toBe('parsing');

    await page.getByTestId('cancel').click();
    await expect.poll(() => page.getByTestId('app').getAttribute('data-state')).toBe('idle');
    assertNoProblems(session);
  });
});
