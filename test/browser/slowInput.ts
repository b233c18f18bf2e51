/**
 * Inputs for the tests of a long read (first event before the end, progress, cancel, what re-renders).
 * They are small; the read is made long by the slowed-down worker of the test build instead
 * (`openApp('?test-chunk-delay-ms=N')`, src/worker/testHooks.ts), which sleeps after every chunk the
 * worker reads from a file (Chromium hands a File's stream over in chunks of at most 64 KiB).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chooseFileMadeInPage, corpusPath } from './harness';

/**
 * Chooses, in the file input, a real report followed by `noiseKb` of other daemons' syslog lines. The noise
 * mentions nothing OOM-like, so the parser's quiet-line filter skips it at full speed: the read is long
 * because of the worker's pauses, not because of work. Built in the page (harness chooseFileMadeInPage), so
 * the megabytes never cross the DevTools protocol.
 */
export async function chooseReportThenNoise(page: Page, report: string, noiseKb: number): Promise<void> {
  await chooseFileMadeInPage(
    page,
    'report-then-noise.log',
    ({ report, noiseKb }) => {
      const noise: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < noiseKb * 1024; i += 1) {
        const line = `Nov 22 11:${String(10 + (i % 50))}:03 host cron[${i}]: (root) CMD (run-parts /etc/cron.hourly)\n`;
        noise.push(line);
        bytes += line.length;
      }
      return report + noise.join('');
    },
    { report: readFileSync(corpusPath(report), 'utf8'), noiseKb },
  );
}
