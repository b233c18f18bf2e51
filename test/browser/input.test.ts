/**
 * Input that never surprises, as a user meets it: the box and "Try again" refer to the file that was opened
 * (also after a cancel), a reload brings back the user's log when they asked this browser to remember it and
 * says so when it did not, the title names the event in the chosen language, and printing gives a clean report.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { analysed, assertNoProblems, corpusPath, openApp, waitForState, type AppSession } from './harness';
import { pdf, shot } from './shots';
import { holdReads } from './slowInput';

// One global event: victim doxygen (pid 473206), syslog prefix with host "mysrv".
const SYSLOG = 't030_archlinux_6.1.1_prefix_syslog-kernel.log';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const fullSummary = (page: Page) => page.locator('[data-testid=summary]:not([data-preview])');

/** How many logs the page keeps in its IndexedDB store (src/views/input/rememberLog.ts); never creates it. */
function keptLogs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('oomscope');
        // No database yet: nothing kept (and none made here, which would lack the app's store).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('remembered-log')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('remembered-log').objectStore('remembered-log').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/**
 * Drops a file of ~8 MB built inside the page (no transfer), like a user dropping a big journal: larger than the
 * box shows (1 MiB), so the app shows a card for it. The page is opened with the test build's gated worker, held
 * after its first chunk (holdReads), so the read lasts until it is cancelled without a 150 MB file, however busy
 * the machine.
 */
async function dropLargeFile(page: Page) {
  await page.evaluate(() => {
    const block = 'Nov 22 11:09:03 host cron[42]: (root) CMD (run-parts /etc/cron.hourly) padding padding\n'.repeat(
      1_000,
    );
    const file = new File(
      Array.from({ length: 94 }, () => block),
      'huge.log',
      { type: 'text/plain' },
    );
    const transfer = new DataTransfer();
    transfer.items.add(file);
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
}

describe('the input box refers to what is open', () => {
  it('after a large file is opened and cancelled, the box and Try again name that file, not the sample', async () => {
    session = await openApp('?test-chunk-gate');
    const { page } = session;
    await holdReads(page, false);
    await waitForState(page, 'done'); // the built-in sample is in the box
    await holdReads(page, true);
    await dropLargeFile(page);
    await waitForState(page, 'parsing');
    expect(await page.getByTestId('input-card').innerText()).toContain('huge.log');
    expect(await page.getByTestId('log-input').isVisible()).toBe(false);
    await page.getByTestId('cancel').click();
    await waitForState(page, 'idle');
    expect(await page.getByTestId('status-message').innerText()).toContain('Cancelled reading huge.log');
    expect(await page.getByTestId('retry').innerText()).toContain('huge.log');
    // Try again reads the file again (the box refers to it), not the sample that was in the box before.
    await page.getByTestId('retry').click();
    await waitForState(page, 'parsing');
    expect(await page.getByTestId('progress').innerText()).toContain('huge.log');
    await page.getByTestId('cancel').click();
    await waitForState(page, 'idle');
    // Clearing the card gives an empty box for the user's own text.
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await page.getByTestId('log-input').inputValue()).toBe('');
    assertNoProblems(session);
  });

  it('remembers the last log in this browser only when asked, says what happened on reload, and forgets it', async () => {
    session = await openApp();
    const { page } = session;
    await waitForState(page, 'done');
    // Not asked: the reload shows the sample and says the user's log was not kept.
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(SYSLOG)));
    await page.reload();
    await waitForState(page, 'done');
    await expect
      .poll(() => page.getByTestId('status-note').innerText())
      .toContain(`Your last log (${SYSLOG}) was not kept`);

    await page.getByTestId('remember').check();
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(SYSLOG)));
    // Shown once the log is saved.
    await page.getByTestId('forget').waitFor();
    expect(await keptLogs(page)).toBe(1);
    await page.reload();
    await waitForState(page, 'done');
    await fullSummary(page).waitFor();
    await expect.poll(() => page.getByTestId('status-note').innerText()).toContain(`Reopened your last log, ${SYSLOG}`);
    expect(await page.getByTestId('status-message').innerText()).toContain(SYSLOG);
    expect(await page.getByTestId('log-input').inputValue()).toContain('mysrv kernel:');

    await page.getByTestId('forget').click();
    await page.getByTestId('forget').waitFor({ state: 'detached' });
    // The store is cleared in the background: a reload before that would cut the clearing short.
    await expect.poll(() => keptLogs(page)).toBe(0);
    await page.reload();
    await waitForState(page, 'done');
    await expect.poll(() => page.getByTestId('status-message').innerText()).toContain('Global OOM');
    expect(await page.getByTestId('status-note').count()).toBe(0);
    assertNoProblems(session);
  });
});

describe('the open event, named and printed', () => {
  it('the title names the victim, host and time in the chosen language; print hides the controls, keeps the charts', async () => {
    session = await openApp();
    const { page } = session;
    await waitForState(page, 'done');
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(SYSLOG)));
    await fullSummary(page).waitFor();
    await expect.poll(() => page.title()).toBe('oomscope — doxygen killed, mysrv, Apr 01 14:13');
    await page.getByTestId('language').selectOption('zh-CN');
    await expect.poll(() => page.title()).toBe('oomscope — doxygen 被终止，mysrv，Apr 01 14:13');
    await page.getByTestId('language').selectOption('en');

    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['log-input', 'analyse', 'share', 'language', 'file-input', 'event-list', 'source'])
      expect(await page.getByTestId(hidden).isVisible(), hidden).toBe(false);
    for (const kept of ['summary', 'zone-watermarks', 'buddy-histogram', 'task-table', 'findings', 'print-source'])
      expect(await page.getByTestId(kept).isVisible(), kept).toBe(true);
    expect(await page.locator('[data-testid=zone-watermarks] [data-zone]').count()).toBeGreaterThan(0);
    // Every source line is in the report, not only the rows the scrolling view had drawn.
    expect(
      (await page.getByTestId('print-source').innerText()).split('\n').filter((l) => /^\s*\d+ {2}/.test(l)),
    ).toHaveLength(174);
    await shot(page, 'print', true);
    await pdf(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    // On screen the print copy is not shown.
    expect(await page.getByTestId('print-source').isVisible()).toBe(false);
    assertNoProblems(session);
  });
});
