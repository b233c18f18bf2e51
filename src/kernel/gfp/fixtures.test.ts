/**
 * For kernels that printed names, decoding the hex alone must reproduce them character for
 * character. Scans every test/fixtures/*.log and every log of the shared corpus's `real/` folder
 * (../shared/corpus/real beside the repo, as in CI; the other corpus folders are copied into
 * test/fixtures) for `invoked oom-killer: gfp_mask=0x…(NAMES)` with the release from the
 * `CPU:`/`Pid:` line after it, and for `page allocation failure: … mode:0x…(NAMES)` lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGfp } from '../index';

const HEADER = /invoked oom-killer: gfp_mask=(0x[0-9a-f]+)\(([^)]*)\)/;
const ALLOC_FAIL = /page allocation failure: order:-?\d+, mode:(0x[0-9a-f]+)\(([^)]*)\)/;
const RELEASE =
  /(?:CPU: \d+ (?:UID: \d+ )?PID: \d+ Comm: |Pid: \d+, comm: ).*?(?:Not tainted|Tainted: [A-Z ]*?)\s+(\d+\.\d+\S*)\s+#/;

export interface PrintedMask {
  file: string;
  line: number;
  mask: string;
  printed: string;
  release: string | null;
}

function logFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return logFiles(path);
    return name.endsWith('.log') ? [path] : [];
  });
}

/** Split like the transport does: newlines, CRs and rsyslog's #012. */
export function scanPrintedMasks(file: string, text: string): PrintedMask[] {
  const lines = text.split(/\r\n|\r|\n|#012/);
  const out: PrintedMask[] = [];
  lines.forEach((line, i) => {
    const m = HEADER.exec(line) ?? ALLOC_FAIL.exec(line);
    if (!m) return;
    let release: string | null = null;
    for (let j = i; j < Math.min(lines.length, i + 12) && release === null; j++) {
      release = RELEASE.exec(lines[j])?.[1] ?? null;
    }
    out.push({ file, line: i + 1, mask: m[1], printed: m[2], release });
  });
  return out;
}

const root = resolve(import.meta.dirname, '../../..');
const fixtureDir = resolve(root, 'test/fixtures');
const realCorpusDir = resolve(root, '../shared/corpus/real');
const files = [...logFiles(fixtureDir), ...(existsSync(realCorpusDir) ? logFiles(realCorpusDir) : [])];
const scanned = files.flatMap((f) => scanPrintedMasks(relative(root, f), readFileSync(f, 'utf8')));
// A corpus fragment cut out with grep can keep the header but lose the CPU:/Pid: line that names the
// release; without a release the table cannot be known, so such a case says nothing about the decoder.
const cases = scanned.filter((c) => c.release !== null || c.file.startsWith('test/'));

describe('every printed gfp decode in the fixtures is reproduced from the hex alone', () => {
  it('finds printed decodes to check, in the fixtures and in the shared corpus beside the repo', () => {
    expect(existsSync(realCorpusDir), `${realCorpusDir} is missing: clone the shared corpus beside the repo`).toBe(
      true,
    );
    expect(cases.filter((c) => c.file.startsWith('test/')).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.file.startsWith('../shared/')).length).toBeGreaterThan(0);
    // The release-less fragments left out above stay few; many would mean the scanner lost the release.
    expect(scanned.length - cases.length).toBeLessThanOrEqual(3);
  });
  // A paste cut before its CPU: line (some of test/fixtures/real) has no release to decode against:
  // the bits' names depend on it, so only pairs with a release are held to the printed names.
  const released = cases.filter((c) => c.release !== null);
  it('pairs most headers with a release line', () => {
    expect(released.length).toBeGreaterThan(cases.length / 2);
  });
  it.each(released.map((c) => [`${c.file}:${c.line} ${c.mask} on ${c.release}`, c] as const))('%s', (_name, c) => {
    expect(decodeGfp(c.mask, c.release).printed).toBe(c.printed);
  });
});

describe('the scanner itself', () => {
  it('pairs a header with its release, across #012 joins', () => {
    const text =
      'foo invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0#012CPU: 1 UID: 0 PID: 5 Comm: foo Tainted: G  OE  6.11.0-rc1 #4';
    expect(scanPrintedMasks('x', text)).toEqual([
      { file: 'x', line: 1, mask: '0xcc0', printed: 'GFP_KERNEL', release: '6.11.0-rc1' },
    ]);
  });
  it('reads allocation-failure lines and reproduces their names', () => {
    const text = [
      'swapper/0: page allocation failure: order:0, mode:0x1080020(GFP_ATOMIC)',
      'CPU: 0 PID: 0 Comm: swapper/0 Not tainted 4.14.0-1-amd64 #1 Debian',
      'kworker/u8:2: page allocation failure: order:0, mode:0x2080020(GFP_ATOMIC)',
      'CPU: 2 PID: 9 Comm: kworker/u8:2 Not tainted 4.9.0-8-amd64 #1 Debian',
    ].join('\n');
    const found = scanPrintedMasks('x', text);
    expect(found.map((c) => c.release)).toEqual(['4.14.0-1-amd64', '4.9.0-8-amd64']);
    for (const c of found) expect(decodeGfp(c.mask, c.release).printed).toBe(c.printed);
  });
  it('notices a wrong table (the scan can fail)', () => {
    expect(decodeGfp('0x440dc0', '6.14.0').printed).not.toBe('GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO');
  });
});
