/**
 * The events panel with many events, as a user browses it: a generated syslog of 2,000 OOM events (the 4.18
 * memcg report under four victim names and cgroups, and every tenth event the 5.13 SysRq report) whose times,
 * names and cgroups are planned here, so every count the page shows is known. The list is virtualised and
 * scrolls to the last event; the filters (kind, name, cgroup, finding) narrow the list and its count; repeats
 * group ("java killed 800 times"); a brushed range filters the list; j/k step through the visible events; the
 * overview names the victims and the busiest hour; the labels are Chinese in zh-CN; at 400 px nothing overflows.
 * Then two files opened together: one numbering, each event naming its file, a click on a timeline dot opening
 * its event.
 *
 * One page for the file. The log is built inside the page (harness chooseFileMadeInPage) from the two small
 * fixture reports and the plan: ~5 MB that never cross the DevTools protocol.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventList as zhEventList } from '../../src/present/locales/zh-CN/eventList';
import { timeline as zhTimeline } from '../../src/present/locales/zh-CN/timeline';
import { manyEventsText } from '../support/manyEvents';
import { analysed, chooseFileMadeInPage, corpusPath, openApp, waitForState, type AppSession } from './harness';
import { shot } from './shots';

const MEMCG = '4.18_cgroupv1_leaker_lkml.log';
const SYSRQ = 'ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example.log';
const EVENTS = 2000;

interface Planned {
  kind: 'memcg' | 'sysrq';
  /** The victim (and, for memcg, the trigger: the report's `leaker`). */
  name: string;
  cgroup: string;
  /** Seconds after midnight (Nov 22). */
  second: number;
}

/** memcg victims in a cycle of nine: java ×4, postgres ×2, node ×2, leaker ×1. */
const VICTIMS: [string, string][] = [
  ...Array<[string, string]>(4).fill(['java', '/kubepods/burstable/pod-java']),
  ...Array<[string, string]>(2).fill(['postgres', '/system.slice/postgresql.service']),
  ...Array<[string, string]>(2).fill(['node', '/kubepods/besteffort/pod-web']),
  ['leaker', '/leaker'],
];
/** The SysRq report's victim and its cgroup (task_memcg). */
const SYSRQ_VICTIM = ['unattended-upgr', '/system.slice/unattended-upgrades.service'] as const;

/**
 * When: 400 events between 01:00 and 04:00; then, after a gap of ten hours, 1,600 between 14:00 and 22:00, of
 * which 500 in the busiest hour, 17:00–18:00. Every tenth event (in time order) is a SysRq kill.
 */
function plan(): Planned[] {
  const seconds: number[] = [];
  for (let i = 0; i < 400; i += 1) seconds.push(3600 + Math.floor((i * 3 * 3600) / 400));
  for (let i = 0; i < 500; i += 1) seconds.push(17 * 3600 + i * 7);
  const quieter = [14, 15, 16, 18, 19, 20, 21];
  for (let j = 0; j < 1100; j += 1) seconds.push(quieter[j % 7] * 3600 + Math.floor(j / 7) * 22);
  seconds.sort((a, b) => a - b);
  let memcg = 0;
  return seconds.map((second, i) => {
    if (i % 10 === 9) return { kind: 'sysrq', name: SYSRQ_VICTIM[0], cgroup: SYSRQ_VICTIM[1], second };
    const [name, cgroup] = VICTIMS[memcg++ % VICTIMS.length];
    return { kind: 'memcg', name, cgroup, second };
  });
}

const PLAN = plan();
const count = (test: (p: Planned) => boolean) => PLAN.filter(test).length;

/** Chooses the generated log in the file input: the plan's events, each report's lines under a syslog prefix. */
async function chooseManyEvents(page: Page) {
  await chooseFileMadeInPage(
    page,
    'many.log',
    ({ plan, memcg, sysrq }) => {
      const two = (n: number) => String(n).padStart(2, '0');
      const out: string[] = [];
      plan.forEach((p, i) => {
        const s = p.second;
        const stamp = `Nov 22 ${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)} host`;
        const body =
          p.kind === 'memcg'
            ? memcg
                .replaceAll('/leaker', p.cgroup)
                .replaceAll('leaker', p.name)
                .replaceAll('2746', String(10_000 + i))
            : sysrq;
        for (const line of body.split('\n')) if (line) out.push(`${stamp} kernel: ${line.replace(/^ /, '')}`);
        out.push(`${stamp} systemd[1]: Started Session ${i} of user deploy.`);
      });
      return `${out.join('\n')}\n`;
    },
    { plan: PLAN, memcg: readFileSync(corpusPath(MEMCG), 'utf8'), sysrq: readFileSync(corpusPath(SYSRQ), 'utf8') },
  );
}

let session: AppSession;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await waitForState(page, 'done');
});

/** Each test starts from the whole list: no filter, range or grouping left by the one before (even a failed one). */
beforeEach(async () => {
  if (!page || (await page.getByTestId('event-filters').count()) === 0) return;
  if (await page.getByTestId('clear-filters').count()) await page.getByTestId('clear-filters').click();
  await page.getByTestId('group-repeats').uncheck();
  await expect.poll(shown).toBeNull();
});

/** j and k are page-wide keys, but not while typing in a field: leave the field, as a user would. */
async function pressKey(key: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

const list = () => page.getByTestId('event-list');
const fullSummary = () => page.locator('[data-testid=summary]:not([data-preview])');
const hash = () => page.evaluate(() => location.hash);
/** "N of 2,000 shown", or null when the list is not filtered. */
async function shown(): Promise<string | null> {
  const el = page.getByTestId('shown-count');
  return (await el.count()) ? el.innerText() : null;
}
/** Event indices of the rows drawn now, in list order. */
const drawnEvents = () =>
  list()
    .locator('[data-event]')
    .evaluateAll((lis) =>
      lis
        .map((li) => ({ row: Number(li.getAttribute('data-row')), event: Number(li.getAttribute('data-event')) }))
        .sort((a, b) => a.row - b.row)
        .map((r) => r.event),
    );

/** Centres (px, in the page) of the dots drawn on the timeline's canvas: its painted blobs, left to right. */
async function dotCentres(): Promise<{ x: number; y: number }[]> {
  const canvas = page.locator('[data-testid=timeline-plot] canvas.timeline-dots');
  const box = (await canvas.boundingBox())!;
  const found = await canvas.evaluate((c: HTMLCanvasElement) => {
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const painted = (p: number) => data[p * 4 + 3] > 100;
    const seen = new Uint8Array(width * height);
    const blobs: { x: number; y: number }[] = [];
    for (let start = 0; start < width * height; start += 1) {
      if (seen[start] || !painted(start)) continue;
      // Flood fill: the pixels of one dot (dots here are far apart, so one blob is one dot).
      let sx = 0;
      let sy = 0;
      let n = 0;
      const stack = [start];
      seen[start] = 1;
      while (stack.length) {
        const p = stack.pop()!;
        const [x, y] = [p % width, Math.floor(p / width)];
        sx += x;
        sy += y;
        n += 1;
        for (const q of [p - 1, p + 1, p - width, p + width])
          if (q >= 0 && q < width * height && Math.abs((q % width) - x) <= 1 && !seen[q] && painted(q)) {
            seen[q] = 1;
            stack.push(q);
          }
      }
      blobs.push({ x: sx / n / (c.width / c.clientWidth), y: sy / n / (c.height / c.clientHeight) });
    }
    return blobs.sort((a, b) => a.x - b.x);
  });
  return found.map((d) => ({ x: box.x + d.x, y: box.y + d.y }));
}

/** What the timeline's tooltip says with the pointer on `dot`. */
async function tipAt(dot: { x: number; y: number }): Promise<string> {
  await page.mouse.move(dot.x, dot.y);
  const tip = page.locator('.timeline-tip');
  await tip.waitFor();
  return tip.innerText();
}

/** The tick labels Recharts drew on the timeline's x or y axis. */
const axisTicks = (axis: 'x' | 'y') =>
  page
    .locator(`[data-testid=timeline-plot] .recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`)
    .allTextContents();

describe('2,000 events in one file', () => {
  it('lists them all in a virtualised list that scrolls to the last one', async () => {
    await analysed(page, () => chooseManyEvents(page), 'done', 120_000);
    await expect.poll(() => page.locator('#events-h').innerText(), { timeout: 30_000 }).toMatch(/^2,000 events/);
    // Only a window of rows is in the DOM.
    await expect.poll(() => list().locator('li').count()).toBeGreaterThan(5);
    expect(await list().locator('li').count()).toBeLessThan(40);
    expect(await drawnEvents()).toEqual([...Array(await list().locator('li').count()).keys()]);
    await list().evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = list().locator(`[data-event="${EVENTS - 1}"]`);
    await last.waitFor();
    expect(await last.locator('.ev-no').innerText()).toBe('#2000');
    expect(await last.locator('.ev-who').innerText()).toBe('kworker/0:2 → unattended-upgr');
    expect(await list().locator('li').count()).toBeLessThan(40);
    await list().evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => page.getByTestId('timeline-plot').getAttribute('data-dots')).not.toBe('0');
    // The frame Recharts draws around the dots: a label per lane, the times below.
    await expect.poll(() => axisTicks('y')).toEqual(['memcg', 'SysRq']);
    expect(await axisTicks('x')).toContain('Nov 22, 15:00');
    // The canvas of dots lies exactly over the plot Recharts framed: from the lane axis to the right end of
    // the time axis, from the top margin down to the time axis.
    const fit = await page.getByTestId('timeline-plot').evaluate((plot) => {
      const box = (sel: string) => plot.querySelector(sel)!.getBoundingClientRect();
      const dots = box('canvas.timeline-dots');
      const time = box('.recharts-xAxis .recharts-cartesian-axis-line');
      const lanes = box('.recharts-yAxis .recharts-cartesian-axis-line');
      return [dots.left - time.left, dots.right - time.right, dots.left - lanes.left, dots.bottom - time.top];
    });
    for (const d of fit) expect(Math.abs(d)).toBeLessThanOrEqual(1);
    await shot(page.locator('.events-panel'), 'events-2000');
  });

  it('filters by kind, name, cgroup and finding: the list and its count narrow to the planned events', async () => {
    const checks: [string, () => Promise<unknown>, number, (p: Planned) => boolean][] = [
      ['kind', () => page.getByTestId('filter-kind').selectOption('sysrq'), 200, (p) => p.kind === 'sysrq'],
      ['name', () => page.getByTestId('filter-name').fill('postgres'), 400, (p) => p.name === 'postgres'],
      ['cgroup', () => page.getByTestId('filter-cgroup').fill('kubepods'), 1200, (p) => p.cgroup.includes('kubepods')],
      [
        'finding',
        () => page.getByTestId('filter-finding').selectOption('sysrq-manual'),
        200,
        (p) => p.kind === 'sysrq',
      ],
    ];
    for (const [what, apply, expected, planned] of checks) {
      expect(count(planned), what).toBe(expected);
      await apply();
      await expect.poll(shown, { message: what }).toBe(`${expected.toLocaleString('en')} of 2,000 shown`);
      // The rows drawn are the first planned events that pass, in order.
      const drawn = await drawnEvents();
      const wanted = PLAN.flatMap((p, i) => (planned(p) ? [i] : []));
      expect(drawn.length, what).toBeGreaterThan(5);
      expect(drawn, what).toEqual(wanted.slice(0, drawn.length));
      await page.getByTestId('clear-filters').click();
      await expect.poll(shown, { message: what }).toBeNull();
    }
    // The finding's option says how many events have it.
    expect(await page.locator('[data-testid=filter-finding] option[value=sysrq-manual]').innerText()).toMatch(
      /\(200\)$/,
    );
    // Filters combine: a kubepods cgroup and "node" in the name.
    await page.getByTestId('filter-cgroup').fill('kubepods');
    await page.getByTestId('filter-name').fill('node');
    await expect.poll(shown).toBe(`${count((p) => p.name === 'node').toLocaleString('en')} of 2,000 shown`);
    await page.getByTestId('clear-filters').click();
  });

  it('groups repeats: one row per victim and cgroup, "killed N times", opening onto its events', async () => {
    await page.getByTestId('group-repeats').check();
    const groups = list().locator('[data-group]');
    await expect.poll(() => groups.count()).toBe(5);
    const labels = await groups.locator('.group-label').allInnerTexts();
    expect(labels[0]).toBe('java killed 800 times in cgroup /kubepods/burstable/pod-java');
    expect(labels).toContain('postgres killed 400 times in cgroup /system.slice/postgresql.service');
    expect(labels).toContain('leaker killed 200 times in cgroup /leaker');
    expect(await groups.evaluateAll((g) => g.map((e) => Number(e.getAttribute('data-group'))))).toEqual([
      800, 400, 400, 200, 200,
    ]);
    await groups.first().locator('button').click();
    await expect.poll(() => groups.first().locator('button').getAttribute('aria-expanded')).toBe('true');
    // The events of the group follow it: the first java kills.
    const javas = PLAN.flatMap((p, i) => (p.name === 'java' ? [i] : []));
    await expect.poll(async () => (await drawnEvents()).slice(0, 4)).toEqual(javas.slice(0, 4));
    await groups.first().locator('button').click();
    await page.getByTestId('group-repeats').uncheck();
    await expect.poll(() => groups.count()).toBe(0);
  });

  it('j and k step through the visible events, with and without a filter', async () => {
    await page.locator('[data-event="0"] button').click();
    await expect.poll(hash).toBe('#event=0');
    await pressKey('j');
    await expect.poll(hash).toBe('#event=1');
    await pressKey('j');
    await expect.poll(hash).toBe('#event=2');
    await pressKey('k');
    await expect.poll(hash).toBe('#event=1');
    // Filtered to postgres: j goes to the next postgres kill after the open event, k back.
    await page.getByTestId('filter-name').fill('postgres');
    await expect.poll(shown).toBe('400 of 2,000 shown');
    const postgres = PLAN.flatMap((p, i) => (p.name === 'postgres' ? [i] : []));
    await pressKey('j');
    await expect.poll(hash).toBe(`#event=${postgres.find((i) => i > 1)}`);
    await pressKey('j');
    const second = postgres.filter((i) => i > 1)[1];
    await expect.poll(hash).toBe(`#event=${second}`);
    await expect.poll(() => fullSummary().innerText()).toContain(`postgres (pid ${10_000 + second})`);
    await pressKey('k');
    await expect.poll(hash).toBe(`#event=${postgres.find((i) => i > 1)}`);
    await page.getByTestId('clear-filters').click();
  });

  it('brushing the early hours on the timeline keeps exactly their events', async () => {
    const canvas = page.locator('[data-testid=timeline-plot] canvas.timeline-dots');
    const box = (await canvas.boundingBox())!;
    const y = box.y + box.height / 2;
    // From the left edge to the middle of the axis (01:00 → about 11:30): the gap between the two clusters.
    await page.mouse.move(box.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.25, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(shown).toBe('400 of 2,000 shown');
    expect(await page.getByTestId('range-chip').innerText()).toMatch(
      /^Time range: Nov 22, 0\d:\d\d – Nov 22, \d\d:\d\d/,
    );
    expect(await page.getByTestId('timeline-live').innerText()).toMatch(/: 400 events\.$/);
    const drawn = await drawnEvents();
    expect(drawn).toEqual([...Array(drawn.length).keys()]);
    // The last one in the range is the last early event.
    await list().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await list().locator('[data-event="399"]').waitFor();
    expect(await list().locator('[data-event="400"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear the time range' }).click();
    await expect.poll(shown).toBeNull();
  });

  it('a click on a dot of many zooms onto its events and opens the first of them', async () => {
    // The blobs are runs of overlapping dots, a lane per kind: hover them until one holds many memcg kills.
    const blobs = await dotCentres();
    expect(blobs.length).toBeGreaterThanOrEqual(2);
    const pattern = /^(\d+) events \(memcg\), Nov 22, (\d\d):(\d\d) – Nov 22, (\d\d):(\d\d)/;
    let afternoon = blobs[0];
    let tip = '';
    for (const blob of blobs.reverse()) {
      afternoon = blob;
      tip = await tipAt(blob);
      if (pattern.test(tip)) break;
    }
    const many = pattern.exec(tip);
    expect(many, tip).not.toBeNull();
    const [n, h0, m0, h1, m1] = many!.slice(1).map(Number);
    expect(n).toBeGreaterThan(1);
    expect(tip).toContain('Click to zoom in.');
    await page.mouse.click(afternoon.x, afternoon.y);
    await page.getByTestId('range-chip').waitFor();
    const opened = Number((await hash()).replace('#event=', ''));
    // The event opened is a memcg kill of that dot's minutes.
    expect(PLAN[opened].kind).toBe('memcg');
    expect(PLAN[opened].second).toBeGreaterThanOrEqual(h0 * 3600 + m0 * 60);
    expect(PLAN[opened].second).toBeLessThan(h1 * 3600 + m1 * 60 + 60);
    // The list shows the zoomed range: the dot's events and a few neighbours, the opened one among them.
    const inRange = Number(/^([\d,]+) of 2,000 shown$/.exec((await shown()) ?? '')?.[1].replace(/,/g, ''));
    expect(inRange).toBeGreaterThanOrEqual(n);
    // As many as the plan has in the range the chip names (to the minute: its end minutes count or not).
    const chip = /Nov 22, (\d\d):(\d\d) – Nov 22, (\d\d):(\d\d)/.exec(await page.getByTestId('range-chip').innerText());
    const [from, to] = [
      Number(chip![1]) * 3600 + Number(chip![2]) * 60,
      Number(chip![3]) * 3600 + Number(chip![4]) * 60,
    ];
    expect(inRange).toBeGreaterThanOrEqual(count((p) => p.second >= from + 60 && p.second < to));
    expect(inRange).toBeLessThanOrEqual(count((p) => p.second >= from && p.second < to + 60));
    await expect
      .poll(() => list().locator(`[data-event="${opened}"] button`).getAttribute('aria-current'))
      .toBe('true');
  });

  it('the overview names the victims with their kills and the busiest hour', async () => {
    const overview = page.getByTestId('overview');
    expect(await page.getByTestId('busiest-hour').innerText()).toBe('Nov 22, 17:00: 500 events');
    const victims = await overview
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('td button')?.textContent ?? '', tr.querySelectorAll('td')[1]?.textContent]),
      );
    expect(Object.fromEntries(victims)).toEqual({
      java: '800',
      postgres: '400',
      node: '400',
      leaker: '200',
      'unattended-upgr': '200',
    });
    expect(victims[0][0]).toBe('java');
    // A click on a victim filters the list by it.
    await overview.getByRole('button', { name: 'leaker', exact: true }).click();
    await expect.poll(() => page.getByTestId('filter-name').inputValue()).toBe('leaker');
    await expect.poll(shown).toBe('200 of 2,000 shown');
    await page.getByTestId('clear-filters').click();
  });

  it('speaks Chinese in zh-CN, and at 400 px nothing is wider than the page', async () => {
    await page.getByTestId('language').selectOption('zh-CN');
    try {
      const filters = page.getByTestId('event-filters');
      await expect.poll(() => filters.innerText()).toContain(zhEventList.filters.kind);
      const labels = await filters.locator('label > span').allInnerTexts();
      expect(labels).toEqual(
        expect.arrayContaining([zhEventList.filters.name, zhEventList.filters.cgroup, zhEventList.filters.finding]),
      );
      expect(await filters.innerText()).toContain(zhEventList.filters.group);
      expect(await page.locator('#overview-h').innerText()).toBe(zhTimeline.overview.heading);
      expect(await page.locator('#events-h').innerText()).toMatch(/^2,000/);
      expect(await page.locator('#events-h').innerText()).not.toMatch(/events/);
      for (const english of ['Victim or trigger', 'Group repeats', 'Busiest hour', 'Victims by name'])
        expect(await page.locator('.events-panel').innerText(), english).not.toContain(english);

      await page.setViewportSize({ width: 400, height: 900 });
      for (const lang of ['zh-CN', 'en']) {
        await page.getByTestId('language').selectOption(lang);
        // Every element's right edge within the page (a wide one would give the page a horizontal scroll).
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: lang })
          .toBeLessThanOrEqual(400);
        // Nor wider than the events panel: nothing in it needs a sideways scroll (the panel would allow one).
        const wide = await page.evaluate(() => {
          const panel = document.querySelector('.events-panel')!;
          const edge = Math.min(panel.getBoundingClientRect().right, document.documentElement.clientWidth) + 0.5;
          return [...panel.querySelectorAll('*')]
            .filter((e) => e.getBoundingClientRect().right > edge)
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        });
        expect([...new Set(wide)], lang).toEqual([]);
        // Each row still says who asked and who was killed, in a readable width.
        const who = await list()
          .locator('.ev-who')
          .evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.textContent]));
        expect(who.length, lang).toBeGreaterThan(5);
        for (const [width, text] of who) {
          expect(width, `${lang}: ${text}`).toBeGreaterThan(100);
          expect(text).toMatch(/ → (java|postgres|node|leaker|unattended-upgr)$/);
        }
        await shot(page.locator('.events-panel'), `events-400-${lang}`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByTestId('language').selectOption('en');
    }
  });
});

describe('reboots', () => {
  it('are marked on the timeline, each a labelled line between the lanes’ dots', async () => {
    const text = manyEventsText({ events: 40, reboots: 3, style: 'iso', gapS: 4000 });
    await analysed(page, () => chooseFileMadeInPage(page, 'reboots.log', (t: string) => t, text));
    await expect.poll(() => page.getByTestId('timeline-summary').innerText()).toMatch(/with 3 reboots\.$/);
    const lines = page.locator('[data-testid=timeline-plot] .recharts-reference-line');
    await expect.poll(() => lines.count()).toBe(3);
    const labels = page.locator('[data-testid=timeline-plot] .recharts-label');
    await expect.poll(() => labels.allTextContents()).toEqual(['reboot', 'reboot', 'reboot']);
    await expect.poll(() => axisTicks('y')).toEqual(['memcg']);
  });
});

describe('two files opened together', () => {
  // One event on Apr 01 (host mysrv); two on Oct 12 (the second a one-line cut report).
  const ARCH = 't030_archlinux_6.1.1_prefix_syslog-kernel.log';
  const AKS = '001-aks-k8s-memcg-cgroupv2-syslog-5.15.log';

  it('share one numbering, each event names its file, and a dot on the timeline opens its event', async () => {
    await analysed(page, () =>
      page.getByTestId('file-input').setInputFiles([corpusPath(ARCH), corpusPath(`real/${AKS}`)]),
    );
    await expect.poll(() => list().locator('[data-event]').count()).toBe(3);
    const rows = await list()
      .locator('[data-event]')
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.ev-no')?.textContent, li.querySelector('.ev-file')?.textContent]),
      );
    expect(rows).toEqual([
      ['#1', ARCH],
      ['#2', AKS],
      ['#3', AKS],
    ]);
    await expect.poll(() => page.locator('#overview-h').innerText()).toBe('Across the 2 files');
    expect(await page.getByTestId('filter-file').locator('option').allInnerTexts()).toEqual(['Any file', ARCH, AKS]);

    await list().locator('[data-event="2"] button').click();
    await expect.poll(() => page.getByTestId('selected-from').innerText()).toBe(`Event 3 from ${AKS}`);
    await expect.poll(hash).toBe('#event=2');

    // Two dots: Apr 01 (event 1) and Oct 12 (events 2 and 3, minutes apart: one dot on this scale).
    // Two dots: Apr 01 on the first file's lane, and far right the second file's two events of Oct 12, drawn
    // over each other. The tooltip says which event a dot opens.
    await expect.poll(async () => (await dotCentres()).length).toBe(2);
    const [apr, oct] = await dotCentres();
    expect(await tipAt(apr)).toMatch(
      /^#1 doxygen → doxygen \(global\) — Apr 01 14:13:32\n8\.8 GiB held by the victims$/,
    );
    await page.mouse.click(apr.x, apr.y);
    await expect.poll(hash).toBe('#event=0');
    await expect.poll(() => page.getByTestId('selected-from').innerText()).toBe(`Event 1 from ${ARCH}`);
    await expect.poll(() => list().locator('[data-event="0"] button').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => fullSummary().innerText()).toContain('Apr 01 14:13:32');
    const number = Number(/^#(\d) stress-ng-vm/.exec(await tipAt(oct))?.[1]);
    expect([2, 3]).toContain(number);
    await page.mouse.click(oct.x, oct.y);
    await expect.poll(hash).toBe(`#event=${number - 1}`);
    await expect.poll(() => page.getByTestId('selected-from').innerText()).toBe(`Event ${number} from ${AKS}`);
  });
});
