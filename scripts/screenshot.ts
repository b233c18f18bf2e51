/**
 * Regenerates docs/screenshot.png for the README: serves dist/ (run `npm run build` first), opens it in
 * Debian Chromium, waits for the built-in sample to be analysed and captures the page.
 * Usage: npx tsx scripts/screenshot.ts [out.png]
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/browser/harness.server';
import { CHROMIUM_FLAGS } from '../test/browser/harness.setup';

const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshot.png');

const server = await serveStatic(resolve(ROOT, 'dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: 'light' });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=app][data-state=done]', { timeout: 30_000 });
  // Start the picture at the results (the event list and the views), not at the input box.
  await page.getByTestId('event-list').evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 110));
  await page.waitForTimeout(500); // let the charts finish their first layout
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
