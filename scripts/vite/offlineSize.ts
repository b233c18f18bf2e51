/**
 * The offline single file's size budget, shared by the build (which prints the sizes) and the browser test
 * that checks the file it built (test/browser/foundation.test.ts).
 *
 * gzip here is Node's zlib at its default level: stable for a given Node, and a little stricter than
 * `gzip -c oomscope.html | wc -c` (GNU gzip's matcher finds about 0.4 % more). The gzip figure on Vite's own
 * output line comes from another compressor and reads about 1 % higher; the budget is about this one.
 */
import { gzipSync } from 'node:zlib';

/**
 * The product's budget: at most this many bytes gzipped (350 kB); the browser test fails over it. Where the
 * file's size goes and what was cut to meet it: docs/BENCHMARKS.md.
 */
export const OFFLINE_GZIP_BUDGET = 350_000;

export interface FileSizes {
  raw: number;
  gzip: number;
}

export function fileSizes(bytes: Uint8Array): FileSizes {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** "1053.4 kB, 333.1 kB gzip (budget 350.0 kB: 16.9 kB left)" */
export function describeSizes({ raw, gzip }: FileSizes): string {
  const left = OFFLINE_GZIP_BUDGET - gzip;
  return `${kB(raw)}, ${kB(gzip)} gzip (budget ${kB(OFFLINE_GZIP_BUDGET)}: ${
    left >= 0 ? `${kB(left)} left` : `${kB(-left)} OVER`
  })`;
}
