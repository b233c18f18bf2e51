/**
 * Bytes → decoded text chunks: look at the head (gzip? a known binary format? UTF-16?), inflate gzip
 * with DecompressionStream, decode with TextDecoder. Web-standard APIs only, so the page's worker and
 * the Node CLI run this same code. One chunk at a time: nothing is read ahead of the consumer.
 */
import { detectEncoding } from './encoding';
import type { FactsCollector } from './facts';
import { formatOfBytes, HEAD_BYTES, isGzip } from './signatures';

export interface TextChunk {
  text: string;
  /** Bytes of text (after gunzip, before decoding) this chunk was decoded from. */
  bytes: number;
}

/** A reader whose first chunks were taken to look at the head, put back in front. */
interface Peeked {
  head: Uint8Array;
  next(): Promise<Uint8Array | null>;
  cancel(): Promise<void>;
}

/** Reads from `read` until at least HEAD_BYTES are in hand (or the stream ended). */
async function peek(read: () => Promise<Uint8Array | null>, cancel: () => Promise<void>): Promise<Peeked> {
  const taken: Uint8Array[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const chunk = await read();
    if (chunk === null) break;
    if (chunk.byteLength === 0) continue;
    taken.push(chunk);
    size += chunk.byteLength;
  }
  const head = taken.length === 1 ? taken[0] : concat(taken, size);
  let given = false;
  return {
    head,
    async next() {
      if (!given) {
        given = true;
        if (head.byteLength > 0) return head;
      }
      return read();
    },
    cancel,
  };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function readerOf(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  return {
    read: async (): Promise<Uint8Array | null> => {
      const r = await reader.read();
      return r.done ? null : r.value;
    },
    cancel: () => reader.cancel().catch(() => {}),
  };
}

/** A cut or damaged gzip fails inside the decompressor; the source's own failure is told apart. */
class SourceFailed {
  constructor(readonly error: unknown) {}
}

/** The source's bytes, counted into `facts.bytesRead`, as a stream again (to pipe through the decompressor). */
function countedStream(src: Peeked, failure: { error: SourceFailed | null }) {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk: Uint8Array | null;
        try {
          chunk = await src.next();
        } catch (error) {
          failure.error = new SourceFailed(error);
          controller.error(error);
          return;
        }
        if (chunk === null) controller.close();
        else controller.enqueue(chunk);
      },
      cancel: () => src.cancel(),
    },
    { highWaterMark: 0 },
  );
}

export async function* readBytes(
  source: ReadableStream<Uint8Array>,
  collector: FactsCollector,
): AsyncGenerator<TextChunk> {
  const facts = collector.facts;
  const raw = readerOf(source);
  const counted = async () => {
    const chunk = await raw.read();
    if (chunk) facts.bytesRead += chunk.byteLength;
    return chunk;
  };
  let input = await peek(counted, raw.cancel);
  const failure: { error: SourceFailed | null } = { error: null };
  let inflating = false;
  try {
    if (isGzip(input.head)) {
      facts.gzip = { broken: false };
      // The magic bytes decide, not the name: a renamed plain log still reads, a gzip without .gz still unpacks.
      const gunzip = new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>;
      const inflated = readerOf(countedStream(input, failure).pipeThrough(gunzip));
      inflating = true;
      input = await peek(inflated.read, inflated.cancel);
    }
    const format = formatOfBytes(input.head);
    if (format !== null) {
      // Not text: nothing past the head is read (a binary journal can be gigabytes).
      facts.binary = { format };
      return;
    }
    const { encoding, bom } = detectEncoding(input.head);
    facts.encoding = encoding;
    facts.bom = bom;
    const decoder = new TextDecoder(encoding); // drops the byte order mark; invalid bytes become U+FFFD
    for (let chunk = await input.next(); chunk !== null; chunk = await input.next()) {
      const text = decoder.decode(chunk, { stream: true });
      collector.see(text, chunk.byteLength);
      if (text.length > 0) yield { text, bytes: chunk.byteLength };
    }
    const rest = decoder.decode();
    collector.see(rest, 0);
    if (rest.length > 0) yield { text: rest, bytes: 0 };
  } catch (error) {
    if (!inflating || failure.error !== null) throw failure.error?.error ?? error;
    // A cut or corrupt gzip: everything decoded before the break was handed on already.
    facts.gzip = { broken: true };
  } finally {
    await input.cancel();
  }
}
