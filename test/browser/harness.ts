/**
 * What every browser test uses: open the built app in Chromium with a problem recorder attached.
 * A browser test fails on anything a user could notice or a privacy review would flag: a console error,
 * an uncaught exception, or a request to any origin but the page's own (such a request is also aborted,
 * so a test never depends on a network that users behind strict data rules do not have).
 *
 * The check runs after every test by itself (an afterEach of harness.hooks.ts, a setup file of every browser
 * test file), for every session the test used, so no test can forget it. A test that provokes a problem on purpose says so with
 * `expectProblems(session, /pattern/)`; the test then fails if that problem did NOT happen, and still fails
 * on any other. Sessions opened inside a test are closed after it; sessions opened in a beforeAll (one page
 * shared by the tests of a file, which saves ~2.5 s of context and app start per test) are checked after
 * each test, then start the next test with an empty record, and are closed after the file.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

export interface AppSession {
  page: Page;
  /** http://127.0.0.1:PORT/ serving the built dist/ (for the offline session: the file:// URL of the single file). */
  baseUrl: string;
  /** Console errors, page errors, requests leaving the origin: collected live, emptied after each test. */
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

interface Tracked {
  session: AppSession;
  /** 'test': opened by the running test, closed after it; 'file': opened in a beforeAll, closed after the file. */
  scope: 'test' | 'file';
  expected: RegExp[];
  /** Closed by the test: still checked after it (a test may close a page, e.g. to reopen a share link). */
  closed: boolean;
}
const tracked = new Map<AppSession, Tracked>();
let inTest = false;

/** Before each test (test/browser/harness.hooks.ts): pages opened from here on are the test's own. */
export function testStarts(): void {
  inTest = true;
}

/**
 * After each test (harness.hooks.ts): every page's problems are checked, whether or not the test asked, and
 * the test's own pages are closed.
 */
export async function testEnds(): Promise<void> {
  inTest = false;
  const failures: string[] = [];
  for (const t of [...tracked.values()]) {
    failures.push(...problemReport(t.session));
    t.session.problems.length = 0;
    t.expected = [];
    if (t.scope === 'test' || t.closed) {
      tracked.delete(t.session);
      await t.session.close();
    }
  }
  if (failures.length > 0) throw new Error(`The page had ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
}

/** After each file (harness.hooks.ts): its pages and its connection are closed; the browser itself belongs to the global setup. */
export async function fileEnds(): Promise<void> {
  for (const t of tracked.values()) await t.session.close();
  tracked.clear();
  if (browser) await (await browser).close();
  browser = null;
}

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

/**
 * Counts every change of the app root's data-state (idle | parsing | done | error), from before the app's
 * own scripts run, so `analysed()` can wait for the end of *this* analysis rather than see the previous
 * one's `done`. Injected through the DevTools protocol, so the page's CSP does not apply to it.
 */
function countStateChanges() {
  const w = window as unknown as { __oomscopeStateChanges: number };
  w.__oomscopeStateChanges = 0;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (el.getAttribute('data-testid') === 'app' && el.getAttribute('data-state') !== r.oldValue)
        w.__oomscopeStateChanges += 1;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
}

async function open(
  url: string,
  allowed: (url: string) => boolean,
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<AppSession> {
  const context = await (await connect()).newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers });
  const problems: string[] = [];
  const requests: string[] = [];
  watch(context, problems, requests, allowed);
  await context.route('**/*', (route) =>
    allowed(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  await context.addInitScript(countStateChanges);
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  const entry: Tracked = {
    session: null as unknown as AppSession,
    scope: inTest ? 'test' : 'file',
    expected: [],
    closed: false,
  };
  let closing: Promise<void> | null = null;
  const session: AppSession = {
    page,
    baseUrl: url,
    problems,
    requests,
    close: () => {
      entry.closed = true;
      closing ??= context.close();
      return closing;
    },
  };
  entry.session = session;
  tracked.set(session, entry);
  await page.goto(url);
  await page.waitForSelector('[data-testid=app]');
  return session;
}

/**
 * New context + page on the hosted build (a test build: see src/worker/testHooks.ts); `path` is relative
 * to the server root. `?test-chunk-delay-ms=N` in it makes the parse worker sleep N ms after every chunk.
 * `baseUrl`: another server of the built app (a test that takes its server away to go offline starts its own).
 * The page's service worker is blocked unless `serviceWorkers` is 'allow': installing it precaches the whole
 * app (~0.9 s of CPU per page on this machine, in every page of every test), and only the hosting test is
 * about it.
 */
export async function openApp(
  path = '',
  baseUrl = inject('baseUrl'),
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<AppSession> {
  const origin = new URL(baseUrl).origin;
  const allowed = (url: string) => isInline(url) || new URL(url).origin === origin;
  const session = await open(new URL(path, baseUrl).href, allowed, serviceWorkers);
  session.baseUrl = baseUrl;
  return session;
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

/**
 * Declares problems this test provokes on purpose: each pattern must match at least one recorded problem
 * by the end of the test, and every recorded problem must match one of them.
 */
export function expectProblems(session: AppSession, ...patterns: RegExp[]): void {
  const t = tracked.get(session);
  if (!t) throw new Error('expectProblems: this session was not opened through the harness, or by an earlier test');
  t.expected.push(...patterns);
}

/**
 * What the check after each test finds wrong with `session` so far: problems nobody declared, and declared
 * problems that did not happen. Exported so the harness's own test can show the check would fail.
 */
export function problemReport(session: AppSession): string[] {
  const expected = tracked.get(session)?.expected ?? [];
  const { problems } = session;
  return [
    ...problems.filter((p) => !expected.some((re) => re.test(p))).map((p) => `unexpected: ${p}`),
    ...expected
      .filter((re) => !problems.some((p) => re.test(p)))
      .map((re) => `expected a problem matching ${re} but none was recorded`),
  ];
}

/** Throws listing every problem recorded so far: for a check in the middle of a test (the end is checked anyway). */
export function assertNoProblems(s: AppSession): void {
  if (s.problems.length > 0)
    throw new Error(`The page had ${s.problems.length} problem(s):\n  ${s.problems.join('\n  ')}`);
}

/** Waits until the app root reports `state` (idle | parsing | done | error). */
export async function waitForState(page: Page, state: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`[data-testid=app][data-state=${state}]`, { timeout });
}

/**
 * Runs `action` (a paste, a file, a click on Analyse) and waits until the analysis it started has ended
 * in `state`: the app's state must change after the action, so the previous analysis's `done` on a shared
 * page does not count.
 */
export async function analysed(page: Page, action: () => Promise<unknown>, state = 'done', timeout = 30_000) {
  const before = await page.evaluate(
    () => (window as unknown as { __oomscopeStateChanges: number }).__oomscopeStateChanges,
  );
  await action();
  await page.waitForFunction(
    ([before, state]) =>
      (window as unknown as { __oomscopeStateChanges: number }).__oomscopeStateChanges > before &&
      document.querySelector('[data-testid=app]')?.getAttribute('data-state') === state,
    [before, state] as const,
    { timeout },
  );
}

/**
 * Waits until the open event's views are all drawn: they mount one per frame after its summary (Staged), so a
 * panel further down may not be there yet when the summary is.
 */
export async function viewsDrawn(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-retiring]') &&
      !document.querySelector('[data-staged]:not([data-staged=live])') &&
      !!document.querySelector('[data-staged=live]'),
    undefined,
    { timeout },
  );
}

/**
 * Hands the file input a file whose text `make(arg)` builds inside the page, as if the user had chosen it.
 * A large input costs seconds to send from Node through the DevTools protocol (10 MB: ~7 s), and nothing to
 * build where it is used; the text stays in the page (a handle), never crossing the protocol.
 */
export async function chooseFileMadeInPage<A>(page: Page, name: string, make: (arg: A) => string, arg: A) {
  // `arg` is plain data (what Playwright serialises), so the page receives it as it is.
  const text = await page.evaluateHandle<string, A>(make as never, arg);
  await page.evaluate(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      const input = document.querySelector<HTMLInputElement>('[data-testid=file-input]')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { text, name },
  );
  await text.dispose();
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
