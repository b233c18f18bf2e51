import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openInput, TEXT_SLICE_CHARS, type InputSource } from '../input/index';
import { pump } from './pump';

const log = 'Nov 22 11:09:03 host kernel: bash invoked oom-killer: gfp_mask=0x201da, order=0\n'.repeat(2000);

async function collect(source: InputSource, offer: () => Promise<void> | undefined = () => undefined) {
  const chunks: string[] = [];
  const progress: [number, number | null][] = [];
  const input = openInput(source);
  await pump(input, { text: (c) => chunks.push(c), progress: (b, t) => progress.push([b, t]) }, offer);
  return { text: chunks.join(''), chunks, progress, facts: input.facts };
}

describe('pump', () => {
  it('reports progress of pasted text in UTF-8 bytes up to its size', async () => {
    const text = 'x'.repeat(TEXT_SLICE_CHARS - 1) + '😀' + 'é€';
    const r = await collect({ kind: 'text', text });
    const bytes = new TextEncoder().encode(text).length;
    expect(r.progress[0]).toEqual([0, bytes]);
    expect(r.progress.at(-1)).toEqual([bytes, bytes]);
    expect(r.text).toBe(text);
  });

  it('reports compressed bytes read against the file size for gzip', async () => {
    const gz = gzipSync(log);
    const r = await collect({ kind: 'blob', blob: new Blob([gz]) });
    expect(r.text).toBe(log);
    expect(r.progress.every(([b, t]) => t === gz.length && b <= gz.length)).toBe(true);
    expect(r.progress.at(-1)).toEqual([gz.length, gz.length]);
  });

  it('offers to yield after every chunk it hands on', async () => {
    let offers = 0;
    const offer = () => {
      offers++;
      return undefined;
    };
    const r = await collect({ kind: 'text', text: 'y'.repeat(TEXT_SLICE_CHARS * 3) }, offer);
    expect(r.chunks).toHaveLength(3);
    expect(offers).toBe(3);
  });

  it('stops reading the source when the sink throws', async () => {
    let pulls = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++;
          controller.enqueue(new TextEncoder().encode(log));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const sink = {
      text: () => {
        throw new Error('replaced');
      },
      progress: () => {},
    };
    await expect(pump(openInput({ kind: 'stream', stream, size: null }), sink, () => undefined)).rejects.toThrow(
      'replaced',
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThan(4);
  });
});
