import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { isGzip, readInput, TEXT_SLICE_CHARS } from './readInput';

async function collect(input: Parameters<typeof readInput>[0]) {
  const chunks: string[] = [];
  const progress: [number, number | null][] = [];
  const facts = await readInput(input, { text: (c) => chunks.push(c), progress: (b, t) => progress.push([b, t]) });
  return { text: chunks.join(''), chunks, progress, facts };
}

const log = 'Nov 22 11:09:03 host kernel: bash invoked oom-killer: gfp_mask=0x201da, order=0\n'.repeat(2000);

describe('readInput', () => {
  it('slices pasted text and reports progress up to its length', async () => {
    const big = 'x'.repeat(TEXT_SLICE_CHARS * 2 + 5);
    const r = await collect({ kind: 'text', text: big, name: 'paste' });
    expect(r.chunks.map((c) => c.length)).toEqual([TEXT_SLICE_CHARS, TEXT_SLICE_CHARS, 5]);
    expect(r.text).toBe(big);
    expect(r.progress.at(-1)).toEqual([big.length, big.length]);
    expect(r.facts).toMatchObject({ gzip: false, truncatedGzip: false, chars: big.length });
  });

  it('counts pasted text in UTF-8 bytes, as the page reports them (a split surrogate pair too)', async () => {
    // 2-, 3- and 4-byte characters; the emoji's surrogate pair straddles the first slice boundary.
    const text = 'x'.repeat(TEXT_SLICE_CHARS - 1) + '😀' + 'é€';
    const r = await collect({ kind: 'text', text, name: 'paste' });
    const bytes = new TextEncoder().encode(text).length;
    expect(r.progress[0]).toEqual([0, bytes]);
    expect(r.progress.at(-1)).toEqual([bytes, bytes]);
  });

  it('streams a plain file', async () => {
    const r = await collect({ kind: 'file', file: new Blob([log]), name: 'messages' });
    expect(r.text).toBe(log);
    expect(r.facts.gzip).toBe(false);
    expect(r.progress.at(-1)).toEqual([log.length, log.length]);
  });

  it('decompresses gzip by its magic bytes, whatever the name, counting compressed bytes', async () => {
    const gz = gzipSync(log);
    const r = await collect({ kind: 'file', file: new Blob([gz]), name: 'messages.txt' });
    expect(r.text).toBe(log);
    expect(r.facts).toMatchObject({ gzip: true, truncatedGzip: false });
    expect(r.progress.every(([b, t]) => t === gz.length && b <= gz.length)).toBe(true);
  });

  it('keeps what a truncated gzip yielded and says it was truncated', async () => {
    const gz = gzipSync(log);
    const r = await collect({ kind: 'file', file: new Blob([gz.subarray(0, gz.length - 20)]), name: 'x.gz' });
    expect(r.facts.truncatedGzip).toBe(true);
    expect(log.startsWith(r.text)).toBe(true);
  });

  it('decodes UTF-8 split across chunks and flags binary input', async () => {
    const bytes = new TextEncoder().encode('二 9月  3 kernel: ok\n');
    const split = new Blob([bytes.subarray(0, 1), bytes.subarray(1)]);
    expect((await collect({ kind: 'file', file: split, name: 'a' })).text).toBe('二 9月  3 kernel: ok\n');
    const binary = new Blob([new Uint8Array(4096).map((_, i) => (i * 7) % 256)]);
    expect((await collect({ kind: 'file', file: binary, name: 'b.bin' })).facts.binary).toBe(true);
  });

  it('offers to yield after every chunk it hands on', async () => {
    let offers = 0;
    const chunks: string[] = [];
    const maybeYield = () => {
      offers++;
      return undefined;
    };
    const sink = { text: (c: string) => chunks.push(c), progress: () => {} };
    await readInput({ kind: 'file', file: new Blob([log, log, log]), name: 'm' }, sink, maybeYield);
    expect(offers).toBe(chunks.length);
    const text = 'y'.repeat(TEXT_SLICE_CHARS * 3);
    await readInput({ kind: 'text', text, name: 'p' }, sink, maybeYield);
    expect(offers).toBe(chunks.length);
  });

  it('stops reading when the sink throws, and does not call that a truncated gzip', async () => {
    const gz = new Blob([gzipSync(log)]);
    const sink = {
      text: () => {
        throw new Error('replaced');
      },
      progress: () => {},
    };
    await expect(readInput({ kind: 'file', file: gz, name: 'x.gz' }, sink)).rejects.toThrow('replaced');
  });

  it('recognises the gzip magic only at the start', async () => {
    expect(await isGzip(new Blob([new Uint8Array([0x1f, 0x8b, 8])]))).toBe(true);
    expect(await isGzip(new Blob(['x\x1f\x8b']))).toBe(false);
    expect(await isGzip(new Blob([]))).toBe(false);
  });
});
