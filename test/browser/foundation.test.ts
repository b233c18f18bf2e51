/**
 * Foundation: the ways a log gets into the app (paste, file input, drop, .gz, paste anywhere) all reach the
 * worker and come back rendered; bad input says what was recognised and keeps the user's text; the offline
 * single file works from file:// without a single request. Expectations come from the fixtures' snapshots
 * (test/fixtures/*.expected.txt), which were checked against the logs by hand.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertNoProblems,
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

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function expectEvents(s: AppSession, count: number, victim: string) {
  await waitForState(s.page, 'done');
  await expect.poll(() => s.page.locator('[data-testid=event-list] [data-event]').count()).toBe(count);
  await expect.poll(() => s.page.getByTestId('summary').innerText()).toContain(victim);
  assertNoProblems(s);
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oomscope-')), name);
  writeFileSync(path, content);
  return path;
}

describe('getting a log into the app', () => {
  it('analyses a log pasted into the text area', async () => {
    session = await openApp();
    await session.page.getByTestId('log-input').fill(readFileSync(corpusPath(TWO_EVENTS), 'utf8'));
    await session.page.getByTestId('analyse').click();
    await expectEvents(session, 2, 'thunderbird');
  });

  it('analyses a file chosen through the file input', async () => {
    session = await openApp();
    await session.page.getByTestId('file-input').setInputFiles(corpusPath(ONE_EVENT));
    await expectEvents(session, 1, 'doxygen');
  });

  it('analyses a file dropped anywhere on the page', async () => {
    session = await openApp();
    await dropFile(session.page, corpusPath(TWO_EVENTS));
    await expectEvents(session, 2, 'thunderbird');
  });

  it('decompresses a .gz file in the worker', async () => {
    session = await openApp();
    const gz = tempFile(`${ONE_EVENT}.gz`, gzipSync(readFileSync(corpusPath(ONE_EVENT))));
    await session.page.getByTestId('file-input').setInputFiles(gz);
    await expectEvents(session, 1, 'doxygen');
  });

  it('analyses text pasted anywhere on the page', async () => {
    session = await openApp();
    await pasteAnywhere(session.page, readFileSync(corpusPath(ONE_EVENT), 'utf8'));
    await expectEvents(session, 1, 'doxygen');
  });
});

describe('input that holds no OOM report', () => {
  it('says what it recognised and keeps the text', async () => {
    session = await openApp();
    const text =
      'Nov 22 11:09:03 host sshd[1]: Accepted publickey for root\nNov 22 11:09:04 host systemd[1]: Started.\n';
    await session.page.getByTestId('log-input').fill(text);
    await session.page.getByTestId('analyse').click();
    await expect
      .poll(() => session!.page.getByTestId('status-message').innerText())
      .toContain('No OOM-killer report found');
    expect(await session.page.getByTestId('log-input').inputValue()).toBe(text);
    assertNoProblems(session);
  });

  it('calls a truncated gzip truncated', async () => {
    session = await openApp();
    // A syslog without an OOM report, so the message is about the file and not about a cut-off event.
    const syslog = Array.from(
      { length: 400 },
      (_, i) => `Nov 22 11:09:${String(i % 60).padStart(2, '0')} host cron[${i}]: job ${i * 7919} done`,
    );
    const gz = gzipSync(syslog.join('\n'));
    await session.page.getByTestId('file-input').setInputFiles(tempFile('cut.log.gz', gz.subarray(0, gz.length >> 1)));
    await expect.poll(() => session!.page.getByTestId('status-message').innerText()).toMatch(/truncated/i);
    assertNoProblems(session);
  });
});

describe('cancel', () => {
  it('stops a long parse, keeps the app usable and analyses the next log', async () => {
    session = await openApp();
    const page = session.page;
    await waitForState(page, 'done'); // the built-in sample
    // ~150 MB of syslog noise built inside the page (no transfer), dropped like a real file.
    await page.evaluate(() => {
      const block = 'Nov 22 11:09:03 host cron[42]: (root) CMD (run-parts /etc/cron.hourly) padding padding\n'.repeat(
        10_000,
      );
      const file = new File(
        Array.from({ length: 170 }, () => block),
        'huge.log',
        { type: 'text/plain' },
      );
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
    await waitForState(page, 'parsing');
    await page.getByTestId('cancel').click();
    await expect.poll(() => page.getByTestId('app').getAttribute('data-state')).not.toBe('parsing');
    await page.getByTestId('file-input').setInputFiles(corpusPath(ONE_EVENT));
    await expectEvents(session, 1, 'doxygen');
  });
});

describe('the offline single file', () => {
  it('analyses the built-in sample from file:// without any request', async () => {
    session = await openOffline();
    await waitForState(session.page, 'done');
    expect(await session.page.locator('[data-testid=event-list] [data-event]').count()).toBeGreaterThan(0);
    assertNoProblems(session);
  });
});
