import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/index';
import type { ParserOptions, StreamingParser } from '../parse/index';
import type { OomEvent } from '../parse/model';
import { PROTOCOL_VERSION, type Request, type Response } from './protocol';
import { createSession, MAX_DIAGNOSTICS } from './session';
import { makeEvent } from '../../test/support/model';
import { makeAnalysis } from '../../test/support/analysis';
import { summaryFrom } from '../../test/support/parseSummary';
import { macrotask } from './yielder';

/** A stand-in parser: every line containing "OOM" becomes one event, announced when its line completes. */
function fakeParser(options: ParserOptions = {}): StreamingParser {
  let buffered = '';
  let line = 0;
  const events: OomEvent[] = [];
  const raw: string[] = [];
  const take = (text: string) => {
    line++;
    raw.push(text);
    if (text.includes('OOM')) {
      const event = makeEvent({ index: events.length, firstLine: line, lastLine: line });
      events.push(event);
      options.onEvent?.(event);
    }
  };
  return {
    push(chunk) {
      const parts = (buffered + chunk).split('\n');
      buffered = parts.pop() ?? '';
      parts.forEach(take);
    },
    end() {
      if (buffered) take(buffered);
      const diagnostics = Array.from({ length: line }, (_, i) => ({
        line: i + 1,
        severity: 'info' as const,
        message: 'seen',
      }));
      return { events, allocationFailures: [], diagnostics, stats: { bytes: 0, lines: line, prefixStyles: [] } };
    },
    idle() {},
    lineCount: 0,
    rawLinesOf(index) {
      const e = events[index];
      return e ? [{ line: e.firstLine, raw: raw[e.firstLine - 1] }] : [];
    },
  };
}

/** A request without its version (distributes over the union, so each member keeps its own fields). */
type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'v'> : never) : never;

function run(deps: Parameters<typeof createSession>[1] = {}) {
  const out: Response[] = [];
  let clock = 0;
  const session = createSession((r) => out.push(r), { createParser: fakeParser, now: () => (clock += 10), ...deps });
  const send = (r: RequestBody) => session.handle({ v: PROTOCOL_VERSION, ...r } as Request);
  return { out, send };
}

/** A real OOM report: one global event, victim doxygen. */
const REPORT = readFileSync(
  resolve(import.meta.dirname, '../../test/fixtures/archlinux_6.1.1-arch1-1_embedded_example.log'),
  'utf8',
);
/** The report, then ~3 MB of other daemons' lines: the event closes long before the input ends. */
function eventThenNoise(): string {
  return REPORT + 'Nov 22 11:09:03 host cron[42]: (root) CMD (run-parts /etc/cron.hourly)\n'.repeat(45_000);
}

/** Waits (in macrotasks, so a parse that yields can run) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !done(); i++) await macrotask();
  if (!done()) throw new Error('gave up waiting');
}

describe('worker session', () => {
  it('announces each event, then answers done with summaries and the facts about the input', async () => {
    const { out, send } = run();
    await send({ type: 'parse', id: 1, input: { kind: 'text', text: 'a\nOOM one\nb\nOOM two', name: 'paste' } });
    const found = out.flatMap((r) => (r.type === 'events-found' ? r.found : []));
    expect(found.map((f) => f.summary.firstLine)).toEqual([2, 4]);
    const done = out.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.id).toBe(1);
    expect(done.summary.name).toBe('paste');
    expect(summaryFrom(out).events).toHaveLength(2);
    expect(done.summary.input).toMatchObject({ source: 'text', lines: 4, chars: 19, gzip: null, binary: null });
    expect(out[0]).toMatchObject({ type: 'progress', id: 1, bytesRead: 0 });
  });

  it("gives an event the earlier events of its own file as history, not another file's", async () => {
    // Two files may come from two machines: a kill in one is no earlier kill of the other (repeated-kills).
    const histories: number[] = [];
    const { send } = run({
      analyzeEvent: (_event, _kernel, history = []) => {
        histories.push(history.length);
        return makeAnalysis([]);
      },
    });
    const blob = (text: string) => new Blob([text]);
    const files = [
      { file: blob('OOM a1\nOOM a2\n'), name: 'a.log' },
      { file: blob('OOM b1\n'), name: 'b.log' },
    ];
    await send({ type: 'parse', id: 1, input: { kind: 'files', files, name: 'a.log, b.log' } });
    expect(histories).toEqual([0, 1, 0]);
  });

  it('keeps a few analyses whole and makes an older one again, with the same history, when it is asked for', async () => {
    // Every analysis kept whole, 10,000 events held 380 MB of them; the digests the later events need are kept.
    const calls: [firstLine: number, history: number][] = [];
    const { out, send } = run({
      analyzeEvent: (event, _kernel, history = []) => {
        calls.push([event.firstLine, history.length]);
        return makeAnalysis([{ id: `at-${event.firstLine}` }]);
      },
    });
    const text = Array.from({ length: 40 }, (_, i) => `OOM ${i}`).join('\n');
    await send({ type: 'parse', id: 1, input: { kind: 'text', text, name: 'p' } });
    expect(calls).toHaveLength(40);
    const findingOf = () => {
      const reply = out.at(-1);
      return reply?.type === 'event-detail' ? reply.detail.analysis.findings.map((f) => f.id) : null;
    };
    await send({ type: 'event', id: 2, index: 39 });
    expect(findingOf()).toEqual(['at-40']);
    expect(calls).toHaveLength(40); // a recent one: kept
    await send({ type: 'event', id: 3, index: 2 });
    expect(findingOf()).toEqual(['at-3']);
    expect(calls.at(-1)).toEqual([3, 2]); // made again, after the two events before it
    await send({ type: 'event', id: 4, index: 2 });
    expect(calls).toHaveLength(41); // and kept now
  });

  it('answers an event request with the event, its analysis and its raw lines', async () => {
    const headline = [{ id: 'sysrq', params: {} }];
    const { out, send } = run({ analyzeEvent: () => makeAnalysis([{ id: 'x' }], headline) });
    await send({ type: 'parse', id: 1, input: { kind: 'text', text: 'OOM here\n', name: 'p' } });
    await send({ type: 'event', id: 2, index: 0 });
    const reply = out.at(-1);
    expect(reply).toMatchObject({ type: 'event-detail', id: 2, detail: { source: [{ line: 1, raw: 'OOM here' }] } });
    expect(reply?.type === 'event-detail' && reply.detail.analysis.headline).toEqual(headline);
  });

  it('turns every failure into an error response for that id', async () => {
    const { out, send } = run({
      createParser: () => {
        throw new Error('parser exploded');
      },
    });
    await send({ type: 'event', id: 5, index: 0 });
    await send({ type: 'parse', id: 6, input: { kind: 'text', text: 'x', name: 'p' } });
    await send({ type: 'bogus', id: 7 } as unknown as RequestBody);
    expect(out).toEqual([
      { v: PROTOCOL_VERSION, type: 'error', id: 5, message: 'There is no event 0 in the current log.' },
      { v: PROTOCOL_VERSION, type: 'error', id: 6, message: 'parser exploded' },
      { v: PROTOCOL_VERSION, type: 'error', id: 7, message: 'Unknown request type bogus.' },
    ]);
  });

  it('rejects a request from another protocol version', async () => {
    const out: Response[] = [];
    await createSession((r) => out.push(r)).handle({ v: 99, type: 'event', id: 3, index: 0 } as unknown as Request);
    expect(out[0]).toMatchObject({ type: 'error', id: 3 });
  });

  it('keeps an event whose analysis throws, with a headline saying so', async () => {
    const { out, send } = run({
      analyzeEvent: () => {
        throw new Error('bad table');
      },
    });
    await send({ type: 'parse', id: 1, input: { kind: 'text', text: 'OOM\n', name: 'p' } });
    expect(summaryFrom(out).events[0].headline).toEqual([{ id: 'analysis-failed', params: { error: 'bad table' } }]);
  });

  it('caps diagnostics and throttles progress', async () => {
    const { out, send } = run({ now: () => 0 });
    const text = 'line\n'.repeat(MAX_DIAGNOSTICS + 10);
    await send({ type: 'parse', id: 1, input: { kind: 'text', text, name: 'p' } });
    const done = out.at(-1);
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.summary.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(done.summary.diagnosticsTotal).toBe(MAX_DIAGNOSTICS + 10);
    // With a frozen clock only the first and the final progress message get through.
    expect(out.filter((r) => r.type === 'progress')).toHaveLength(2);
  });

  describe('while a file is still being read', () => {
    const input = { kind: 'text' as const, text: eventThenNoise(), name: 'big' };
    const realParser = { createParser, now: () => 0 };

    it('answers a request for an event already found, with its raw lines, before the parse is done', async () => {
      const { out, send } = run({ ...realParser, createYielder: () => macrotask });
      const parsing = send({ type: 'parse', id: 1, input });
      await until(() => out.some((r) => r.type === 'events-found'));
      expect(out.some((r) => r.type === 'done')).toBe(false);
      await send({ type: 'event', id: 2, index: 0 });
      const detail = out.at(-1);
      expect(detail?.type).toBe('event-detail');
      if (detail?.type !== 'event-detail') return;
      expect(detail.detail.event.victim?.comm).toBe('doxygen');
      expect(detail.detail.event.tasks?.tasks.length).toBeGreaterThan(0);
      // The event closed while the noise was still streaming; its raw lines are the whole report.
      const reportLines = REPORT.trimEnd().split('\n');
      expect(detail.detail.source.map((l) => l.raw)).toEqual(reportLines);
      expect(detail.detail.source[0].line).toBe(1);
      await parsing;
      expect(out.at(-1)?.type).toBe('done');
    });

    it('without yielding, the same request would only be read after the parse (why the loop yields)', async () => {
      const { out, send } = run({ ...realParser, createYielder: () => () => undefined });
      const parsing = send({ type: 'parse', id: 1, input });
      const asked = macrotask().then(() => send({ type: 'event', id: 2, index: 0 }));
      await Promise.all([parsing, asked]);
      expect(out.map((r) => r.type).slice(-2)).toEqual(['done', 'event-detail']);
    });

    it('a newer parse request stops the one still reading', async () => {
      const { out, send } = run({ ...realParser, createYielder: () => macrotask });
      const first = send({ type: 'parse', id: 1, input });
      await until(() => out.some((r) => r.type === 'events-found'));
      await send({ type: 'parse', id: 2, input: { kind: 'text', text: 'nothing here\n', name: 'small' } });
      await first;
      expect(out.filter((r) => r.type === 'done').map((r) => r.type === 'done' && r.summary.name)).toEqual(['small']);
      expect(out.find((r) => r.type === 'error')).toMatchObject({
        id: 1,
        message: 'This parse was replaced by a newer one.',
      });
      await send({ type: 'event', id: 3, index: 0 });
      expect(out.at(-1)).toMatchObject({ type: 'error', id: 3 });
    });
  });
});

describe('worker session: shared events', () => {
  it('packs a link, unpacks it, and parses the lines at their original numbers', async () => {
    const { out, send } = run({ createParser });
    const lines = REPORT.trimEnd().split('\n');
    const log = {
      name: 'messages',
      text: lines.join('\n'),
      lines: [[5001, 5000 + lines.length]] as [number, number][],
      view: { event: null, line: null },
      redacted: false,
    };
    await send({ type: 'pack', id: 1, pack: { target: 'link', log } });
    const packed = out.at(-1);
    expect(packed).toMatchObject({ type: 'packed', id: 1 });
    if (packed?.type !== 'packed') return;
    await send({ type: 'unpack', id: 2, source: { kind: 'link', fragment: packed.text } });
    const unpacked = out.at(-1);
    expect(unpacked).toMatchObject({ type: 'unpacked', id: 2, unpacked: { log, problems: [] } });
    await send({ type: 'parse', id: 3, input: { kind: 'text', text: log.text, name: 'messages', lines: log.lines } });
    const summary = summaryFrom(out);
    expect(summary.events[0].firstLine).toBe(5001);
    // The empty lines that held the numbers are not counted as the user's lines.
    expect(summary.stats.lines).toBe(lines.length);
    await send({ type: 'event', id: 4, index: 0 });
    const detail = out.at(-1);
    expect(detail?.type === 'event-detail' && detail.detail.source[0]).toEqual({
      line: 5001,
      raw: lines[0],
      text: lines[0],
    });
  });

  it('unpacks an analysis file sent as a Blob', async () => {
    const { out, send } = run();
    const json = JSON.stringify({ format: 'oomscope-analysis', version: 1, lines: [{ n: 7, text: 'OOM' }] });
    await send({ type: 'unpack', id: 1, source: { kind: 'file', file: new Blob([json]), name: 'a.oomscope.json' } });
    expect(out.at(-1)).toMatchObject({ type: 'unpacked', unpacked: { log: { text: 'OOM', lines: [[7, 7]] } } });
  });
});

describe('source lines of an event', () => {
  it('carry the message with its prefixes stripped, for the source view', async () => {
    const out: Response[] = [];
    const session = createSession((r) => out.push(r));
    const text = readFileSync(
      resolve(import.meta.dirname, '../../test/fixtures/t030_rhel7_prefix_syslog-kernel-timestamp.log'),
      'utf8',
    );
    await session.handle({ v: PROTOCOL_VERSION, type: 'parse', id: 1, input: { kind: 'text', text, name: 'x' } });
    await session.handle({ v: PROTOCOL_VERSION, type: 'event', id: 2, index: 0 });
    const detail = out.at(-1);
    if (detail?.type !== 'event-detail') throw new Error('no detail');
    const first = detail.detail.source[0];
    expect(first.raw).not.toBe(first.text);
    expect(first.raw.endsWith(first.text!)).toBe(true);
    expect(first.text).toMatch(/^\S+ invoked oom-killer/);
  });
});
