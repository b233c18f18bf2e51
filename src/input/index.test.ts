import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openInput, readAll, TEXT_SLICE_CHARS, type InputSource } from './index';

const log = 'Nov 22 11:09:03 host kernel: bash invoked oom-killer: gfp_mask=0x201da, order=0\n'.repeat(2000);
const blob = (...parts: (string | Uint8Array)[]): InputSource => ({
  kind: 'blob',
  blob: new Blob(parts as BlobPart[]),
});

/** A byte stream from chunks; `fail` makes the read after the chunks reject; `pulls` counts reads. */
function chunked(chunks: Uint8Array[], fail?: Error) {
  const seen = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[seen.pulls++];
        if (next) controller.enqueue(next);
        else if (fail) controller.error(fail);
        else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { source: { kind: 'stream' as const, stream, size: null }, seen };
}

describe('openInput: text', () => {
  it('slices pasted text and counts it in UTF-8 bytes', async () => {
    const text = 'x'.repeat(TEXT_SLICE_CHARS * 2 - 1) + '😀' + 'é€\n';
    const input = openInput({ kind: 'text', text });
    const sizes: number[] = [];
    let bytes = 0;
    for (let r = await input.text.read(); !r.done; r = await input.text.read()) {
      sizes.push(r.value.text.length);
      bytes += r.value.bytes;
    }
    expect(sizes).toEqual([TEXT_SLICE_CHARS, TEXT_SLICE_CHARS, 4]);
    const utf8 = new TextEncoder().encode(text).length;
    expect(bytes).toBe(utf8);
    expect(input.totalBytes).toBe(utf8);
    expect(input.facts).toMatchObject({ source: 'text', bytesRead: utf8, textBytes: utf8, lines: 1, gzip: null });
  });

  it('names a binary file that was pasted as text', async () => {
    const { text, facts } = await readAll({ kind: 'text', text: '\x1f\ufffd\b\0\0\0' + 'x'.repeat(100) });
    expect(text).toBe('');
    expect(facts.binary).toEqual({ format: 'gzip' });
  });

  it('tells empty from blank', async () => {
    expect((await readAll({ kind: 'text', text: '' })).facts).toMatchObject({ empty: true, blank: true, lines: 0 });
    expect((await readAll({ kind: 'text', text: ' \n\t\n' })).facts).toMatchObject({
      empty: false,
      blank: true,
      lines: 2,
    });
  });
});

describe('openInput: bytes', () => {
  it('streams a plain file and counts bytes, characters and lines', async () => {
    const { text, facts } = await readAll(blob(log, 'last line without LF'));
    expect(text).toBe(log + 'last line without LF');
    expect(facts).toMatchObject({ source: 'bytes', gzip: null, binary: null, encoding: 'utf-8', lines: 2001 });
    expect(facts.bytesRead).toBe(text.length);
    expect(facts.textBytes).toBe(text.length);
  });

  it('inflates gzip by its magic bytes, counting compressed bytes read and text bytes', async () => {
    const gz = gzipSync(log);
    const { text, facts } = await readAll(blob(gz));
    expect(text).toBe(log);
    expect(facts).toMatchObject({ gzip: { broken: false }, bytesRead: gz.length, textBytes: log.length, lines: 2000 });
  });

  it('keeps the text of a cut gzip and says it broke', async () => {
    const gz = gzipSync(log.repeat(20));
    const { text, facts } = await readAll(blob(gz.subarray(0, Math.floor(gz.length / 2))));
    expect(facts.gzip).toEqual({ broken: true });
    expect(text.length).toBeGreaterThan(0);
    expect(log.repeat(20).startsWith(text)).toBe(true);
  });

  it('says a damaged gzip broke even when nothing came out of it', async () => {
    const { text, facts } = await readAll(blob(new Uint8Array([0x1f, 0x8b, 0x08, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])));
    expect(text).toBe('');
    expect(facts).toMatchObject({ gzip: { broken: true }, empty: true });
  });

  it('passes a failure of the source on, and does not call it a broken gzip', async () => {
    const gz = gzipSync(log);
    const { source } = chunked([gz.subarray(0, 1000)], new Error('disk gone'));
    await expect(readAll(source)).rejects.toThrow('disk gone');
    const plain = chunked([new TextEncoder().encode(log)], new Error('disk gone'));
    await expect(readAll(plain.source)).rejects.toThrow('disk gone');
  });

  it('names known binary formats by their first bytes and reads no further', async () => {
    const big = new Uint8Array(64 * 1024);
    const cases: [number[] | string, string][] = [
      [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
      [[0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
      ['BZh91AY&SY', 'bzip2'],
      ['LPKSHHRH', 'systemd-journal'],
      [[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 'elf'],
      ['KDUMP   ', 'kdump'],
    ];
    for (const [magic, format] of cases) {
      const head = typeof magic === 'string' ? new TextEncoder().encode(magic) : new Uint8Array(magic);
      const { source, seen } = chunked([head, big, big, big, big]);
      const { text, facts } = await readAll(source);
      expect([format, text, facts.binary]).toEqual([format, '', { format }]);
      expect(seen.pulls).toBeLessThan(3);
      expect(seen.cancelled).toBe(true);
    }
    const tar = new Uint8Array(1024);
    tar.set(new TextEncoder().encode('ustar'), 257);
    expect((await readAll(blob(tar))).facts.binary).toEqual({ format: 'tar' });
    const text = 'x'.repeat(257) + 'ustar words go on here\n';
    expect((await readAll(blob(text))).facts.binary).toBeNull();
    expect((await readAll(blob('BZh is a word here, not bzip2\n'))).facts.binary).toBeNull();
  });

  it('looks inside gzip for what it holds', async () => {
    const xz = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]);
    expect((await readAll(blob(gzipSync(xz)))).facts).toMatchObject({
      gzip: { broken: false },
      binary: { format: 'xz' },
    });
  });

  it('calls mostly non-text bytes binary, counting NULs and undecodable bytes', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7 + 3) % 256);
    const { facts } = await readAll(blob(noise));
    expect(facts.binary).toEqual({ format: null });
    expect(facts.nul?.count).toBeGreaterThan(0);
    expect(facts.undecodable).toBeGreaterThan(0);
  });

  it('tolerates a run of NULs in a long text log (syslog after a crash), noting where', async () => {
    const { facts } = await readAll(blob(log, new Uint8Array(200), log));
    expect(facts.binary).toBeNull();
    expect(facts.nul).toEqual({ count: 200, firstLine: 2001 });
  });

  it('decodes UTF-8 split across chunks, and UTF-16 with or without a byte order mark', async () => {
    const bytes = new TextEncoder().encode('二 9月  3 kernel: ok\n');
    const { source } = chunked([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)]);
    expect((await readAll(source)).text).toBe('二 9月  3 kernel: ok\n');
    const line = 'kernel: Out of memory: Killed process 1 (a)\n';
    const le = new Uint8Array(line.length * 2);
    for (let i = 0; i < line.length; i++) le[i * 2] = line.charCodeAt(i);
    const withBom = await readAll(blob(new Uint8Array([0xff, 0xfe]), le));
    expect(withBom).toMatchObject({ text: line, facts: { encoding: 'utf-16le', bom: true, binary: null, nul: null } });
    expect(await readAll(blob(le))).toMatchObject({ text: line, facts: { encoding: 'utf-16le', bom: false } });
    const be = le.map((_, i) => le[i ^ 1]);
    expect(await readAll(blob(be))).toMatchObject({ text: line, facts: { encoding: 'utf-16be' } });
    const bom8 = await readAll(blob(new Uint8Array([0xef, 0xbb, 0xbf]), line));
    expect(bom8).toMatchObject({ text: line, facts: { encoding: 'utf-8', bom: true } });
  });

  it('reads nothing ahead of the consumer and stops the source when cancelled', async () => {
    const piece = new TextEncoder().encode(log);
    const { source, seen } = chunked(Array.from({ length: 50 }, () => piece));
    const input = openInput(source);
    await input.text.read();
    await input.text.read();
    const pulled = seen.pulls;
    expect(pulled).toBeLessThan(5);
    await input.text.cancel();
    expect(seen.cancelled).toBe(true);
    expect(seen.pulls).toBe(pulled);
  });
});
