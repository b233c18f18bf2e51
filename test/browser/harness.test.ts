/**
 * The harness must be able to fail a test: it records an outside request (and aborts it), a console error
 * and an uncaught exception, and its check after every test reports any problem the test did not declare
 * with expectProblems() — and a declared one that did not happen. Checked against the built app itself, so
 * the CSP is in play too.
 */
import { expect, it } from 'vitest';
import { expectProblems, openApp, problemReport } from './harness';

it('records requests that leave the origin, console errors and uncaught exceptions; fails on undeclared ones', async () => {
  const session = await openApp();
  await session.page.evaluate(() => {
    const img = new Image();
    img.src = 'https://fonts.example.com/tracker.png';
    document.body.append(img);
    console.error('something broke');
    setTimeout(() => {
      throw new Error('uncaught in the page');
    });
  });
  await expect.poll(() => session.problems.join('\n')).toContain('uncaught: uncaught in the page');
  const all = session.problems.join('\n');
  expect(all).toContain("request left the page's origin: GET https://fonts.example.com/tracker.png");
  expect(all).toContain('console error: something broke');
  // Undeclared, each of them would fail this test in the check after it...
  expect(problemReport(session)).toEqual(session.problems.map((p) => `unexpected: ${p}`));
  // ...a declared problem that never happens fails it too...
  expectProblems(session, /never happens/);
  expect(problemReport(session).at(-1)).toBe('expected a problem matching /never happens/ but none was recorded');
  // ...and declaring what did happen (the request is both recorded and refused by the CSP) clears the check,
  // except for the one that did not happen; it is declared away here so this test can pass.
  expectProblems(session, /fonts\.example\.com/, /something broke/, /uncaught in the page/);
  expect(problemReport(session)).toEqual(['expected a problem matching /never happens/ but none was recorded']);
  await session.page.evaluate(() => console.error('never happens'));
  await expect.poll(() => problemReport(session)).toEqual([]);
});

it("the Content-Security-Policy forbids connecting anywhere, even to the page's own server", async () => {
  const session = await openApp();
  // Chromium reports it twice: the CSP directive that refused it, and the failed fetch.
  expectProblems(session, /connect-src 'none'/, /Fetch API cannot load .* Content Security Policy/);
  const outcome = await session.page.evaluate(() =>
    fetch('./index.html').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
});
