/**
 * Feeds the parser from a pasted text or a File/Blob without ever holding a file as one string:
 * File → blob.stream() → (gunzip when the first bytes are the gzip magic 1f 8b) → TextDecoderStream → chunks.
 * Progress counts the bytes read from the Blob, so for a .gz it is compressed bytes against the file size;
 * for pasted text it counts the UTF-8 bytes the text would take in a file (what the page says it read).
 */
import { utf8Length } from '../parse/lines/strings';
import type { LineRange, ParseInput } from './protocol';
import { numberedPieces } from './share/numbered';
import { createSniffer } from './sniff';
import type { InputFacts } from './recognise';
import { createYielder, type MaybeYield } from './yielder';

/** Pasted text is handed to the parser in slices of this many characters so progress can be shown. */
export const TEXT_SLICE_CHARS = 1 << 20;

export interface InputSink {
  /** `bytes`: the chunk's UTF-8 size when the reader already knows it (pasted text). */
  text(chunk: string, bytes?: number): void;
  progress(bytesRead: number, totalBytes: number | null): void;
}

export async function isGzip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  // The magic bytes decide, not the name: a renamed plain log still reads and a gzip without .gz still unpacks.
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function readText(text: string, sink: InputSink, maybeYield: MaybeYield): Promise<void> {
  const total = utf8Length(text);
  let done = 0;
  sink.progress(0, total);
  for (let at = 0; at < text.length; at += TEXT_SLICE_CHARS) {
    const slice = text.slice(at, at + TEXT_SLICE_CHARS);
    const bytes = utf8Length(slice);
    sink.text(slice, bytes);
    done += bytes;
    sink.progress(done, total);
    // Let queued requests (e.g. the UI asking for the first event's detail) in between slices.
    await maybeYield();
  }
}

/** A shared event's text at its original line numbers (share/numbered.ts); returns the empty lines added. */
async function readNumberedText(
  text: string,
  lines: LineRange[],
  sink: InputSink,
  maybeYield: MaybeYield,
): Promise<number> {
  const total = utf8Length(text);
  let done = 0;
  let padded = 0;
  sink.progress(0, total);
  for (const piece of numberedPieces(text, lines, (n) => (padded = n))) {
    if (piece.padding) sink.text(piece.text, 0);
    else {
      // A shared event is small (a link or an analysis file holds one event), so its pieces need no slicing.
      const bytes = utf8Length(piece.text);
      sink.text(piece.text, bytes);
      done += bytes;
    }
    sink.progress(done, total);
    await maybeYield();
  }
  return padded;
}

/** Reads the blob; returns whether it was gzip and whether the gzip stream broke off. Other errors propagate. */
async function readBlob(
  blob: Blob,
  sink: InputSink,
  maybeYield: MaybeYield,
): Promise<{ gzip: boolean; truncatedGzip: boolean }> {
  const gzip = await isGzip(blob);
  let bytesRead = 0;
  sink.progress(0, blob.size);
  const counted = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip
    ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    : counted;
  const reader = bytes
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .getReader();
  for (;;) {
    let next: ReadableStreamReadResult<string>;
    try {
      next = await reader.read();
    } catch (error) {
      // A cut or corrupt gzip fails inside DecompressionStream; keep everything decoded before the break.
      if (!gzip) throw error;
      return { gzip, truncatedGzip: true };
    }
    if (next.done) break;
    try {
      sink.text(next.value);
    } catch (error) {
      // The sink gave up (e.g. a newer parse took over): stop reading the file, not only the parsing.
      reader.cancel().catch(() => {});
      throw error;
    }
    sink.progress(bytesRead, blob.size);
    // A stream read resolves as a microtask when data is buffered, so the loop would never let a
    // request in: give way to the message queue now and then.
    await maybeYield();
  }
  sink.progress(blob.size, blob.size);
  return { gzip, truncatedGzip: false };
}

/**
 * `maybeYield` is called between chunks; the default gives way to the message queue every few ms.
 * `paddedLines`: empty lines fed before and between a shared event's lines to keep their numbers.
 */
export async function readInput(
  input: ParseInput,
  sink: InputSink,
  maybeYield: MaybeYield = createYielder(),
): Promise<InputFacts & { paddedLines: number }> {
  const sniffer = createSniffer();
  const tee: InputSink = {
    text(chunk, bytes) {
      // Padding (counted as 0 bytes) is not the user's text: what was recognised is said about their lines only.
      if (bytes !== 0) sniffer.feed(chunk);
      sink.text(chunk, bytes);
    },
    progress: sink.progress,
  };
  if (input.kind === 'text') {
    let paddedLines = 0;
    if (input.lines?.length) paddedLines = await readNumberedText(input.text, input.lines, tee, maybeYield);
    else await readText(input.text, tee, maybeYield);
    return { ...sniffer.facts(), gzip: false, truncatedGzip: false, paddedLines };
  }
  const blobFacts = await readBlob(input.file, tee, maybeYield);
  return { ...sniffer.facts(), ...blobFacts, paddedLines: 0 };
}
