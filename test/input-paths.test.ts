/**
 * The page and the CLI read input through one path (src/input) and word it through one place
 * (src/present/input.ts): for the same bytes, the worker's facts worded for the page equal the diagnostics the
 * CLI prints about the input. (Before, random bytes were "binary data" on the page and "no OOM report" on the
 * CLI, and a cut gzip was worded two ways.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/present/i18n';
import { inputDiagnostics, parseCounts } from '../src/present/input';
import { createSession } from '../src/worker/session';
import { PROTOCOL_VERSION, type ParseSummary, type Response } from '../src/worker/protocol';
import { runCli } from './support/cliTesting';
import { summaryFrom } from './support/parseSummary';

const log = readFileSync(join(import.meta.dirname, 'fixtures/6.5.0_nixos_cgroupv2_2events_dmesg.log'));
const gz = gzipSync(Buffer.concat(Array.from({ length: 30 }, () => log)));

const INPUTS: [string, Uint8Array][] = [
  ['random bytes', new Uint8Array(4096).map((_, i) => (i * 7 + 3) % 256)],
  ['xz', new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 1, 2, 3])],
  ['a binary journal', new TextEncoder().encode('LPKSHHRH\0\0\0\0rest')],
  ['a cut gzip', gz.subarray(0, gz.length >> 1)],
  ['syslog without a report', new TextEncoder().encode('Nov 22 11:09:03 host sshd[1]: Accepted publickey\n')],
  ['NUL bytes in a log', Buffer.concat([log, new Uint8Array(64), log])],
  ['blank', new TextEncoder().encode('  \n\n')],
];

async function pageSummary(bytes: Uint8Array): Promise<ParseSummary> {
  const out: Response[] = [];
  const session = createSession((r) => out.push(r), { now: () => 0 });
  const input = { kind: 'file' as const, file: new Blob([bytes as BlobPart]), name: 'x' };
  await session.handle({ v: PROTOCOL_VERSION, type: 'parse', id: 1, input });
  return summaryFrom(out);
}

describe('one input path: the page and the CLI say the same about the same bytes', () => {
  it.each(INPUTS)('%s', async (_, bytes) => {
    const summary = await pageSummary(bytes);
    const page = inputDiagnostics(summary.input, parseCounts(summary), translator('en'));
    expect(page.length).toBeGreaterThan(0);
    const cli = await runCli(['-', '--json'], bytes);
    const doc = JSON.parse(cli.stdout) as { diagnostics: unknown[] };
    expect(doc.diagnostics.slice(0, page.length)).toEqual(page);
  });
});
