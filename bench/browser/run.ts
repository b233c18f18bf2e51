/**
 * `npm run bench:browser`: the page on big journals in Chromium, from drop to done. Not a test: it measures
 * and prints, for each journal,
 *   first listed — ms from the drop until the first event's row is on screen;
 *   first detail — until the first event's task table is on screen (while the rest is still read);
 *   done        — until the page says the parse is done;
 *   longest     — the longest task the page's main thread ran from the drop until done and the first event's
 *                 views drawn (Chrome trace), the most CPU time one task took (a busy 2-core machine makes
 *                 wall times longer: the page's worker, the GPU and the browser processes compete), and
 *                 how many ran 50 ms or more; with `--detail`, what ran inside the longest ones;
 *   heaps       — the page's and the worker's JS heap: peak while reading, and kept after a collection;
 *   DOM         — elements in the document when done, and rows of the event list among them.
 * For the dense journal (10,000 events) it also scrolls the event list from top to bottom and reports the
 * longest task while scrolling.
 *
 * The journals are generated once into .bench/ (gitignored) with bench/journal.ts: 100 MB and 1 GB of a
 * journal with an OOM report every ~4,000 lines, and a dense one of 10,000 reports, one every ~20 lines (142 MB).
 * Each journal is dropped on a page that shows the built-in sample and has drawn nothing for 1 s, as a user
 * drops a file on a page they have been looking at.
 * It drives Debian's Chromium (/usr/bin/chromium) with playwright-core against dist/ (`npm run build` first;
 * the npm script does). Usage: npm run bench:browser [-- --only 100mb,dense] [--detail] [--profile] [--dist dir] [--save-trace]
 * [--rounds N] [--untraced]   (with rounds, a last summary per journal: rounds without a task ≥ 50 ms, ranges)
 * `--untraced` drops the same files with no trace recording and no heap sampling, and reports the long tasks the
 * page's own PerformanceObserver saw (every task of 50 ms or more): the page as a user's browser runs it. The
 * tracer writes an event for every task, layout and paint from every thread, and on 2 cores that costs the main
 * thread time too. `--rounds N` runs each journal N times.
 * `--profile` also samples the main thread's JavaScript and names what ran longest in the 3 longest tasks (build
 * with `npx vite build --minify false` and run `node --import tsx bench/browser/run.ts --profile` for readable names).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../test/browser/harness.server';
import { CHROMIUM_FLAGS } from '../../test/browser/harness.setup';
import { generateJournal } from '../journal';
import { heapProbe, type Heaps } from './heap';
import { dropFiles, INIT_SCRIPT, waitDone, waitSettled, type PageTimes } from './page';
import {
  mainThreadTasks,
  markTs,
  PROFILE_CATEGORY,
  profileInside,
  TRACE_CATEGORIES,
  type MainThreadTasks,
} from './trace';

const ROOT = join(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.bench');

interface Journal {
  id: string;
  file: string;
  bytes: number;
  noisePerReport?: number;
  /** Stop after this many reports. */
  reports?: number;
}

const JOURNALS: Journal[] = [
  { id: '100mb', file: 'browser-100mb.log', bytes: 100e6 },
  { id: '1gb', file: 'browser-1gb.log', bytes: 1000e6 },
  // 10,000 events, as the issue asks the list and timeline to stay smooth with (its reports' task tables make
  // that about 140 MB; a 50 MB cut of it held 3,545).
  { id: 'dense', file: 'browser-dense-10k.log', bytes: Infinity, noisePerReport: 20, reports: 10_000 },
];

interface Result {
  journal: string;
  mb: number;
  times: PageTimes;
  main: MainThreadTasks;
  /** The drop, in the trace's clock (µs): tasks are placed after it. */
  fromTs: number;
  /** With --profile: per long task (longest first), the functions that ran longest in it. */
  profiles: string[];
  scroll: MainThreadTasks | null;
  peak: Heaps;
  kept: Heaps;
}

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const detail = args.includes('--detail') || args.includes('--profile');
/** Another build to measure (to compare two builds on the same load): `--dist path/to/dist`. */
const distDir = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : join(ROOT, 'dist');
/** Also samples the main thread's JS (slower) and names the functions inside the longest tasks. */
const profile = args.includes('--profile');
/** Writes each journal's trace to .bench/trace-<journal>.json (for chrome://tracing or a script). */
const saveTrace = args.includes('--save-trace');
/** No trace and no heap sampling: the long tasks as the page's PerformanceObserver sees them. */
const untraced = args.includes('--untraced');
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;

async function ensureJournal(j: Journal): Promise<string> {
  const path = join(CACHE, j.file);
  if (!existsSync(path)) {
    const t = Date.now();
    process.stdout.write(`generating ${path} ... `);
    await generateJournal(path, join(ROOT, 'test/fixtures'), j.bytes, j.noisePerReport, j.reports);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return path;
}

/** Scrolls the event list from top to bottom, one screenful a frame. */
async function scrollList(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(`(async () => {
    const list = document.querySelector('[data-testid=event-list]');
    if (!list) return;
    performance.mark('bench-scroll-start');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 60 && list.scrollTop + list.clientHeight < list.scrollHeight; i++) {
      list.scrollTop += Math.max(200, list.scrollHeight / 60);
      await frame();
    }
    await frame();
    performance.mark('bench-scroll-end');
  })()`);
}

async function runOne(browser: Browser, url: string, j: Journal): Promise<Result> {
  const path = await ensureJournal(j);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(url);
  await waitSettled(page); // the sample, analysed and drawn
  if (untraced) {
    await dropFiles(page, [path]);
    const times = await waitDone(page, 15 * 60_000);
    await context.close();
    return untracedResult(j, path, times);
  }
  const heaps = await heapProbe(page);
  await heaps.retained();
  heaps.resetPeak();
  const sampler = setInterval(() => void heaps.sample().catch(() => {}), 500);
  let times: PageTimes;
  let trace: Buffer;
  try {
    await browser.startTracing(page, {
      categories: [
        ...TRACE_CATEGORIES,
        ...(profile ? [PROFILE_CATEGORY] : []),
        // A saved trace also has the script stack of every layout or style recalc that script forced.
        ...(saveTrace ? ['disabled-by-default-devtools.timeline.stack'] : []),
      ],
    });
    await dropFiles(page, [path]);
    times = await waitDone(page, 15 * 60_000);
    if (j.id === 'dense') await scrollList(page);
    trace = await browser.stopTracing();
  } finally {
    clearInterval(sampler);
  }
  if (saveTrace) writeFileSync(join(CACHE, `trace-${j.id}.json`), trace);
  const peak = heaps.peak();
  const kept = await heaps.retained();
  await heaps.close();
  await context.close();
  const from = markTs(trace, 'bench-drop') ?? 0;
  // Until the first event's views are all drawn (they come in turns, some after done), not only until done.
  const to = markTs(trace, 'bench-finished') ?? markTs(trace, 'bench-done') ?? Infinity;
  const main = mainThreadTasks(trace, { fromTs: from, toTs: to }, detail ? 8 : 1);
  const scrollFrom = markTs(trace, 'bench-scroll-start');
  const scroll =
    scrollFrom === null
      ? null
      : mainThreadTasks(trace, { fromTs: scrollFrom, toTs: markTs(trace, 'bench-scroll-end') ?? Infinity }, 1);
  const profiles = profile
    ? main.tasks.slice(0, 5).map((task) => {
        const p = profileInside(trace, task);
        return `${task.durMs.toFixed(1)} ms task at ${((task.ts - from) / 1000).toFixed(0)} ms, sampled ${p.sampledMs.toFixed(1)} ms\n      self:  ${p.self.join('; ')}\n      total: ${p.total.join('; ')}\n      components: ${p.components.join('; ')}`;
      })
    : [];
  return { journal: j.id, mb: statSync(path).size / 1e6, times, main, fromTs: from, profiles, scroll, peak, kept };
}

/** A run without a trace: its tasks are the long ones the page's observer saw (it sees none under 50 ms). */
function untracedResult(j: Journal, path: string, times: PageTimes): Result {
  const tasks = times.longTasks.map((t) => ({ ts: t.at * 1000, durMs: t.ms, cpuMs: null, inside: [] }));
  const none: Heaps = { pageMb: 0, workerMb: null };
  return {
    journal: j.id,
    mb: statSync(path).size / 1e6,
    times,
    main: { tasks, longest: tasks[0] ?? null, mostCpuMs: null, over50: tasks.length },
    fromTs: 0,
    profiles: [],
    scroll: null,
    peak: none,
    kept: none,
  };
}

const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);
const mb = (v: number | null) => (v === null ? '—' : `${v.toFixed(0)} MB`);

/** The staged view whose turn came last before `at`: a long frame is most often that view's first drawing. */
function afterTurn(t: PageTimes, at: number): string {
  const turn = t.turns.filter(([, , started]) => started <= at + 1).sort((a, b) => b[2] - a[2])[0];
  return turn ? ` [after turn "${turn[0]}" at ${Math.round(turn[2])} ms]` : '';
}

function print(r: Result): void {
  const t = r.times;
  console.log(`\n${r.journal}: ${r.mb.toFixed(0)} MB${untraced ? ' (untraced)' : ''}`);
  console.log(`  first listed ${ms(t.firstListed)}, first detail ${ms(t.firstDetail)}, done ${ms(t.done)}`);
  if (untraced) {
    const long = t.longTasks.map((x) => `${Math.round(x.ms)} ms at ${Math.round(x.at)} ms${afterTurn(t, x.at)}`);
    console.log(`  tasks ≥ 50 ms (longtask observer, no tracing): ${long.length ? long.join(', ') : 'none'}`);
    console.log(`  DOM when done: ${t.domNodes} elements, ${t.listRows} event rows`);
    return;
  }
  console.log(
    `  longest main-thread task ${ms(r.main.longest?.durMs ?? null)} (${r.main.over50} of ${r.main.tasks.length} tasks ≥ 50 ms; ` +
      `longtask observer: ${
        t.longTasks.length
          ? t.longTasks
              .slice(0, 5)
              .map((x) => Math.round(x.ms))
              .join(', ') + ' ms'
          : 'none'
      })`,
  );
  console.log(
    `  most CPU time in one task ${ms(r.main.mostCpuMs)} (the main thread's own work; wall times include waiting for a busy CPU)`,
  );
  for (const task of r.main.tasks.filter((x) => x.inside.length)) {
    const at = (task.ts - r.fromTs) / 1000;
    console.log(
      `    ${task.durMs.toFixed(1)} ms (cpu ${task.cpuMs?.toFixed(1) ?? '?'}) at ${at.toFixed(0)} ms${afterTurn(t, at)}: ${task.inside.join('; ')}`,
    );
  }
  for (const p of r.profiles) console.log(`    profile of the ${p}`);
  if (detail && t.turns.length)
    console.log(
      `  staged views, turn to commit: ${t.turns
        .slice(0, 10)
        .map(([n, ms]) => `${n} ${Math.round(ms)}`)
        .join(', ')} ms`,
    );
  console.log(
    `  heap peak: page ${mb(r.peak.pageMb)}, worker ${mb(r.peak.workerMb)}; kept after GC: page ${mb(r.kept.pageMb)}, worker ${mb(r.kept.workerMb)}`,
  );
  console.log(`  DOM when done: ${t.domNodes} elements, ${t.listRows} event rows`);
  if (r.scroll) console.log(`  scrolling the list through: longest task ${ms(r.scroll.longest?.durMs ?? null)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

/** With --rounds: per journal, how many rounds had no task of 50 ms or more, and the spread of the rest. */
function summarise(results: Result[]): void {
  console.log(`\nover ${rounds} rounds:`);
  for (const id of [...new Set(results.map((r) => r.journal))]) {
    const mine = results.filter((r) => r.journal === id);
    // Untraced, a round without a long task has no longest task to show (the observer sees none under 50 ms).
    const longest = mine.flatMap((r) => (r.main.longest ? [r.main.longest.durMs] : []));
    const cpu = mine.flatMap((r) => (r.main.mostCpuMs === null ? [] : [r.main.mostCpuMs]));
    const at = (pick: (t: PageTimes) => number | null) =>
      ms(median(mine.map((r) => pick(r.times) ?? NaN).filter((x) => !Number.isNaN(x))) ?? null);
    console.log(
      `  ${id}: ${mine.filter((r) => r.main.over50 === 0).length} of ${mine.length} rounds without a task ≥ 50 ms; ` +
        (longest.length ? `longest ${range(longest)} ms` : 'none ≥ 50 ms') +
        (cpu.length ? `, most CPU in one task ${range(cpu)} ms` : '') +
        `; medians: first listed ${at((t) => t.firstListed)}, first detail ${at((t) => t.firstDetail)}, done ${at((t) => t.done)}`,
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`,
  );
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  console.log(`browser: Chromium ${browser.version()} (headless)`);
  const results: Result[] = [];
  try {
    for (let round = 0; round < rounds; round++)
      for (const j of JOURNALS.filter((x) => !only || only.includes(x.id))) {
        const r = await runOne(browser, server.url, j);
        print(r);
        results.push(r);
      }
  } finally {
    await browser.close();
    await server.close();
  }
  if (rounds > 1) summarise(results);
  const slim = results.map((r) => ({
    ...r,
    main: { ...r.main, tasks: r.main.tasks.slice(0, 20) },
    scroll: r.scroll?.longest,
  }));
  writeFileSync(join(CACHE, 'browser-result.json'), JSON.stringify(slim, null, 2));
}

main().catch((err: unknown) => {
  console.error(`bench:browser failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
