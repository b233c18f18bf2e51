/**
 * Screenshots for a human to look at, taken only when asked for: OOMSCOPE_SHOTS=1 writes them to
 * test-results/shots/ (ignored by git). Nothing checks them, and each costs from a few hundred ms to seconds,
 * so a normal test run takes none.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SHOTS_DIR =
  process.env.OOMSCOPE_SHOTS === '1' ? resolve(import.meta.dirname, '../../test-results/shots') : null;
if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });

/** Saves `<name>.png` of the page (`fullPage`: the whole scroll height) or of one element. */
export async function shot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  if (SHOTS_DIR) await target.screenshot({ path: `${SHOTS_DIR}/${name}.png`, ...(fullPage ? { fullPage } : {}) });
}

/** Saves `<name>.pdf` of the page as Chromium prints it (A4, backgrounds). */
export async function pdf(page: Page, name: string): Promise<void> {
  if (SHOTS_DIR) await page.pdf({ path: `${SHOTS_DIR}/${name}.pdf`, format: 'A4', printBackground: true });
}
