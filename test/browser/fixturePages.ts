/**
 * Every corpus fixture (test/fixtures/*.log) opened through the file input, each of its events rendered from
 * the worker's detail, without a console error, an uncaught exception or an outside request. The fixtures are
 * split over two test files (views-fixtures-a/-b.test.ts, a page each) so the two test workers share the work.
 * OOMSCOPE_SHOTS=1 saves the full page of a few of them to test-results/shots/ for a human to look at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { analysed, corpusPath, openApp, waitForState } from './harness';
import { shot } from './shots';

/** Fixtures whose full page is saved when asked: a fragment, SysRq, a 3.10 RHEL report, cgroup v2. */
const LOOK_AT = ['python3-killed', 't070_', 'rhel7_3.10', 'proxmox_5.15'];

/** The full views of the selected event (not the preview shown while its detail is on its way). */
const fullSummary = (page: Page) => page.locator('[data-testid=summary]:not([data-preview])');

/** The fixtures of one half: `part` 0 takes the even positions of the sorted list, 1 the odd ones. */
export function fixtureHalf(part: 0 | 1): string[] {
  const all = readdirSync(corpusPath('.'))
    .filter((f) => f.endsWith('.log'))
    .sort();
  expect(all.length).toBeGreaterThan(40);
  return all.filter((_, i) => i % 2 === part);
}

function lineCount(name: string): number {
  return readFileSync(corpusPath(name), 'utf8').replace(/\n$/, '').split('\n').length;
}

/** Opens each fixture on one fresh page and steps through its events; fails naming the fixture at fault. */
export async function renderFixtures(fixtures: string[]): Promise<void> {
  const session = await openApp();
  const { page } = session;
  await waitForState(page, 'done');
  const shown: string[] = [];
  for (const name of fixtures) {
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(corpusPath(name)));
    const status = await page.getByTestId('status-message').innerText();
    // The list draws from deferred inputs: right after 'done' it can still show the previous file's rows. The
    // count the status states is this file's; wait for the list to show as many.
    const stated = /^([\d,]+) OOM events? /.exec(status);
    const events = stated ? Number(stated[1].replace(/,/g, '')) : 0;
    await expect
      .poll(() => page.locator('[data-testid=event-list] [data-event]').count(), { message: name })
      .toBe(events);
    // A file of allocation-failure warnings only (synthetic-vmalloc-…) holds no OOM report: the page says so.
    if (events > 0 || !status.startsWith('No OOM-killer report found')) expect(status, name).toContain(name);
    else expect(status, name).toContain(`in ${lineCount(name)} lines`);
    if (events > 0) {
      await fullSummary(page).waitFor();
      // Step through every event with j, each view rendering from the worker's detail.
      for (let i = 1; i < events; i += 1) {
        await page.locator('body').press('j');
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#event=${i}`);
        await fullSummary(page).waitFor();
      }
    }
    if (LOOK_AT.some((prefix) => name.startsWith(prefix)))
      await shot(page, `fixture-${name.replace(/\.log$/, '')}`, true);
    shown.push(`${name}: ${events}`);
    // Checked per fixture too, so a problem names the fixture that caused it.
    expect(session.problems, name).toEqual([]);
  }
  console.log(`[views] fixtures rendered (name: events):\n  ${shown.join('\n  ')}`);
}
