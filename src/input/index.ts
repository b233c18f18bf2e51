/**
 * The one way input comes in, for the page's worker and the CLI alike: bytes (a web ReadableStream or a
 * Blob) or pasted text in; decoded text chunks and typed facts about the input out (see facts.ts).
 *
 *   const input = openInput({ kind: 'blob', blob: file });
 *   for (let r = await input.text.read(); !r.done; r = await input.text.read()) parser.push(r.value.text, r.value.bytes);
 *   input.facts; // complete once the text has ended
 *
 * Pure: web-standard APIs only (ReadableStream, DecompressionStream, TextDecoder), no DOM, no Node built-ins.
 * Nothing is read ahead of the consumer; cancelling the reader stops reading the source.
 */
import { readBytes, type TextChunk } from './bytes';
import { FactsCollector, type InputFacts } from './facts';
import { readText } from './text';
import { utf8Length } from './utf8';

export type { TextChunk } from './bytes';
export { initialFacts, type InputFacts } from './facts';
export type { BinaryFormat } from './signatures';
export type { TextEncoding } from './encoding';
export { TEXT_SLICE_CHARS } from './text';
export { utf8Length } from './utf8';

export type InputSource =
  | { kind: 'text'; text: string }
  | { kind: 'blob'; blob: Blob }
  /** `size`: the source's length in bytes when known (a file), for progress. */
  | { kind: 'stream'; stream: ReadableStream<Uint8Array>; size: number | null };

export interface Input {
  /** Decoded text, one chunk per read; a read rejects only when the source itself fails. */
  readonly text: ReadableStreamDefaultReader<TextChunk>;
  /** Size of the source in bytes when known (compressed size for gzip), for progress against `facts.bytesRead`. */
  readonly totalBytes: number | null;
  /** Facts so far; final once `text` is done. */
  readonly facts: InputFacts;
}

export function openInput(source: InputSource): Input {
  const collector = new FactsCollector(source.kind === 'text' ? 'text' : 'bytes');
  const chunks =
    source.kind === 'text'
      ? readText(source.text, collector)
      : readBytes(source.kind === 'blob' ? source.blob.stream() : source.stream, collector);
  const totalBytes =
    source.kind === 'text' ? utf8Length(source.text) : source.kind === 'blob' ? source.blob.size : source.size;
  return { text: streamOf(chunks).getReader(), totalBytes, facts: collector.facts };
}

/** Reads all of `source` and returns its text with the facts (tests, small inputs). */
export async function readAll(source: InputSource): Promise<{ text: string; facts: InputFacts }> {
  const input = openInput(source);
  const parts: string[] = [];
  for (let r = await input.text.read(); !r.done; r = await input.text.read()) parts.push(r.value.text);
  return { text: parts.join(''), facts: input.facts };
}

/** An async generator as a pull stream that never reads ahead (high-water mark 0). */
function streamOf<T>(chunks: AsyncGenerator<T>): ReadableStream<T> {
  return new ReadableStream<T>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
