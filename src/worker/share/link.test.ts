import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SharedLog } from '../protocol';
import { toBase64Url } from './bytes';
import { fragmentParts, packLink, unpackLink } from './link';
import { MAX_UNPACKED_BYTES } from './limits';

const LINES = Array.from(
  { length: 40 },
  (_, i) => `Nov 20 10:03:${String(i).padStart(2, '0')} host-1 kernel: line ${i} ünïcode ✓`,
);
const LOG: SharedLog = {
  name: 'messages-2024 (web).log',
  text: LINES.join('\n'),
  lines: [[120, 159]],
  view: { event: null, line: null },
  redacted: true,
};

const payloadOf = (text: string) => toBase64Url(deflateRawSync(Buffer.from(text)));

describe('share link round trip', () => {
  it('keeps the lines, their original numbers, the file name and the redaction flag', async () => {
    const fragment = await packLink(LOG);
    expect(fragment).toMatch(/^v=2&n=messages-2024%20\(web\)\.log&l=120-159&r=1&s=[A-Za-z0-9_-]+$/);
    const opened = await unpackLink(`${fragment}&event=0`);
    expect(opened.problems).toEqual([]);
    expect(opened.version).toBe(2);
    expect(opened.log).toEqual({ ...LOG, view: { event: 0, line: null } });
  });

  it('leaves out what is implied: no name, lines numbered from 1, not redacted', async () => {
    const fragment = await packLink({ ...LOG, name: null, lines: [[1, 40]], redacted: false });
    expect(Object.fromEntries(fragmentParts(fragment)).l).toBeUndefined();
    expect(fragment).toMatch(/^v=2&s=/);
    const opened = await unpackLink(fragment);
    expect(opened.log).toMatchObject({ name: null, lines: null, redacted: false, text: LOG.text });
  });

  it('opens a first-version link (#s= alone) as lines from 1', async () => {
    const opened = await unpackLink(`s=${payloadOf('a\nb')}&event=1`);
    expect(opened).toEqual({
      log: { name: null, text: 'a\nb', lines: null, view: { event: 1, line: null }, redacted: false },
      version: 1,
      problems: [],
    });
  });
});

describe('damaged and hostile links', () => {
  it('a cut link opens the whole lines it still holds and says it was cut', async () => {
    const fragment = await packLink(LOG);
    for (const keep of [0.9, 0.6]) {
      const opened = await unpackLink(fragment.slice(0, Math.floor(fragment.length * keep)));
      expect(opened.problems).toHaveLength(1);
      expect(opened.problems[0]).toMatchObject({ part: 'log', code: 'truncated' });
      const lines = opened.log?.text.split('\n') ?? [];
      expect(lines.length).toBe(opened.problems[0].params?.lines);
      // Never a partial line: every line opened is one of the originals, in order, from the start.
      expect(lines).toEqual(LINES.slice(0, lines.length));
      expect(opened.log?.lines).toEqual([[120, 159]]);
    }
  });

  it('a link cut inside its header opens nothing and says what is missing', async () => {
    const opened = await unpackLink('v=2&n=web.log&l=120-1');
    expect(opened.log).toBeNull();
    expect(opened.problems).toEqual([{ part: 'log', code: 'missing' }]);
  });

  it('bad base64 is reported, never thrown', async () => {
    const opened = await unpackLink('v=2&s=abc$%%def');
    expect(opened.log).toBeNull();
    expect(opened.problems).toEqual([{ part: 'log', code: 'invalid' }]);
    const garbage = await unpackLink('v=2&s=bm90LWRlZmxhdGU');
    expect(garbage.log).toBeNull();
    expect(garbage.problems[0]).toMatchObject({ part: 'log', code: 'truncated' });
  });

  it('a newer version is not guessed at', async () => {
    const opened = await unpackLink(`v=3&s=${payloadOf('x')}`);
    expect(opened).toEqual({
      log: null,
      version: 3,
      problems: [{ part: 'version', code: 'version', params: { version: 3, known: 2 } }],
    });
  });

  it('a damaged name or line list costs only that part', async () => {
    const payload = payloadOf('a\nb');
    const badName = await unpackLink(`v=2&n=%E0%A4%A&l=5-6&s=${payload}`);
    expect(badName.problems).toEqual([{ part: 'name', code: 'invalid' }]);
    expect(badName.log).toMatchObject({ name: null, text: 'a\nb', lines: [[5, 6]] });
    const badLines = await unpackLink(`v=2&n=x.log&l=9-3&s=${payload}`);
    expect(badLines.problems).toEqual([{ part: 'lines', code: 'invalid' }]);
    expect(badLines.log).toMatchObject({ name: 'x.log', lines: null });
    const badVersion = await unpackLink(`v=two&s=${payload}`);
    expect(badVersion.problems).toEqual([{ part: 'version', code: 'invalid' }]);
    expect(badVersion.log?.text).toBe('a\nb');
  });

  it('huge line numbers and line counts are refused, the lines still open from 1', async () => {
    const payload = payloadOf('a\nb');
    for (const l of ['1-999999999', '4000000000', Array.from({ length: 20_000 }, (_, i) => i * 2 + 1).join(',')]) {
      const opened = await unpackLink(`v=2&l=${l}&s=${payload}`);
      expect(opened.problems).toEqual([{ part: 'lines', code: 'invalid' }]);
      expect(opened.log).toMatchObject({ lines: null, text: 'a\nb' });
    }
  });

  it('says when the line numbers do not match the lines', async () => {
    const opened = await unpackLink(`v=2&l=10-20&s=${payloadOf('a\nb')}`);
    expect(opened.problems).toEqual([{ part: 'lines', code: 'mismatch', params: { lines: 2, expected: 11 } }]);
    expect(opened.log?.lines).toEqual([[10, 20]]);
  });

  it('stops inflating a deflate bomb at the cap and says so', async () => {
    // 64 MiB of log lines packed into a few hundred KB: opening it must stop at MAX_UNPACKED_BYTES.
    const big = Buffer.alloc(64 * 1024 * 1024, 'oom line 0123456789 abcdefghijklmnopqrstuvwxyz\n');
    const packed = toBase64Url(deflateRawSync(big, { level: 9 }));
    expect(packed.length).toBeLessThan(400_000);
    const opened = await unpackLink(`v=2&s=${packed}`);
    expect(opened.problems).toHaveLength(1);
    expect(opened.problems[0]).toMatchObject({ part: 'log', code: 'too-large', params: { limit: MAX_UNPACKED_BYTES } });
    expect(opened.log!.text.length).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
    expect(opened.log!.text.length).toBeGreaterThan(MAX_UNPACKED_BYTES - 100);
    expect(opened.log!.text.endsWith('xyz')).toBe(true); // whole lines only
  });

  it('refuses a fragment longer than any real link without reading it', async () => {
    const opened = await unpackLink(`v=2&s=${'A'.repeat(5 * 1024 * 1024)}`);
    expect(opened.log).toBeNull();
    expect(opened.problems[0]).toMatchObject({ part: 'link', code: 'too-long' });
  });
});
