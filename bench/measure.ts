/**
 * How bench/run.ts measures one run: the file is streamed from disk and decoded exactly as the CLI
 * does it, twice through the same consumer, and each pass's CPU and wall time is taken apart.
 *
 * Why two passes: a new parser's first megabytes run code that V8 has just thrown away. Its
 * optimised code was specialised to the previous parser's objects (their closures and hidden
 * classes), and once those are collected it is deoptimised and rebuilt. That costs 40–65 ms per
 * parser whatever the file's size (measured on 2.5 MB and on 110 MB), so it is a per-file cost,
 * not a per-megabyte one; the second pass shows the throughput a long file is read at. Both are
 * printed.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface Pass {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of every thread (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
}

export interface Sample {
  /** The consumer's first pass over the file (fresh objects) and its second (same objects). */
  first: Pass;
  steady: Pass;
  peakHeapMb: number;
  peakRssMb: number;
  /** Heap still in use after both passes and a full collection, above what was in use before: what the consumer keeps. */
  retainedMb: number;
  detail: string;
}

/** What one run streams the file into: `push` per decoded chunk, `finish` after both passes. */
export interface Consumer {
  push(text: string, bytes: number): void;
  finish(): string;
}

const CHUNK_BYTES = 1 << 20;

async function pass(file: string, consumer: Consumer): Promise<Pass> {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    const buf = chunk as Buffer;
    consumer.push(decoder.write(buf), buf.length);
  }
  consumer.push(decoder.end(), 0);
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Streams `file` twice into a new consumer, sampling memory while it runs. */
export async function measure(file: string, create: () => Consumer): Promise<Sample> {
  globalThis.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const consumer = create();
  const first = await pass(file, consumer);
  const steady = await pass(file, consumer);
  const detail = consumer.finish();
  clearInterval(timer);
  sample();
  globalThis.gc?.();
  const retained = process.memoryUsage().heapUsed - baseline;
  void consumer; // still referenced here, so the collection above cannot take what it keeps
  return {
    first,
    steady,
    peakHeapMb: peakHeap / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
    retainedMb: retained / 2 ** 20,
    detail,
  };
}

/** Least CPU time of the rounds, per pass; peak memory is the highest any round reached. */
export function best(samples: Sample[]): Sample {
  const least = (which: 'first' | 'steady') =>
    samples.map((s) => s[which]).reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a));
  return {
    ...samples[0],
    first: least('first'),
    steady: least('steady'),
    peakHeapMb: Math.max(...samples.map((s) => s.peakHeapMb)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
    retainedMb: Math.max(...samples.map((s) => s.retainedMb)),
  };
}
