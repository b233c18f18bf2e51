/**
 * The harness must be able to fail a test: it records an outside request (and aborts it), a console error
 * and an uncaught exception. Checked against the built app itself, so the CSP is in play too.
 */
import { afterEach, expect, it } from 'vitest';
import { assertNoProblems, openApp, type AppSession } from './harness';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

it('records requests that leave the origin, console errors and uncaught exceptions', async () => {
  session = await openApp();
  await session.page.evaluate(() => {
    const img = new Image();
    img.src = 'https://fonts.example.com/tracker.png';
    document.body.append(img);
    console.error('something broke');
    setTimeout(() => {
      throw new Error('uncaught in the page');
    });
  });
  await expect.poll(() => session!.problems.join('\n')).toContain('uncaught: uncaught in the page');
  const all = session.problems.join('\n');
  expect(all).toContain("request left the page's origin: GET https://fonts.example.com/tracker.png");
  expect(all).toContain('console error: something broke');
  expect(all).toContain('uncaught: uncaught in the page');
  expect(() => assertNoProblems(session!)).toThrow(/problem\(s\)/);
});

it("the Content-Security-Policy forbids connecting anywhere, even to the page's own server", async () => {
  session = await openApp();
  const outcome = await session.page.evaluate(() =>
    fetch('./index.html').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(session.problems.join('\n')).toMatch(/connect-src 'none'/);
});
