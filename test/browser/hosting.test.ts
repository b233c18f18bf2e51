/**
 * The app as it is hosted and carried: the hosted build installs a service worker and, visited once, opens
 * and analyses a file with the network gone (its own server stopped, the browser offline); it is installable
 * (Chromium's own installability check); the offline single file makes no request at all. The request count
 * of a whole visit is printed for the record.
 */
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './harness.server';
import { analysed, assertNoProblems, corpusPath, openApp, openOffline, waitForState, type AppSession } from './harness';

const DIST = resolve(import.meta.dirname, '../../dist');
const ONE_EVENT = 'archlinux_6.1.1-arch1-1_embedded_example.log';

let session: AppSession | null = null;
let server: StaticServer | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});
afterAll(async () => {
  await server?.close();
});

describe('the hosted build', () => {
  it('installs, and after one visit opens and analyses a file with the network gone', async () => {
    // Its own server, so the test can take it away.
    server = await serveStatic(DIST);
    session = await openApp('', server.url, 'allow');
    const { page } = session;
    await waitForState(page, 'done');
    // The service worker took control (clientsClaim) after precaching every file.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // A Playwright context is an incognito profile, where Chromium never offers to install: that is the one
    // reason allowed. Anything about the manifest, icons or service worker would be listed here too.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${server.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    console.log(`hosted build, first visit: ${session.requests.length} requests\n  ${session.requests.join('\n  ')}`);

    await server.close();
    server = null;
    await page.context().setOffline(true);
    const before = session.requests.length;
    await page.reload();
    await waitForState(page, 'done');
    // The sample is the same report: the file must be analysed (a new `done`), and the status must name it.
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(ONE_EVENT)));
    expect(await page.getByTestId('status-message').innerText()).toContain(ONE_EVENT);
    await expect.poll(() => page.getByTestId('summary').innerText()).toContain('doxygen');
    console.log(`hosted build, offline reload: ${session.requests.length - before} requests (served by the worker)`);
    assertNoProblems(session);
  });
});

describe('the offline single file', () => {
  it('makes no request at all through a whole visit, and has no service worker or manifest', async () => {
    session = await openOffline();
    const { page } = session;
    await waitForState(page, 'done');
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(ONE_EVENT)));
    expect(await page.getByTestId('status-message').innerText()).toContain(ONE_EVENT);
    await expect.poll(() => page.getByTestId('summary').innerText()).toContain('doxygen');
    expect(await page.locator('link[rel=manifest]').count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    // The only "request" is the navigation to the file itself.
    expect(session.requests).toEqual([`GET ${session.baseUrl}`]);
    assertNoProblems(session);
  });
});
