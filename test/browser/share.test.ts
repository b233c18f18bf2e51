/**
 * Share links and analysis files in a real browser: the dialog shows what a link carries with identifying
 * details hidden by default; a link opened in a fresh tab shows the same event with its file name and original
 * line numbers; damaged and hostile links say what is wrong and never show a sample instead; an analysis file
 * saved from the dialog opens again; a link made from the offline file warns that it needs that file.
 * One context per file: the tabs share it.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  analysed,
  assertNoProblems,
  corpusPath,
  openApp,
  openOffline,
  openTab,
  waitForState,
  type AppSession,
} from './harness';
import { shot } from './shots';

/** Three events, syslog prefix with host aks-nodepool1-…, a pod UID and a container id. */
const AKS = '../../../shared/corpus/real/001-aks-k8s-memcg-cgroupv2-syslog-5.15.log';
const AKS_HOST = 'aks-nodepool1-24207654-vmss000001';
/** Its one event's link is over 8 KB (229 lines). */
const UBUNTU = '../../../shared/corpus/real/003-ubuntu-desktop-5.8-syslog-global-swap.log';

let session: AppSession;
beforeAll(async () => {
  session = await openApp();
  await waitForState(session.page, 'done');
});
afterAll(async () => {
  await session?.close();
});

const fullSummary = (page: Page) => page.locator('[data-testid=summary]:not([data-preview])');
/** The line numbers the source panel shows, once it has mounted (each section mounts in a task of its own). */
async function sourceLines(page: Page): Promise<number[]> {
  const lines = page.locator('[data-testid=source] [data-line]');
  await lines.first().waitFor();
  return lines.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
}

/** Opens a file and waits for the end of *its* analysis (the page was 'done' with the one before). */
async function openFile(page: Page, path: string) {
  await analysed(page, () => page.getByTestId('file-input').setInputFiles(path));
  await fullSummary(page).waitFor();
}

async function shareDialog(page: Page): Promise<string> {
  await page.getByTestId('share').click();
  await page.waitForSelector('[data-testid=share-link]:not([value=""])');
  return page.getByTestId('share-link').inputValue();
}

async function closeDialog(page: Page) {
  await page.getByTestId('share-close').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
}

describe('making a share link', () => {
  it('shows what the link carries, identifying details hidden by default, and its length', async () => {
    const { page } = session;
    await openFile(page, corpusPath(AKS));
    await page.locator('[data-testid=event-list] [data-event="1"] button').click();
    // Event 2 (index 1) is the one-line cut report at line 90: wait for its views, not event 1's still shown.
    await expect.poll(async () => (await sourceLines(page))[0]).toBe(90);
    await fullSummary(page).waitFor();
    const url = await shareDialog(page);
    expect(await page.getByTestId('share-redact').isChecked()).toBe(true);
    const preview = await page.getByTestId('share-preview').innerText();
    expect(preview).toContain('host-1 kernel:');
    expect(preview).not.toContain(AKS_HOST);
    expect(url).not.toContain(AKS_HOST);
    expect(await page.getByTestId('share-size').innerText()).toMatch(
      /Link length: [\d,]+ characters \((< 1|\d+) KiB\)/,
    );
    expect(await page.getByTestId('share-long').count()).toBe(0);
    await page.evaluate(() =>
      document.querySelectorAll('dialog details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expect(await axeViolations(page, '[data-testid=share-dialog]')).toEqual([]);
    await shot(page, 'share-dialog');
    // The same dialog in Chinese, at phone width, for a person to look at.
    await page.getByTestId('share-close').click();
    await page.getByTestId('language').selectOption('zh-CN');
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByTestId('share').click();
    await page.waitForSelector('[data-testid=share-link]:not([value=""])');
    expect(await page.getByTestId('share-dialog').innerText()).toContain('隐藏可识别身份的信息');
    await shot(page, 'share-dialog-zh-400');
    await page.getByTestId('share-close').click();
    await page.getByTestId('language').selectOption('en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('share').click();
    await page.waitForSelector('[data-testid=share-link]:not([value=""])');
    // Off: the preview and the link carry the original lines.
    await page.getByTestId('share-redact').uncheck();
    await expect.poll(() => page.getByTestId('share-preview').innerText()).toContain(AKS_HOST);
    await closeDialog(page);
    assertNoProblems(session);
  });

  it('a fresh tab opens the shared event with its file name and original line numbers, not the sample', async () => {
    const { page } = session;
    // Event 2 of the file (index 1, the cut report at line 90) does not start at line 1.
    const firstLine = (await sourceLines(page))[0];
    expect(firstLine).toBeGreaterThan(1);
    const url = await shareDialog(page);
    await closeDialog(page);
    const tab = await openTab(session, url);
    await waitForState(tab, 'done');
    // The shared event's own views, drawn from its detail (not the preview, nor the frames before their turn).
    await expect.poll(() => fullSummary(tab).innerText()).toContain('stress-ng-vm');
    expect((await sourceLines(tab))[0]).toBe(firstLine);
    await expect
      .poll(() => tab.getByTestId('share-notes').innerText())
      .toContain('001-aks-k8s-memcg-cgroupv2-syslog-5.15.log');
    expect(await tab.getByTestId('status-message').innerText()).toContain('001-aks-k8s-memcg-cgroupv2-syslog-5.15.log');
    expect(await tab.getByTestId('log-input').inputValue()).toContain('host-1 kernel:');
    await expect.poll(() => tab.title()).toMatch(/^oomscope — stress-ng-vm .+, host-1, Oct 12 19:00$/);
    // A reload opens the same shared event again (the link stays in the address bar).
    await tab.reload();
    await waitForState(tab, 'done');
    await expect.poll(() => fullSummary(tab).innerText()).toContain('stress-ng-vm');
    expect((await sourceLines(tab))[0]).toBe(firstLine);
    await tab.close();
    assertNoProblems(session);
  });

  it('warns above 8 KB and offers the analysis file, which opens again with its name and line numbers', async () => {
    const { page } = session;
    await openFile(page, corpusPath(UBUNTU));
    const url = await shareDialog(page);
    expect(url.length).toBeGreaterThan(8 * 1024);
    expect(await page.getByTestId('share-long').innerText()).toContain('8 KB');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-save').click()]);
    expect(download.suggestedFilename()).toBe('003-ubuntu-desktop-5.8-syslog-global-swap.oomscope.json');
    const saved = join(tmpdir(), `oomscope-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, 'utf8'));
    expect(json).toMatchObject({ format: 'oomscope-analysis', version: 1, redacted: true });
    expect(json.lines[0].n).toBe((await sourceLines(page))[0]);
    await closeDialog(page);

    await openFile(page, saved);
    expect(await page.getByTestId('share-notes').innerText()).toContain(download.suggestedFilename());
    expect((await sourceLines(page))[0]).toBe(json.lines[0].n);
    assertNoProblems(session);
  });
});

describe('damaged and hostile links', () => {
  it('a cut link says so and opens the lines it still holds; a link without its log opens nothing, not the sample', async () => {
    const { page } = session;
    await openFile(page, corpusPath(AKS));
    const url = await shareDialog(page);
    await closeDialog(page);
    const cut = await openTab(session, url.slice(0, url.length - 400));
    await waitForState(cut, 'done');
    expect(await cut.getByTestId('share-problems').innerText()).toMatch(
      /cut or damaged: only its first \d+ lines could be read/,
    );
    await cut.close();

    const headerOnly = await openTab(session, url.slice(0, url.indexOf('&s=')));
    await waitForState(headerOnly, 'error');
    expect(await headerOnly.getByTestId('status-message').innerText()).toMatch(/cannot be opened: it holds no log/);
    expect(await headerOnly.getByTestId('log-input').inputValue()).toBe('');
    expect(await headerOnly.locator('[data-testid=event-list]').count()).toBe(0);

    // The same tab, a newer format pasted into the address bar: said, not guessed at.
    await headerOnly.evaluate(() => (location.hash = '#v=7&s=AAAA'));
    await expect.poll(() => headerOnly.getByTestId('status-message').innerText()).toMatch(/newer oomscope \(format 7/);
    await headerOnly.close();
    assertNoProblems(session);
  });

  it('a small link that unpacks to hundreds of MB is stopped at the cap in the worker; the page stays usable', async () => {
    // 128 MiB of text in a ~230 KB link (the kind of link that used to freeze the page for 20 s).
    const bomb = deflateRawSync(Buffer.alloc(128 * 1024 * 1024, `${'x'.repeat(4095)}\n`), { level: 9 });
    const payload = bomb.toString('base64url');
    expect(payload.length).toBeLessThan(256 * 1024);
    const tab = await openTab(session, `${session.baseUrl}#v=2&n=bomb.log&s=${payload}`);
    await waitForState(tab, 'done', 60_000);
    expect(await tab.getByTestId('share-problems').innerText()).toMatch(/unpacks to more than 8 MiB/);
    // Too large for the box: a card names it, the text stays out of the DOM.
    expect(await tab.getByTestId('input-card').innerText()).toContain('bomb.log');
    expect(await tab.getByTestId('log-input').inputValue()).toBe('');
    await tab.close();
    assertNoProblems(session);
  });
});

describe('the offline file', () => {
  it('warns that its links open only where the same file is', async () => {
    const offline = await openOffline();
    try {
      await waitForState(offline.page, 'done');
      await fullSummary(offline.page).waitFor();
      await shareDialog(offline.page);
      expect(await offline.page.getByTestId('share-file-warning').innerText()).toContain('file://');
      assertNoProblems(offline);
    } finally {
      await offline.close();
    }
  });
});
