/**
 * Renders the app icons' PNG sizes from their SVG sources in Chromium, so the PNGs in public/icons/ are
 * reproducible: edit the SVG, run `npx tsx scripts/icons.ts`, commit both. (Install prompts and some
 * platforms want PNGs; the SVG alone is not enough.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS = resolve(import.meta.dirname, '../public/icons');
/** The maskable drawing is only a source (the manifest lists its PNG), so it stays out of the served files. */
const MASKABLE_SVG = resolve(import.meta.dirname, 'icon-maskable.svg');

/** [source svg (in public/icons unless absolute), output png, size in px] */
const OUTPUTS: [string, string, number][] = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  [MASKABLE_SVG, 'maskable-512.png', 512],
  // iOS rounds the corners itself and ignores transparency: it gets the full-bleed variant.
  [MASKABLE_SVG, 'apple-touch-icon.png', 180],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [source, output, size] of OUTPUTS) {
    const svg = readFileSync(resolve(ICONS, source)).toString('base64');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(resolve(ICONS, output), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${output} (${size}×${size}) from ${basename(source)}`);
  }
} finally {
  await browser.close();
}
