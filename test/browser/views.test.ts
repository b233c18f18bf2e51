/**
 * The explorer's views in a real browser, on the built-in samples (byte-for-byte copies of corpus fixtures):
 * events listed, zone bars, histogram bars, task-table rows and sort order, gfp flags, evidence links,
 * several events, share links, bad input, axe-core in both themes. Expected values come from the fixtures'
 * hand-checked snapshots (test/fixtures/*.expected.txt).
 *
 * The tests share one page, in order (a fresh context and app start cost ~2.5 s a test); each one loads the
 * sample or text it needs, and the harness checks the page for problems after each. Every fixture is
 * rendered in views-fixtures-a/-b.test.ts (fixturePages.ts), a 100,000-row task table in views-bigtable.test.ts.
 * OOMSCOPE_SHOTS=1 saves screenshots of the views to test-results/shots/ for a human to look at.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { analysed, corpusPath, openApp, viewsDrawn, waitForState, type AppSession } from './harness';
import { shot } from './shots';

const NIXOS = '6.5.0_nixos_cgroupv2_2events_dmesg.log';
const ARCH = 'archlinux_6.1.1-arch1-1_embedded_example.log';

/** The full views of the selected event (not the preview shown while its detail is on its way). */
const fullSummary = (page: Page) => page.locator('[data-testid=summary]:not([data-preview])');

async function analyseText(page: Page, text: string) {
  await page.getByTestId('log-input').fill(text);
  await analysed(page, () => page.getByTestId('analyse').click());
}

async function pickSample(page: Page, id: string) {
  await analysed(page, () => page.getByRole('combobox', { name: 'Sample' }).selectOption(id));
  await fullSummary(page).waitFor();
  await viewsDrawn(page);
}

const zoneIds = (page: Page, testId: string) =>
  page.locator(`[data-testid=${testId}] [data-zone]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-zone')));
const columnText = (page: Page, col: string) =>
  page
    .locator(`[data-testid=task-table] tbody td[data-col=${col}]`)
    .evaluateAll((els) => els.map((e) => e.querySelector('.task-name')?.textContent ?? e.textContent));
const flagNames = (page: Page) =>
  page.locator('[data-testid=gfp-flags] [data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));

let session: AppSession;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForState(page, 'done');
  await fullSummary(page).waitFor();
});

describe('the built-in sample: a global OOM (Arch Linux 6.1)', () => {
  it('opens analysed, every main view rendered', async () => {
    for (const id of ['summary', 'zone-watermarks', 'buddy-histogram', 'gfp-flags', 'meminfo', 'kernel', 'findings']) {
      await expect.poll(() => page.getByTestId(id).isVisible(), { message: id }).toBe(true);
      await shot(page.getByTestId(id), `view-${id}`);
    }
    await expect.poll(() => page.locator('[data-testid=source] [data-line]').count()).toBeGreaterThan(50);
    await expect.poll(() => page.locator('[data-testid=task-table] tbody tr').count()).toBeGreaterThan(5);
    await shot(page, 'full', true);
    await shot(page.locator('#v-tasks'), 'view-tasks');
  });

  it('shows zone bars, histogram bars, the task table and the flags the model predicts', async () => {
    await expect.poll(() => page.locator('[data-testid=event-list] [data-event]').count()).toBe(1);
    expect(await zoneIds(page, 'zone-watermarks')).toEqual(['0:DMA', '0:DMA32', '0:Normal']);
    // Normal: free 61900 < min 61948: failing.
    const normal = page.locator('[data-testid=zone-watermarks] [data-zone="0:Normal"]');
    expect(await normal.getAttribute('data-failing')).toBe('true');
    expect(await normal.locator('[role=img]').getAttribute('aria-label')).toContain('free 61,900 kB, min 61,948 kB');
    // Exact numbers on hover (the bar's SVG title, the browser's own tooltip).
    expect(await normal.locator('rect.bar title').textContent()).toContain(
      'free 61,900 kB, min 61,948 kB, low 75,384 kB, high 88,820 kB',
    );
    expect(await zoneIds(page, 'buddy-histogram')).toEqual(['0:DMA', '0:DMA32', '0:Normal']);
    // A drawn bar for every order with free blocks: DMA has 3 (orders 8-10), DMA32 all 11, Normal 6 (orders 0-5).
    const bars = (zone: string) => page.locator(`[data-testid=buddy-histogram] [data-zone="${zone}"] rect.bar`).count();
    await expect.poll(() => bars('0:DMA')).toBe(3);
    expect(await bars('0:DMA32')).toBe(11);
    expect(await bars('0:Normal')).toBe(6);
    expect(await page.getByTestId('task-table').getAttribute('aria-rowcount')).toBe('113');
    expect(await flagNames(page)).toEqual(['GFP_HIGHUSER_MOVABLE', '__GFP_COMP', '__GFP_ZERO']);
  });

  it('sorts the task table by clicking a header (and by keyboard)', async () => {
    const rss = page.locator('[data-testid=task-table] th[data-col=rss] button');
    await rss.click();
    expect((await columnText(page, 'name')).slice(0, 3)).toEqual(['doxygen', 'java', 'chrome']);
    const header = page.locator('[data-testid=task-table] th[data-col=rss]');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    // The victim (who was also the trigger) is highlighted.
    expect(await page.locator('[data-testid=task-table] tr[data-role="trigger victim"] .task-name').textContent()).toBe(
      'doxygen',
    );
    await rss.focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await columnText(page, 'rss'))[0]).toBe('0');
  });

  it('links evidence to the source view: click → scroll and highlight', async () => {
    await page.locator('[data-testid=zone-watermarks] [data-zone="0:Normal"] .line-link').first().click();
    const current = page.locator('[data-testid=source] [aria-current=true]');
    await current.waitFor();
    expect(await current.getAttribute('data-line')).toBe('43');
    expect(await current.textContent()).toContain('Node 0 Normal free:61900kB');
    expect(await current.isVisible()).toBe(true);
    // A finding's evidence: its first line highlighted, the others marked.
    const finding = page.locator('[data-testid=findings] [data-finding=zone-below-min]');
    await finding.locator('summary').click();
    await finding.locator('.line-link').first().click();
    await expect.poll(() => page.locator('[data-testid=source] .src-marked').count()).toBeGreaterThan(0);
  });

  it('has no serious or critical axe-core violations, in light and dark themes', async () => {
    // Open every disclosure (findings, chart tables) so axe sees all of it: the task table as printed in
    // the light theme, grouped by name in the dark one (two runs of ~3 s each, not one per combination).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // The pointer away from the links the test before clicked: axe checks the page at rest, as a fresh one.
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: /Group by name/ }).check();
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('html[data-theme]').waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'full-dark', true);
    await page.getByRole('checkbox', { name: /Group by name/ }).uncheck();
  });
});

/**
 * Per chart of the page: its drawn width and the pairs of axis labels on one line that run into each other
 * (their boxes overlap), named by their texts.
 */
const axisLabelClashes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.chart svg')].map((svg) => {
      const labels = [...svg.querySelectorAll('.axis text')]
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .filter((l) => l.box.width > 0)
        .sort((a, b) => a.box.left - b.box.left);
      const clashes: string[] = [];
      for (const [i, l] of labels.entries())
        for (const m of labels.slice(i + 1))
          if (Math.abs(m.box.top - l.box.top) < 4 && m.box.left < l.box.right) clashes.push(`${l.text} / ${m.text}`);
      const where = svg.closest('[data-testid]')?.getAttribute('data-testid');
      return { where, width: svg.getBoundingClientRect().width, labels: labels.length, clashes };
    }),
  );

describe('at phone width (400 px)', () => {
  it('no chart has axis labels on top of each other (fewer ticks instead)', async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    try {
      // Charts draw at their measured width (each panel mounts in a turn of its own): wait until the three
      // panels' charts are all drawn for the narrow page.
      await expect
        .poll(async () => {
          const charts = await axisLabelClashes(page);
          return {
            panels: [...new Set(charts.map((c) => c.where))].sort(),
            narrow: charts.every((c) => c.width > 0 && c.width <= 400),
          };
        })
        .toEqual({ panels: ['buddy-histogram', 'meminfo', 'zone-watermarks'], narrow: true });
      const charts = await axisLabelClashes(page);
      expect(charts.filter((c) => c.clashes.length)).toEqual([]);
      // Still an axis, not an empty one: the RAM chart keeps at least 0 and one size.
      const ram = charts.find((c) => c.where === 'meminfo')!;
      expect(ram.labels).toBeGreaterThanOrEqual(2);
      await shot(page.getByTestId('meminfo'), 'view-meminfo-400');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });
});

describe('several events (NixOS 6.5, two memcg OOMs)', () => {
  it('lists both events, moves with j and remembers the choice in the URL', async () => {
    await pickSample(page, 'multi');
    await expect.poll(() => page.locator('[data-testid=event-list] [data-event]').count()).toBe(2);
    await expect.poll(() => page.getByTestId('summary').innerText()).toContain('thunderbird');
    await page.locator('body').press('j');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sample=multi&event=1');
    await expect.poll(() => fullSummary(page).innerText()).toContain('Isolated Web Co');
    await viewsDrawn(page);
    expect(await page.getByTestId('memcg').innerText()).toContain('app-gnome-thunderbird-265606.scope');
    await shot(page.getByTestId('memcg'), 'view-memcg');
    expect(await page.getByTestId('task-table').getAttribute('aria-rowcount')).toBe('4');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reopens the same sample and event after a reload', async () => {
    await page.reload();
    await waitForState(page, 'done');
    await expect.poll(() => page.locator('[data-event="1"] button').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => fullSummary(page).innerText()).toContain('Isolated Web Co');
    await page.locator('[data-event="0"] button').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sample=multi&event=0');
  });

  it('keeps a memory.oom.group kill in its event: one event, its extra kills counted, the finding shown', async () => {
    // The first NixOS report as the kernel prints it when memory.oom.group is set on the scope.
    const scope = '/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-thunderbird-265606.scope';
    const text = readFileSync(corpusPath(NIXOS), 'utf8').replace(
      /(\[144381\.714468\] Memory cgroup out of memory: Killed process 265606 .*\n)/,
      `$1[144381.714470] Tasks in ${scope} are going to be killed due to memory.oom.group set\n` +
        '[144381.714480] Memory cgroup out of memory: Killed process 265700 (Web Content) total-vm:2682760kB, anon-rss:100kB, file-rss:99584kB, shmem-rss:148kB, UID:1000 pgtables:636kB oom_score_adj:100\n' +
        '[144381.714490] Memory cgroup out of memory: Killed process 265701 (RDD Process) total-vm:1000kB, anon-rss:10kB, file-rss:20kB, shmem-rss:0kB, UID:1000 pgtables:4kB oom_score_adj:100\n',
    );
    expect(text).toContain('memory.oom.group set');
    await analyseText(page, text);
    await fullSummary(page).waitFor();
    await expect.poll(() => page.locator('[data-testid=event-list] [data-event]').count()).toBe(2);
    await expect
      .poll(() => fullSummary(page).innerText())
      .toContain('then 2 more tasks of its cgroup (memory.oom.group)');
    await viewsDrawn(page);
    expect(await page.locator('[data-testid=findings] [data-finding=oom-group-kill]').count()).toBe(1);
  });
});

describe('the design document’s nginx report (Ubuntu 3.13)', () => {
  it('decodes 0x200da with the 3.13 table and says the trigger was not the victim', async () => {
    await pickSample(page, 'nginx');
    const flags = await flagNames(page);
    expect(flags).toContain('GFP_HIGHUSER_MOVABLE');
    expect(flags).not.toContain('__GFP_NORECLAIM');
    expect(await page.locator('[data-testid=findings] [data-finding=trigger-is-not-victim]').count()).toBe(1);
    expect(await page.getByTestId('task-table').getAttribute('aria-rowcount')).toBe('11');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shares it: the share dialog makes a link, and a fresh page analyses it instead of the sample', async () => {
    await page.getByTestId('share').click();
    await page.waitForSelector('[data-testid=share-link]:not([value=""])');
    const url = await page.getByTestId('share-link').inputValue();
    expect(url).toMatch(/#v=2&n=[^&]+(&l=[\d,-]+)?&r=1&s=[A-Za-z0-9_-]+$/);
    await page.getByTestId('share-close').click();
    await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    const fresh = await openApp(url.slice(url.lastIndexOf('/') + 1));
    await waitForState(fresh.page, 'done');
    // The full summary, not the preview shown until the event's detail comes (both are 'summary' meanwhile),
    // and not the empty frame a view has before its turn to mount.
    await expect.poll(() => fullSummary(fresh.page).innerText()).toContain('nginx');
    await expect.poll(() => fresh.page.getByTestId('log-input').inputValue()).toContain('nginx invoked oom-killer');
    // The list renders from deferred inputs: it may draw its row a frame after the summary.
    await expect.poll(() => fresh.page.locator('[data-testid=event-list] [data-event]').count()).toBe(1);
  });
});

describe('bad input says what was recognised and keeps the text', () => {
  it('empty, binary, not a log, truncated: a message each, never a console error', async () => {
    await page.getByTestId('log-input').fill('');
    await analysed(page, () => page.getByTestId('analyse').click(), 'error');
    expect(await page.getByTestId('status-message').innerText()).toContain('empty');

    await page.getByTestId('log-input').fill('\u0001\u0002\u0003\u0000\u0004'.repeat(200));
    await page.getByTestId('analyse').click();
    await expect.poll(() => page.getByTestId('status-message').innerText()).toContain('binary');

    await analyseText(page, 'Nov 22 11:09:03 host sshd[1]: Accepted publickey for root\nhello world\n');
    expect((await page.getByTestId('status-message').innerText()).length).toBeGreaterThan(10);
    expect(await page.locator('[data-testid=summary]').count()).toBe(0);
    expect(await page.getByTestId('log-input').inputValue()).toContain('hello world');

    const truncated = readFileSync(corpusPath(ARCH), 'utf8').split('\n').slice(0, 40).join('\n');
    await analyseText(page, truncated);
    await page.getByTestId('summary').waitFor();
    expect(await page.getByTestId('log-input').inputValue()).toBe(truncated);
  });
});
