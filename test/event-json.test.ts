/**
 * The page's "Event as JSON" is the CLI's document for that event, byte for byte: the worker session (real
 * parser and analysis) and the CLI read the same fixture, and the two documents are compared whole.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { summaryFrom } from './support/parseSummary';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../src/worker/session';
import { PROTOCOL_VERSION, type Request, type Response } from '../src/worker/protocol';
import { runCli } from './support/cliTesting';
import { eventJson } from '../src/views/export/eventJson';

// Three memcg OOMs with parser notes; an allocation-failure warning is added after them (the corpus has none).
const FIXTURE = resolve(import.meta.dirname, 'fixtures/real/001-aks-k8s-memcg-cgroupv2-syslog-5.15.log');
const WARNING =
  'Nov 20 10:03:01 host kernel: [ 9999.000000] kworker/0:1: page allocation failure: order:3, mode:0x40d0(__GFP_IO|__GFP_FS|__GFP_COMP|__GFP_RECLAIMABLE), nodemask=(null),cpuset=/,mems_allowed=0\n';

async function viaWorker(text: string, name: string, index: number): Promise<string> {
  const out: Response[] = [];
  const session = createSession((r) => out.push(r));
  const send = (r: Record<string, unknown>) => session.handle({ v: PROTOCOL_VERSION, ...r } as Request);
  await send({ type: 'parse', id: 1, input: { kind: 'text', text, name } });
  await send({ type: 'event', id: 2, index });
  await send({ type: 'export', id: 3, index });
  const summary = summaryFrom(out);
  const detail = out.find((r) => r.type === 'event-detail');
  const parts = out.find((r) => r.type === 'exported');
  if (detail?.type !== 'event-detail' || parts?.type !== 'exported')
    throw new Error(`unexpected responses: ${out.map((r) => r.type).join(', ')}`);
  return eventJson(name, detail.detail, summary, parts.parts);
}

describe('eventJson', () => {
  it('is the document the CLI prints for --event N --format json', async () => {
    const text = readFileSync(FIXTURE, 'utf8') + WARNING;
    const file = join(mkdtempSync(join(tmpdir(), 'oomscope-json-')), 'aks.log');
    writeFileSync(file, text);
    const page = await viaWorker(text, file, 1);
    const cli = await runCli([file, '--event', '2', '--format', 'json']);
    expect(cli.code).toBe(0);
    // The byte counts differ by how the text was read (a decoded string vs the file's bytes); all else is equal.
    const withoutBytes = (json: string) => {
      const doc = JSON.parse(json);
      delete doc.stats.bytes;
      return doc;
    };
    expect(withoutBytes(page)).toEqual(withoutBytes(cli.stdout));
    const doc = JSON.parse(page);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].firstLine).toBeGreaterThan(1);
    expect(doc.events[0].findings.length).toBeGreaterThan(0);
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(doc.allocationFailures[0].findings[0].id).toBe('alloc-failure-shortage');
  });

  it('says the log is still being read rather than giving half a document', async () => {
    const out: Response[] = [];
    const session = createSession((r) => out.push(r));
    await session.handle({ v: PROTOCOL_VERSION, type: 'export', id: 9, index: 0 });
    expect(out[0]).toMatchObject({ type: 'error', id: 9 });
  });
});
