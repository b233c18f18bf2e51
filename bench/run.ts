/**
 * `npm run bench`: parse throughput against the floor, in one process.
 *
 *  floor — stream the file from disk, decode UTF-8 and split it into lines (nothing else);
 *  skim  — the floor plus the keyword scan the parser uses to skip lines that cannot matter;
 *  parse — the same stream through the full parser (prefixes, repair, events, sections).
 *
 * Goal (issue 3): parse no slower than 2× the floor, with memory bounded by the events kept, not
 * by the file size. The journal (≥ 100 MB) is generated once and cached in .bench/ (gitignored).
 * Each phase runs twice and the faster run counts (the first warms the JIT and the page cache).
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createLineSource } from '../src/parse/lines';
import { createParser, createQuietFilter } from '../src/parse/index';
import { generateJournal } from './journal';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.bench');
const JOURNAL = join(CACHE, 'journal-v2.log');
const TARGET_BYTES = 110 * 1000 * 1000;
const CHUNK_BYTES = 1 << 20;
const RUNS = 2;

interface Sample {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system): steadier than wall time on a machine shared with other work. */
  cpuSeconds: number;
  peakHeapMb: number;
  peakRssMb: number;
  detail: string;
}

/** Streams the journal into `consume`, sampling memory while it runs. */
async function measure(consume: (text: string, bytes: number) => void, finish: () => string): Promise<Sample> {
  globalThis.gc?.();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(JOURNAL, { highWaterMark: CHUNK_BYTES })) {
    const buf = chunk as Buffer;
    consume(decoder.write(buf), buf.length);
  }
  consume(decoder.end(), 0);
  const detail = finish();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  sample();
  return { seconds, cpuSeconds, peakHeapMb: peakHeap / 2 ** 20, peakRssMb: peakRss / 2 ** 20, detail };
}

function floorRun(): Promise<Sample> {
  const source = createLineSource(() => {});
  return measure(
    (text) => source.push(text),
    () => `${source.end()} lines`,
  );
}

/** Floor plus the per-chunk keyword scan that lets the parser skip quiet lines: its fixed cost. */
function skimRun(): Promise<Sample> {
  const quiet = createQuietFilter();
  let loud = 0;
  const source = createLineSource((raw, line, endInChunk) => {
    if (!quiet.isQuiet(raw, line, endInChunk)) loud++;
  });
  return measure(
    (text) => {
      quiet.scan(text);
      source.push(text);
    },
    () => `${source.end()} lines, ${loud} with OOM words`,
  );
}

function parseRun(): Promise<Sample> {
  const parser = createParser();
  return measure(
    (text, bytes) => parser.push(text, bytes),
    () => {
      const r = parser.end();
      const tasks = r.events.reduce((sum, e) => sum + (e.tasks?.tasks.length ?? 0), 0);
      return `${r.stats.lines} lines, ${r.events.length} events (${tasks} task rows), ${r.diagnostics.length} diagnostics, prefixes: ${r.stats.prefixStyles.join(' ')}`;
    },
  );
}

async function best(run: () => Promise<Sample>): Promise<Sample> {
  let result: Sample | null = null;
  for (let i = 0; i < RUNS; i++) {
    const s = await run();
    if (result === null || s.seconds < result.seconds)
      result = { ...s, peakHeapMb: Math.max(s.peakHeapMb, result?.peakHeapMb ?? 0) };
  }
  return result as Sample;
}

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(JOURNAL)) {
    const t = Date.now();
    process.stdout.write(`generating ${JOURNAL} ... `);
    await generateJournal(JOURNAL, join(ROOT, 'test/fixtures'), TARGET_BYTES);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const mb = statSync(JOURNAL).size / 1e6;
  console.log(`journal: ${mb.toFixed(1)} MB (${JOURNAL})`);
  const floor = await best(floorRun);
  const skim = await best(skimRun);
  const parse = await best(parseRun);
  const row = (name: string, s: Sample) =>
    `${name.padEnd(6)} ${(mb / s.cpuSeconds).toFixed(1).padStart(7)} MB/s cpu  ${(mb / s.seconds).toFixed(1).padStart(7)} MB/s wall  ` +
    `peak heap ${s.peakHeapMb.toFixed(0).padStart(4)} MB  peak RSS ${s.peakRssMb.toFixed(0).padStart(4)} MB  ${s.detail}`;
  console.log(row('floor', floor));
  console.log(row('skim', skim));
  console.log(row('parse', parse));
  const ratio = parse.cpuSeconds / floor.cpuSeconds;
  const wallRatio = parse.seconds / floor.seconds;
  const skimRatio = skim.cpuSeconds / floor.cpuSeconds;
  console.log(
    `skim   keyword scan to skip quiet lines = ${skimRatio.toFixed(2)}x the floor; the rest is event parsing`,
  );
  console.log(
    `ratio  parse/floor = ${ratio.toFixed(2)}x cpu, ${wallRatio.toFixed(2)}x wall (goal <= 2x) ${ratio <= 2 ? 'OK' : 'OVER'}`,
  );
  writeFileSync(
    join(CACHE, 'result.json'),
    JSON.stringify(
      { journalMb: mb, floorMbPerS: mb / floor.seconds, parseMbPerS: mb / parse.seconds, ratio, floor, parse },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
