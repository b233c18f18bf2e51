/**
 * `npm run bench`: parse throughput against the floor, in one process.
 *
 *  floor — stream the file from disk, decode UTF-8 and split it into lines (nothing else);
 *  skim  — the floor plus the keyword scan the parser uses to skip lines that cannot matter;
 *  parse — the same stream through the full parser, as the CLI runs it (prefixes, repair, events,
 *          sections); this is the number the goal is about;
 *  raw   — the parser as the browser worker runs it (keepRaw: raw lines of events kept for the source view).
 *
 * Goal (issue 3): parse no slower than 2× the floor, with memory bounded by the events kept, not
 * by the file size. The journal (≥ 100 MB) is generated once and cached in .bench/ (gitignored).
 * The floor and the parse run in interleaved rounds and each keeps its least CPU time: the machine
 * is shared, and the least disturbed run of each is the fairest comparison (the first round also
 * warms the JIT and the page cache); the per-round paired ratios are printed too. skim and raw run
 * after them. CPU time counts every thread of the process (GC helpers, file reads).
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createLineSource } from '../src/parse/lines';
import { createParser, createQuietFilter } from '../src/parse/index';
import { generateJournal, writeAsciiCopy } from './journal';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.bench');
const JOURNAL = join(CACHE, 'journal-v2.log');
const ASCII_JOURNAL = join(CACHE, 'journal-v2-ascii.log');
const TARGET_BYTES = 110 * 1000 * 1000;
const CHUNK_BYTES = 1 << 20;
const ROUNDS = 7;
const EXPLANATORY_ROUNDS = 3;

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
async function measure(
  consume: (text: string, bytes: number) => void,
  finish: () => string,
  file = JOURNAL,
): Promise<Sample> {
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
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
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

function floorRun(file = JOURNAL): Promise<Sample> {
  const source = createLineSource(() => {});
  return measure(
    (text) => source.push(text),
    () => `${source.end()} lines`,
    file,
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
    () => `${source.end()} lines, ${loud} with OOM words or right after one`,
  );
}

function parseRun(keepRaw = false, file = JOURNAL): Promise<Sample> {
  const parser = createParser({ keepRaw });
  return measure(
    (text, bytes) => parser.push(text, bytes),
    () => {
      const r = parser.end();
      const tasks = r.events.reduce((sum, e) => sum + (e.tasks?.tasks.length ?? 0), 0);
      return `${r.stats.lines} lines, ${r.events.length} events (${tasks} task rows), ${r.diagnostics.length} diagnostics, prefixes: ${r.stats.prefixStyles.join(' ')}`;
    },
    file,
  );
}

/** Least CPU time of the rounds; peak memory is the highest any round reached. */
function best(samples: Sample[]): Sample {
  const least = samples.reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a));
  return {
    ...least,
    peakHeapMb: Math.max(...samples.map((s) => s.peakHeapMb)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
  };
}

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(JOURNAL)) {
    const t = Date.now();
    process.stdout.write(`generating ${JOURNAL} ... `);
    await generateJournal(JOURNAL, join(ROOT, 'test/fixtures'), TARGET_BYTES);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(ASCII_JOURNAL)) await writeAsciiCopy(JOURNAL, ASCII_JOURNAL);
  const mb = statSync(JOURNAL).size / 1e6;
  console.log(`journal: ${mb.toFixed(1)} MB (${JOURNAL})`);
  type Phase = [string, () => Promise<Sample>];
  const measured: Phase[] = [
    ['floor', floorRun],
    ['parse', () => parseRun(false)],
  ];
  // The explanatory phases run after the measured ones: interleaved with them, their code would
  // share call sites with the parse and slow it below what a process that only parses (the CLI,
  // the worker) sees.
  const explanatory: Phase[] = [
    ['skim', skimRun],
    ['raw', () => parseRun(true)],
    ['floorAscii', () => floorRun(ASCII_JOURNAL)],
    ['parseAscii', () => parseRun(false, ASCII_JOURNAL)],
  ];
  const phases = [...measured, ...explanatory];
  const samples = new Map<string, Sample[]>(phases.map(([name]) => [name, []]));
  for (const [group, rounds] of [
    [measured, ROUNDS],
    [explanatory, EXPLANATORY_ROUNDS],
  ] as const) {
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of group) samples.get(name)?.push(await run());
    }
  }
  const [floor, parse, skim, raw, floorAscii, parseAscii] = phases.map(([name]) => best(samples.get(name) ?? []));
  const row = (name: string, s: Sample) =>
    `${name.padEnd(6)} ${(mb / s.cpuSeconds).toFixed(1).padStart(7)} MB/s cpu  ${(mb / s.seconds).toFixed(1).padStart(7)} MB/s wall  ` +
    `peak heap ${s.peakHeapMb.toFixed(0).padStart(4)} MB  peak RSS ${s.peakRssMb.toFixed(0).padStart(4)} MB  ${s.detail}`;
  console.log(row('floor', floor));
  console.log(row('skim', skim));
  console.log(row('parse', parse));
  console.log(row('raw', raw));
  const ratio = parse.cpuSeconds / floor.cpuSeconds;
  const times = (s: Sample) => `${(s.cpuSeconds / floor.cpuSeconds).toFixed(2)}x`;
  const spread = (name: string) => {
    const cpu = (samples.get(name) ?? []).map((s) => mb / s.cpuSeconds);
    return `${Math.min(...cpu).toFixed(0)}-${Math.max(...cpu).toFixed(0)}`;
  };
  console.log(
    `rounds ${ROUNDS} (skim, raw: ${EXPLANATORY_ROUNDS}), MB/s cpu per round: floor ${spread('floor')}, parse ${spread('parse')}, raw ${spread('raw')}`,
  );
  console.log(`skim   keyword scan to skip quiet lines = ${times(skim)} the floor; the rest of parse is event parsing`);
  console.log(`raw    the worker's parse (keeps raw lines of events) = ${times(raw)} the floor`);
  console.log(
    `ascii  the same journal with every non-ASCII byte made '?': floor ${(mb / floorAscii.cpuSeconds).toFixed(0)} MB/s, ` +
      `parse ${(mb / parseAscii.cpuSeconds).toFixed(0)} MB/s = ${(parseAscii.cpuSeconds / floorAscii.cpuSeconds).toFixed(2)}x ` +
      `(one-byte text decodes faster, so the floor is faster; the parse's own work is the same)`,
  );
  console.log(
    `memory parse peak heap ${parse.peakHeapMb.toFixed(0)} MB vs floor ${floor.peakHeapMb.toFixed(0)} MB ` +
      `(events kept: ${parse.detail.split(', ')[1]}), journal ${mb.toFixed(0)} MB`,
  );
  // Each round's parse against the floor run just before it (same machine load): the spread of
  // these says how far the headline ratio can be trusted on a shared machine.
  const floors = samples.get('floor') ?? [];
  const paired = (samples.get('parse') ?? []).map((p, i) => p.cpuSeconds / floors[i].cpuSeconds).sort((a, b) => a - b);
  console.log(
    `paired parse/floor per round: ${paired.map((r) => r.toFixed(2)).join(' ')} (median ${paired[paired.length >> 1].toFixed(2)}x)`,
  );
  console.log(`ratio  parse/floor = ${ratio.toFixed(2)}x cpu (goal <= 2x) ${ratio <= 2 ? 'OK' : 'OVER'}`);
  writeFileSync(
    join(CACHE, 'result.json'),
    JSON.stringify(
      {
        journalMb: mb,
        floorMbPerCpuS: mb / floor.cpuSeconds,
        parseMbPerCpuS: mb / parse.cpuSeconds,
        ratio,
        pairedRatios: paired,
        asciiRatio: parseAscii.cpuSeconds / floorAscii.cpuSeconds,
        floor,
        skim,
        parse,
        raw,
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
