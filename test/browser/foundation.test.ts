/**
 * Foundation: the ways a log gets into the app (paste, file input, drop, .gz, paste anywhere) all reach the
 * worker and come back rendered; bad input says what was recognised and keeps the user's text; the offline
 * single file works from file:// without a single request. Expectations come from the fixtures' snapshots
 * (test/fixtures/*.expected.txt), which were checked against the logs by hand. Cancel is tested with a long
 * read in streaming.test.ts.
 *
 * The input tests share one page (opened once: a fresh context and app start cost ~2.5 s a test); each
 * waits for the end of the analysis it started (harness `analysed`), and the harness checks the page for
 * problems after each of them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeSizes, fileSizes, OFFLINE_GZIP_BUDGET } from '../../scripts/vite/offlineSize';
import {
  analysed,
  corpusPath,
  dropFile,
  openApp,
  openOffline,
  pasteAnywhere,
  waitForState,
  type AppSession,
} from './harness';

// Two memcg events; the second victim is "Isolated Web Co" (pid 265856).
const TWO_EVENTS = '6.5.0_nixos_cgroupv2_2events_dmesg.log';
// One global event; the victim is doxygen (pid 473206).
const ONE_EVENT = 'archlinux_6.1.1-arch1-1_embedded_example.log';

let session: AppSession;
beforeAll(async () => {
  session = await openApp();
  await waitForState(session.page, 'done'); // the built-in sample
});

async function expectEvents(count: number, victim: string) {
  const { page } = session;
  await expect.poll(() => page.locator('[data-testid=event-list] [data-event]').count()).toBe(count);
  await expect.poll(() => page.getByTestId('summary').innerText()).toContain(victim);
}

/** A file for the file input, built here (no temporary files). */
const fileOf = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/octet-stream', buffer });

describe('getting a log into the app', () => {
  it('analyses a log pasted into the text area', async () => {
    const { page } = session;
    await page.getByTestId('log-input').fill(readFileSync(corpusPath(TWO_EVENTS), 'utf8'));
    await analysed(page, () => page.getByTestId('analyse').click());
    await expectEvents(2, 'thunderbird');
  });

  it('analyses a file chosen through the file input', async () => {
    const { page } = session;
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(ONE_EVENT)));
    await expectEvents(1, 'doxygen');
  });

  it('analyses a file dropped anywhere on the page', async () => {
    const { page } = session;
    await analysed(page, () => dropFile(page, corpusPath(TWO_EVENTS)));
    await expectEvents(2, 'thunderbird');
  });

  it('decompresses a .gz file in the worker', async () => {
    const { page } = session;
    const gz = fileOf(`${ONE_EVENT}.gz`, gzipSync(readFileSync(corpusPath(ONE_EVENT))));
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(gz));
    await expectEvents(1, 'doxygen');
  });

  it('analyses text pasted anywhere on the page', async () => {
    const { page } = session;
    await analysed(page, () => pasteAnywhere(page, readFileSync(corpusPath(TWO_EVENTS), 'utf8')));
    await expectEvents(2, 'thunderbird');
  });
});

describe('input that holds no OOM report', () => {
  it('says what it recognised and keeps the text', async () => {
    const { page } = session;
    const text =
      'Nov 22 11:09:03 host sshd[1]: Accepted publickey for root\nNov 22 11:09:04 host systemd[1]: Started.\n';
    await page.getByTestId('log-input').fill(text);
    await analysed(page, () => page.getByTestId('analyse').click());
    expect(await page.getByTestId('status-message').innerText()).toContain('No OOM-killer report found');
    expect(await page.getByTestId('log-input').inputValue()).toBe(text);
  });

  it('calls a truncated gzip truncated', async () => {
    const { page } = session;
    // A syslog without an OOM report, so the message is about the file and not about a cut-off event.
    const syslog = Array.from(
      { length: 400 },
      (_, i) => `Nov 22 11:09:${String(i % 60).padStart(2, '0')} host cron[${i}]: job ${i * 7919} done`,
    );
    const gz = gzipSync(syslog.join('\n'));
    // Nothing to show, so the app ends in its error state, saying what it read and that the file is cut.
    await analysed(
      page,
      () => page.getByTestId('file-input').setInputFiles(fileOf('cut.log.gz', gz.subarray(0, gz.length >> 1))),
      'error',
    );
    expect(await page.getByTestId('status-message').innerText()).toMatch(/truncated/i);
  });
});

describe('the offline single file', () => {
  it('analyses the built-in sample from file:// without any request', async () => {
    const offline = await openOffline();
    await waitForState(offline.page, 'done');
    // The list is drawn at low priority after 'done' (a deferred render): wait for it, and for the sample's
    // one event (doxygen killed) in the full summary.
    await expect.poll(() => offline.page.locator('[data-testid=event-list] [data-event]').count()).toBe(1);
    await expect
      .poll(() => offline.page.locator('[data-testid=summary]:not([data-preview])').innerText())
      .toContain('doxygen');
    // It is built as users get it: none of the test build's hooks (src/worker/testHooks.ts) in it.
    expect(readFileSync(fileURLToPath(inject('offlineUrl')), 'utf8')).not.toContain('test-chunk-delay-ms');
  });

  it(`stays within its budget of ${OFFLINE_GZIP_BUDGET / 1000} kB gzip`, () => {
    // The file the global setup built, as shipped; no second build.
    const sizes = fileSizes(readFileSync(fileURLToPath(inject('offlineUrl'))));
    console.log(`[offline] ${describeSizes(sizes)}`);
    expect(sizes.gzip, describeSizes(sizes)).toBeLessThanOrEqual(OFFLINE_GZIP_BUDGET);
    expect(sizes.raw).toBeGreaterThan(sizes.gzip); // it measured the file, not an empty one
  });
});
