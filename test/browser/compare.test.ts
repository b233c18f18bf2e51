/**
 * Compare in a real browser: two events of one log (the NixOS sample, a byte-for-byte copy of
 * 6.5.0_nixos_cgroupv2_2events_dmesg.log) side by side, the numbers each section shows read against the log,
 * swap, a reload that reopens the comparison, close; two files opened together (Arch 6.1 and RHEL 7 3.10, both
 * global OOMs) compared across the files, with both events' zone bars. At 1400 px the two events stand side by
 * side, at 400 px they stack and the page does not scroll sideways. OOMSCOPE_SHOTS=1 saves the view at both
 * widths in both languages to test-results/shots/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { analysed, corpusPath, openApp, waitForState, type AppSession } from './harness';
import { shot } from './shots';

const ARCH = 'archlinux_6.1.1-arch1-1_embedded_example.log';
const RHEL = 'rhel7_3.10.0-514.6.1.el7_embedded_example.log';

const fullSummary = (page: Page) => page.locator('[data-testid=summary]:not([data-preview])');
const view = (page: Page) => page.getByTestId('compare-view');
const hash = (page: Page) => page.evaluate(() => location.hash);

/** Opens the Compare menu. Its picker is drawn once React has seen the menu's toggle event, after the click. */
async function openMenu(page: Page) {
  await page.getByTestId('compare').click();
  await page.getByTestId('compare-pick').waitFor();
}

/** A row's cells as shown: [A, B, B − A]. */
const cells = (page: Page, selector: string) =>
  view(page)
    .locator(selector)
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** Left edges of the two headline boxes: equal when stacked, apart when side by side. */
const headlineLefts = (page: Page) =>
  view(page)
    .getByTestId('compare-headline')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));

/** Tables of the view that scroll inside their box (their figures cut off at the edge). */
const scrollingTables = (page: Page) =>
  view(page)
    .locator('.table-scroll')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.parentElement?.dataset.testid));

/** How far the page scrolls sideways (0: not at all). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let session: AppSession;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.setViewportSize({ width: 1400, height: 900 });
  await waitForState(page, 'done');
  await fullSummary(page).waitFor();
});

describe('two events of one log (NixOS 6.5, two cgroup OOMs 8 ms apart)', () => {
  it('shows both side by side with the numbers of the log', async () => {
    await analysed(page, () => page.getByRole('combobox', { name: 'Sample' }).selectOption('multi'));
    await fullSummary(page).waitFor();
    await openMenu(page);
    await shot(page, 'compare-menu-1400-en');
    // The picker names the other event by number, time and who: the first event is not offered.
    const options = await page.getByTestId('compare-pick').locator('option').allTextContents();
    expect(options).toEqual(['#2 · [144381.722649] · tee → Isolated Web Co']);
    await page.getByTestId('compare-open').click();
    await view(page).getByTestId('compare-tasks').waitFor();
    await expect.poll(() => hash(page)).toBe('#sample=multi&event=0&compare=1');
    // The event view made way for the comparison.
    expect(await fullSummary(page).count()).toBe(0);

    // Killed: .thunderbird-wr (anon-rss 8988 kB + file-rss 239484 kB), then Isolated Web Co (99584 + 148 kB).
    const victims = await view(page).getByTestId('compare-victim').allInnerTexts();
    expect(victims).toEqual([
      '.thunderbird-wr (pid 265606) — 242.6 MiB resident',
      'Isolated Web Co (pid 265856) — 97.4 MiB resident',
    ]);
    // Task tables: .thunderbird-wr 62118 pages in the first only; Isolated Web Co 24933 pages in both.
    expect(await cells(page, 'tr[data-task=".thunderbird-wr"]')).toEqual(['242.6 MiB', 'not listed', '−242.6 MiB']);
    expect(await view(page).locator('tr[data-task=".thunderbird-wr"] th').innerText()).toMatch(/only in A/i);
    expect(await cells(page, 'tr[data-task="Isolated Web Co"]')).toEqual(['97.4 MiB', '97.4 MiB', '0 KiB']);
    // memory: limit 488280kB both times; kernel_stack 3407872 then 933888 bytes; the task RSS summed.
    expect(await cells(page, 'tr[data-line=ram]')).toEqual(['476.8 MiB', '476.8 MiB', '0 KiB']);
    expect(await cells(page, 'tr[data-line="memcg-kernel-stack"]')).toEqual(['3.3 MiB', '912 KiB', '−2.4 MiB']);
    expect(await cells(page, 'tr[data-line=taskRss]')).toEqual(['433.4 MiB', '190.7 MiB', '−242.6 MiB']);
    // Both events hit the same cgroup's limit: memcg-limit is in both, with other numbers.
    const both = view(page).locator('[data-group=both] [data-finding=memcg-limit]');
    expect(await both.getAttribute('data-same')).toBe('false');
    expect(await headlineLefts(page)).toHaveLength(2);
    const [left, right] = await headlineLefts(page);
    expect(right).toBeGreaterThan(left + 300);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('swaps A and B, reopens the comparison after a reload, and closes back to the event', async () => {
    await view(page).getByTestId('compare-swap').click();
    await expect.poll(() => hash(page)).toBe('#sample=multi&event=1&compare=0');
    await expect
      .poll(() => cells(page, 'tr[data-task=".thunderbird-wr"]'))
      .toEqual(['not listed', '242.6 MiB', '+242.6 MiB']);
    expect(await view(page).getByTestId('compare-side-a').innerText()).toContain('#2');

    await page.reload();
    await waitForState(page, 'done');
    await view(page).getByTestId('compare-tasks').waitFor();
    expect(await cells(page, 'tr[data-line=taskRss]')).toEqual(['190.7 MiB', '433.4 MiB', '+242.6 MiB']);

    await view(page).getByTestId('compare-close').click();
    await fullSummary(page).waitFor();
    expect(await view(page).count()).toBe(0);
    expect(await hash(page)).toBe('#sample=multi&event=1');
    expect(await fullSummary(page).innerText()).toContain('Isolated Web Co');
  });
});

describe('two files opened together (Arch 6.1 and RHEL 7 3.10, global OOMs)', () => {
  it('compares across the files, zone bars of both, and stacks at 400 px without scrolling sideways', async () => {
    await analysed(page, () => page.getByTestId('file-input').setInputFiles([corpusPath(ARCH), corpusPath(RHEL)]));
    await fullSummary(page).waitFor();
    await openMenu(page);
    const options = await page.getByTestId('compare-pick').locator('option').allTextContents();
    expect(options).toHaveLength(1);
    expect(options[0]).toContain(RHEL);
    await page.getByTestId('compare-open').click();
    await view(page).getByTestId('compare-tasks').waitFor();
    expect(await view(page).getByTestId('compare-side-a').innerText()).toContain(ARCH);
    // Each side its own zones: Arch DMA, DMA32, Normal (Normal below min); RHEL's as its report prints them.
    const zones = (side: string) =>
      view(page)
        .locator(`[data-side=${side}] [data-testid=zone-watermarks] [data-zone]`)
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-zone')}:${e.getAttribute('data-failing')}`));
    expect(await zones('a')).toEqual(['0:DMA:false', '0:DMA32:false', '0:Normal:true']);
    expect((await zones('b')).length).toBeGreaterThan(0);
    // Both machine-wide: no note about counting differently; doxygen only in the Arch log's table.
    expect(await view(page).getByTestId('compare-scope-note').count()).toBe(0);
    expect(await view(page).locator('tr[data-task=doxygen]').getAttribute('data-only')).toBe('a');
    await shot(view(page), 'compare-1400-en');

    await page.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => headlineLefts(page).then(([a, b]) => a === b)).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await scrollingTables(page)).toEqual([]);
    await shot(view(page), 'compare-400-en');

    await page.getByTestId('language').selectOption('zh-CN');
    await expect.poll(() => view(page).getByTestId('compare-close').innerText()).toBe('关闭对比');
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await scrollingTables(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(view(page), 'compare-400-zh');
    await page.setViewportSize({ width: 1400, height: 900 });
    await shot(view(page), 'compare-1400-zh');
    await page.getByTestId('language').selectOption('en');
  });

  it('at 400 px the event bar keeps its buttons on screen and the picker fits', async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    await view(page).getByTestId('compare-close').click();
    await fullSummary(page).waitFor();
    await openMenu(page);
    const inside = async (testId: string) => {
      const box = (await page.getByTestId(testId).boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 400;
    };
    for (const testId of ['share', 'compare', 'export', 'compare-pick', 'compare-open'])
      expect(await inside(testId), testId).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'compare-menu-400-en');
    await page.getByTestId('compare').click();
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
