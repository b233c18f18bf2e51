/**
 * What every browser test uses: open the built app in Chromium with a problem recorder attached.
 * A browser test fails on anything a user could notice or a privacy review would flag: a console error,
 * an uncaught exception, or a request to any origin but the page's own (such a request is also aborted,
 * so a test never depends on a network that users behind strict data rules do not have).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

export interface AppSession {
  page: Page;
  /** http://127.0.0.1:PORT/ serving the built dist/ (for the offline session: the file:// URL of the single file). */
  baseUrl: string;
  /** Console errors, page errors, requests leaving the origin: collected live. */
  problems: string[];
  /** Every request the context made (page, workers, service worker), in order: for counting a visit's requests. */
  requests: string[];
  close(): Promise<void>;
}

/** Absolute path of test/fixtures/<name>. */
export const corpusPath = (name: string): string => resolve(ROOT, 'test/fixtures', name);

let browser: Promise<Browser> | null = null;
function connect(): Promise<Browser> {
  browser ??= chromium.connect(inject('wsEndpoint'));
  return browser;
}
// One connection per test file, closed with the file; the browser itself belongs to the global setup.
afterAll(async () => {
  if (browser) await (await browser).close();
  browser = null;
});

/** Records problems on the context; `allowed(url)` says which requests may go out. */
function watch(context: BrowserContext, problems: string[], requests: string[], allowed: (url: string) => boolean) {
  context.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  context.on('request', (req) => {
    requests.push(`${req.method()} ${req.url()}`);
    if (!allowed(req.url())) problems.push(`request left the page's origin: ${req.method()} ${req.url()}`);
  });
}

const isInline = (url: string) => url.startsWith('data:') || url.startsWith('blob:');

async function open(url: string, allowed: (url: string) => boolean): Promise<AppSession> {
  const context = await (await connect()).newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  watch(context, problems, requests, allowed);
  await context.route('**/*', (route) =>
    allowed(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector('[data-testid=app]');
  return { page, baseUrl: url, problems, requests, close: () => context.close() };
}

/**
 * New context + page on the hosted build; `path` is relative to the server root. `baseUrl`: another server of
 * the built app (a test that takes its server away to go offline starts its own).
 */
export async function openApp(path = '', baseUrl = inject('baseUrl')): Promise<AppSession> {
  const origin = new URL(baseUrl).origin;
  const session = await open(new URL(path, baseUrl).href, (url) => isInline(url) || new URL(url).origin === origin);
  return { ...session, baseUrl };
}

/** The offline single file opened from file://: it may request nothing at all but itself. */
export async function openOffline(): Promise<AppSession> {
  const fileUrl = inject('offlineUrl');
  return open(fileUrl, (url) => isInline(url) || url === fileUrl);
}

/**
 * Another tab in the session's browser context (shares its storage, its problem recorder and request log):
 * opening a share link the first tab made, say, without the cost of a new context.
 */
export async function openTab(s: AppSession, url: string): Promise<Page> {
  const page = await s.page.context().newPage();
  page.on('pageerror', (err) => s.problems.push(`uncaught: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector('[data-testid=app]');
  return page;
}

/** Throws listing every problem the session recorded. */
export function assertNoProblems(s: AppSession): void {
  if (s.problems.length > 0)
    throw new Error(`The page had ${s.problems.length} problem(s):\n  ${s.problems.join('\n  ')}`);
}

/** Waits until the app root reports `state` (idle | parsing | done | error). */
export async function waitForState(page: Page, state: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`[data-testid=app][data-state=${state}]`, { timeout });
}

/**
 * Drops a file on the page the way a user does: drag events at the element under the page centre, which
 * bubble to whatever drop zone covers the page. Playwright has no native file drop, so the File is built in
 * the page from the bytes read here.
 */
export async function dropFile(page: Page, path: string, mimeType = 'text/plain'): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  await page.evaluate(
    ({ base64, name, mimeType }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mimeType }));
      const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { base64, name: basename(path), mimeType },
  );
}

/** A paste anywhere on the page: a ClipboardEvent carrying `text`, dispatched at the body. */
export async function pasteAnywhere(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
  }, text);
}
