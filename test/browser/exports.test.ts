/**
 * What the event's exports hold, read from the files the page hands over (Playwright's download) and from the
 * clipboard, against what the page shows: the Markdown report (headline, findings, zone rows, top tasks, gfp,
 * kernel; in Chinese when the page is), the task table's CSV after a filter, a two-key sort and a unit change
 * (exactly the rows shown, in their order and unit), the event's JSON (the CLI's document for that event, run
 * in-process here), and the charts' SVG (a bar for every zone and order the page draws) and PNG.
 *
 * One page for the file (the built-in sample, Arch 6.1: one global OOM, 3 zones, 112 tasks), each test on it.
 */
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatKb } from '../../src/present/units';
import { tasks as tasksEn } from '../../src/present/locales/en/tasks';
import { runCli } from '../support/cliTesting';
import { analysed, corpusPath, openApp, waitForState, type AppSession } from './harness';
import { shot } from './shots';

/** Two memcg OOMs (the second a one-line cut report) with parser notes: the JSON has diagnostics. */
const AKS = 'real/001-aks-k8s-memcg-cgroupv2-syslog-5.15.log';

let session: AppSession;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await waitForState(page, 'done');
  await fullSummary(page).waitFor();
});

const fullSummary = (p: Page) => p.locator('[data-testid=summary]:not([data-preview])');

interface Downloaded {
  name: string;
  body: Buffer;
}

/** The file a click makes the page download (its suggested name and bytes). */
async function download(click: () => Promise<unknown>): Promise<Downloaded> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
  return { name: d.suggestedFilename(), body: Buffer.concat(chunks) };
}

async function openExportMenu() {
  // The Export menu's own <details> (the Compare menu beside it looks the same).
  const menu = page.locator('details:has(> summary[data-testid=export])');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByTestId('export').click();
  await page.getByTestId('export-markdown').waitFor();
}

/** Markdown's backslash escapes undone, so the text compares with what the page shows. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The rows of the Markdown table under the `### ` heading that starts with `heading`, as cell texts. */
function mdTable(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`### ${heading}`));
  expect(at, `a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith('### ')) break;
    if (line.startsWith('|'))
      rows.push(
        line
          .slice(1, -1)
          .split(' | ')
          .map((c) => c.trim()),
      );
  }
  return rows.slice(2); // header and alignment rows
}

/** Text of `selector` under `root`, read whether or not it is in a closed <details>. */
const texts = (root: Locator, selector: string) =>
  root.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

describe('the Markdown report', () => {
  it('holds the headline, each finding as shown, the zone rows, the top tasks, the gfp decode and the kernel; copy gives the same text', async () => {
    await openExportMenu();
    const saved = await download(() => page.getByTestId('export-markdown').click());
    expect(saved.name).toMatch(/-event1-report\.md$/);
    const md = saved.body.toString('utf8');
    const plain = unescape(md);
    expect(md.split('\n')[0]).toBe('## OOM event 1: system-wide OOM');
    await expect.poll(() => page.getByTestId('export-note').innerText()).toContain(saved.name);

    // Copy: the same report on the clipboard.
    await page.getByTestId('export-markdown-copy').click();
    await expect.poll(() => page.getByTestId('export-note').innerText()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);

    const summary = fullSummary(page);
    expect(plain).toContain(`> ${await summary.locator('.headline').innerText()}`);

    // Every finding: its severity, title and detail (with every number in it) as the findings panel words them.
    const findings = page.locator('[data-testid=findings] [data-finding]');
    const count = await findings.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i += 1) {
      const f = findings.nth(i);
      const [severity] = await texts(f, '.badge');
      const [title] = await texts(f, '.finding-title');
      const [detail] = await texts(f, 'details > p:first-of-type');
      expect(plain, title).toContain(`- **${severity}** — ${title}`);
      expect(plain, title).toContain(`  ${detail}`);
    }

    // Zones: a row per zone the page lists, its numbers those of the page's zone table (exact kB there).
    const zoneTable = page.locator('[data-testid=zone-watermarks] table.data tbody tr');
    const pageZones = await zoneTable.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
    const kb = (exact: string) => formatKb(Number(exact.replace(/[^\d]/g, '')));
    const mdZones = mdTable(md, 'Zones');
    expect(mdZones.map((r) => `${r[0]}:${r[1].replace(/`/g, '')}`)).toEqual(pageZones.map((r) => r[0]));
    pageZones.forEach(([, free, min, low, high, , verdict], i) => {
      expect(mdZones[i].slice(2, 6), pageZones[i][0]).toEqual([kb(free), kb(min), kb(low), kb(high)]);
      expect(unescape(mdZones[i][8])).toBe(verdict);
    });

    // Top tasks: the ten largest by rss, as the task table sorted by rss (in KiB) lists them.
    const tasks = page.locator('#v-tasks');
    await tasks.getByRole('button', { name: 'KiB', exact: true }).click();
    const rss = tasks.locator('th[data-col=rss] button');
    await rss.click();
    await expect.poll(() => tasks.locator('th[data-col=rss]').getAttribute('aria-sort')).toBe('descending');
    const top = (await tableRows(tasks, ['pid', 'name', 'rss'])).slice(0, 10);
    expect(top.map((r) => r.pid)).toEqual(mdTable(md, 'Top').map((r) => r[0]));
    expect(top.map((r) => r.name)).toEqual(mdTable(md, 'Top').map((r) => r[1].replace(/`([^`]*)`.*/, '$1')));
    expect(top.map((r) => formatKb(Number(r.rss.replace(/,/g, ''))))).toEqual(mdTable(md, 'Top').map((r) => r[2]));
    expect(mdTable(md, 'Top')[0][1]).toBe('`doxygen` (killed)');

    // The gfp decode: the mask and every flag the page decodes.
    const flags = await page
      .locator('[data-testid=gfp-flags] [data-flag]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(flags.length).toBeGreaterThan(0);
    expect(await page.getByTestId('gfp-flags').innerText()).toContain('0x140dca');
    expect(md).toContain('### gfp_mask decoded: `0x140dca`');
    const gfpRows = Object.fromEntries(mdTable(md, 'gfp_mask decoded').map((r) => [r[0], r[1]]));
    expect(gfpRows.Flags).toBe(flags.map((f) => `\`${f}\``).join(' '));

    // The kernel: version, taint and hardware as the kernel card shows them.
    const kernel = page.getByTestId('kernel');
    const kernelRows = Object.fromEntries(mdTable(md, 'Kernel').map((r) => [r[0], r[1]]));
    expect(kernelRows.Version).toBe(`\`${(await texts(kernel, 'dd code'))[0]}\``);
    const facts = Object.fromEntries(
      await kernel
        .locator('dl > div')
        .evaluateAll((divs) =>
          divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']),
        ),
    );
    expect(kernelRows.Hardware).toBe(`\`${facts.Hardware}\``);
    expect(kernelRows.Tainted).toBe(`\`${facts.Tainted}\``);
  });

  it('is in Chinese when the page is', async () => {
    await page.getByTestId('language').selectOption('zh-CN');
    try {
      await expect.poll(() => page.getByTestId('export').innerText()).not.toBe('Export');
      await openExportMenu();
      const md = (await download(() => page.getByTestId('export-markdown').click())).body.toString('utf8');
      const plain = unescape(md);
      expect(md.split('\n')[0]).toBe('## OOM 事件 1：全系统 OOM');
      for (const heading of ['诊断结果', '内存请求与终止'])
        expect(
          md.split('\n').some((l) => l.startsWith(`### ${heading}`)),
          heading,
        ).toBe(true);
      // The headline and every finding title as the page shows them in Chinese.
      const headline = await fullSummary(page).locator('.headline').innerText();
      expect(headline).toMatch(/[\u4e00-\u9fff]/);
      expect(plain).toContain(headline);
      for (const title of await texts(page.getByTestId('findings'), '.finding-title'))
        expect(plain, title).toContain(title);
      // No English section left.
      for (const english of ['### Findings', '### Zones', '### Kernel', 'Request and kill', 'Report by oomscope'])
        expect(md, english).not.toContain(english);
    } finally {
      await page.getByTestId('language').selectOption('en');
    }
  });
});

/** Columns of the task table's drawn rows (only a window is in the DOM: for all rows use allShownRows). */
function tableRows(scope: Locator, cols: string[]): Promise<Record<string, string>[]> {
  return scope.locator('tbody tr').evaluateAll(
    (trs, cols) =>
      trs.map((tr) =>
        Object.fromEntries(
          cols.map((c) => {
            const td = tr.querySelector(`td[data-col="${c}"]`);
            return [c, (td?.querySelector('.task-name') ?? td)?.textContent ?? ''];
          }),
        ),
      ),
    cols,
  );
}

/**
 * Every row the task table shows, in order, scrolled through (it is virtualised): the cells' text and the row's
 * role (trigger, victim), keyed by aria-rowindex so rows drawn twice while scrolling count once.
 */
async function allShownRows(scope: Locator): Promise<{ cells: string[]; role: string }[]> {
  const grid = scope.getByTestId('task-table');
  const total = Number(await grid.getAttribute('aria-rowcount')) - 1;
  const scroller = scope.locator('.task-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  const rows = new Map<number, { cells: string[]; role: string }>();
  for (let pass = 0; rows.size < total && pass < 500; pass += 1) {
    const drawn = await grid.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        index: Number(tr.getAttribute('aria-rowindex')),
        role: tr.getAttribute('data-role') ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => (td.querySelector('.task-name') ?? td).textContent ?? ''),
      })),
    );
    for (const r of drawn) rows.set(r.index, { cells: r.cells, role: r.role });
    // On by most of a screen: the rows drawn now and next overlap, so none is skipped.
    await scroller.evaluate((el) => (el.scrollTop += el.clientHeight * 0.6));
  }
  expect(rows.size).toBe(total);
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/** RFC 4180 as csv.ts writes it (quoted fields, doubled quotes, CRLF, a BOM first). */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else {
      // CRLF ends a record.
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    }
  }
  return rows;
}

describe('the task table as CSV', () => {
  it('after a filter, a two-key sort and MiB, holds exactly the rows shown, in their order and unit', async () => {
    const tasks = page.locator('#v-tasks');
    await tasks.locator('input[type=search]').fill('o');
    await tasks.getByRole('button', { name: 'MiB', exact: true }).click();
    // oom_score_adj, then rss within each value (shift-click adds a key).
    const adj = tasks.locator('th[data-col=oom_score_adj]');
    await adj.locator('button').click();
    await expect.poll(() => adj.getAttribute('aria-sort')).toBe('descending');
    await tasks.locator('th[data-col=rss] button').click({ modifiers: ['Shift'] });
    await expect.poll(() => tasks.locator('th[data-col=rss] .sort-mark').innerText()).toMatch(/2$/);
    const counts = await tasks.locator('p.muted.small').first().innerText();
    const shownCount = Number(/([\d,]+) shown/.exec(counts)?.[1].replace(/,/g, ''));
    expect(shownCount).toBeGreaterThan(30);
    expect(shownCount).toBeLessThan(112);

    const shown = await allShownRows(tasks);
    expect(shown).toHaveLength(shownCount);
    const header = await tasks
      .locator('thead th button')
      .evaluateAll((bs) => bs.map((b) => (b.firstChild?.textContent ?? '').trim()));
    expect(header).toContain('rss (MiB)');

    const csv = await download(() => tasks.getByTestId('export-csv').click());
    expect(csv.name).toMatch(/-event1-tasks\.csv$/);
    const [csvHeader, ...csvRows] = parseCsv(csv.body.toString('utf8'));
    expect(csvHeader).toEqual([...header, tasksEn.role]);
    // The page's cell with its thousands separators and its dash for "not printed" taken out is the file's.
    const asFile = (cell: string) => (cell === '—' ? '' : cell.replace(/,/g, ''));
    const role = (r: string) =>
      [r.includes('trigger') ? tasksEn.trigger : '', r.includes('victim') ? tasksEn.killed : '']
        .filter(Boolean)
        .join(' ');
    expect(csvRows).toEqual(shown.map((r) => [...r.cells.map(asFile), role(r.role)]));
    // The rows really are in the shown order: adj descending, rss descending within it; the victim is in them.
    const adjAt = header.indexOf('oom_score_adj');
    const rssAt = header.indexOf('rss (MiB)');
    for (let i = 1; i < csvRows.length; i += 1) {
      const [a, b] = [csvRows[i - 1], csvRows[i]];
      expect(
        Number(a[adjAt]) > Number(b[adjAt]) || (a[adjAt] === b[adjAt] && Number(a[rssAt]) >= Number(b[rssAt])),
      ).toBe(true);
    }
    expect(csvRows.some((r) => r.at(-1) === `${tasksEn.trigger} ${tasksEn.killed}`)).toBe(true);
    expect(csvRows.every((r) => /o/i.test(r[header.indexOf('name')]) || /o/.test(r[0]))).toBe(true);

    await tasks.locator('input[type=search]').fill('');
    await tasks.getByRole('button', { name: 'pages', exact: true }).click();
  });
});

describe('charts as pictures', () => {
  /** Per chart (zone) of a panel in the page: the bars' [order or '', value]. */
  const pageBars = (panel: Locator) =>
    panel
      .locator('.chart svg')
      .evaluateAll((svgs) =>
        svgs.map((svg) =>
          [...svg.querySelectorAll('rect[data-value]')].map((r) => [
            r.closest('[data-order]')?.getAttribute('data-order') ?? '',
            r.getAttribute('data-value'),
          ]),
        ),
      );

  /** The same read from an exported SVG, parsed by the browser; and the texts it writes (heading, titles). */
  const svgBars = (svg: string) =>
    page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        size: [Number(root.getAttribute('width')), Number(root.getAttribute('height'))],
        titles: [...root.children].filter((e) => e.tagName === 'text').map((e) => e.textContent),
        charts: [...root.children]
          .filter((e) => e.tagName === 'svg')
          .map((chart) =>
            [...chart.querySelectorAll('rect[data-value]')].map((r) => [
              r.closest('[data-order]')?.getAttribute('data-order') ?? '',
              r.getAttribute('data-value'),
            ]),
          ),
      };
    }, svg);

  it('SVG: one bar per zone, and per order of each zone, that the page draws', async () => {
    const zones = page.getByTestId('zone-watermarks');
    const zonesSvg = await download(() => zones.getByTestId('export-svg').click());
    expect(zonesSvg.name).toMatch(/-event1-zones\.svg$/);
    const z = await svgBars(zonesSvg.body.toString('utf8'));
    expect(z.error).toBeNull();
    // Arch 6.1: DMA, DMA32, Normal, a bar each, at the zone's free kB.
    expect(z.charts).toEqual(await pageBars(zones));
    expect(z.charts.map((c) => c.map(([, v]) => v))).toEqual([['13312'], ['63304'], ['61900']]);
    expect(z.titles[0]).toBe('Zone watermarks');
    expect(z.titles.slice(1).map((t) => t?.split(':')[0])).toEqual(['Node 0 DMA', 'Node 0 DMA32', 'Node 0 Normal']);

    const buddy = page.getByTestId('buddy-histogram');
    const buddySvg = await download(() => buddy.getByTestId('export-svg').click());
    const b = await svgBars(buddySvg.body.toString('utf8'));
    expect(b.error).toBeNull();
    expect(b.charts).toEqual(await pageBars(buddy));
    // Orders with free blocks: DMA 3 (8-10), DMA32 all 11, Normal 6 (0-5).
    expect(b.charts.map((c) => c.length)).toEqual([3, 11, 6]);
    expect(b.charts[0].map(([order]) => order)).toEqual(['8', '9', '10']);
  });

  it('PNG: a real picture of the charts at twice their size', async () => {
    const zones = page.getByTestId('zone-watermarks');
    const svg = await svgBars((await download(() => zones.getByTestId('export-svg').click())).body.toString('utf8'));
    const png = await download(() => zones.getByTestId('export-png').click());
    expect(png.name).toMatch(/-event1-zones\.png$/);
    const { body } = png;
    expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect([width, height]).toEqual(svg.size.map((n) => n * 2));
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(200);
    // Drawn, not blank: decoded by the browser, it has the background, bar colours and text in it.
    const colours = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, body.toString('base64'));
    expect(colours).toBeGreaterThan(10);
    await shot(zones, 'export-zones-panel');
  });
});

describe('the event as JSON', () => {
  it('is the document the CLI prints for --event N --json', async () => {
    const path = corpusPath(AKS);
    await analysed(page, () => page.getByTestId('file-input').setInputFiles(path));
    await page.locator('[data-testid=event-list] [data-event="0"] button').click();
    await fullSummary(page).waitFor();
    await expect.poll(() => fullSummary(page).innerText()).toContain('stress-ng-vm');
    await openExportMenu();
    const saved = await download(() => page.getByTestId('export-json').click());
    expect(saved.name).toBe('001-aks-k8s-memcg-cgroupv2-syslog-5.15.log-event1-event.json');
    const fromPage = JSON.parse(saved.body.toString('utf8'));

    const cli = await runCli([path, '--event', '1', '--json']);
    expect(cli.code).toBe(0);
    const fromCli = JSON.parse(cli.stdout);
    // The CLI names the file by the path it was given, the page by the name the user chose.
    expect(fromPage.file).toBe(basename(path));
    expect(fromCli.file).toBe(path);
    expect({ ...fromPage, file: null }).toEqual({ ...fromCli, file: null });
    expect(fromPage.events).toHaveLength(1);
    expect(fromPage.events[0].victim.comm).toBe('stress-ng-vm');
    expect(fromPage.diagnostics.length).toBeGreaterThan(0);
  });
});
