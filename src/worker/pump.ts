/**
 * Feeds the parser from the input module's text stream, in the worker: progress after each chunk, a
 * chance for queued requests between chunks (the yielder), and a sink that may stop the read (a newer
 * parse took over). The input module does the reading, gunzip and decoding; this is only the loop.
 */
import type { Input } from '../input/index';
import type { MaybeYield } from './yielder';

export interface PumpSink {
  /** `bytes`: the chunk's size in the source encoding (the parser's byte count). May throw to stop. */
  text(chunk: string, bytes: number): void;
  progress(bytesRead: number, totalBytes: number | null): void;
}

export async function pump(input: Input, sink: PumpSink, maybeYield: MaybeYield): Promise<void> {
  sink.progress(0, input.totalBytes);
  let reported = 0;
  for (let r = await input.text.read(); !r.done; r = await input.text.read()) {
    try {
      sink.text(r.value.text, r.value.bytes);
    } catch (error) {
      // The sink gave up: stop reading the file, not only the parsing.
      input.text.cancel().catch(() => {});
      throw error;
    }
    reported = input.facts.bytesRead;
    sink.progress(reported, input.totalBytes);
    // A stream read resolves as a microtask when data is buffered, so the loop would never let a
    // request in: give way to the message queue now and then.
    await maybeYield();
  }
  // The end, unless the last chunk said so already (a gzip's trailer or a binary file's rest: not read).
  const total = input.totalBytes ?? input.facts.bytesRead;
  if (reported !== total || input.totalBytes === null) sink.progress(total, total);
}
