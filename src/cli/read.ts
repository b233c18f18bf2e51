/**
 * Streams a file (or stdin) into the parser chunk by chunk, never holding the whole text:
 * gzip is recognised by its magic bytes (whatever the file is called) and inflated on the fly,
 * and UTF-8 is decoded with a StringDecoder so a character split between chunks stays whole.
 */
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { StreamingParser } from '../parse/index';

/** A file we could not read; the message is one line, fit for stderr. */
export class UnreadableError extends Error {}

/** A gzip stream that broke off after some text came out: that text is still worth parsing. */
class TruncatedGzipError extends Error {}

const READ_CHUNK_BYTES = 1 << 20;

function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function* rest(first: Buffer, it: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
}

/** The bytes of `input`, inflated when they start with the gzip magic. */
export async function* decompressed(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  if (!isGzip(first.value)) {
    yield* rest(first.value, it);
    return;
  }
  const gunzip = createGunzip();
  // pipeline() destroys gunzip with the source's error, so the loop below sees read errors too.
  pipeline(Readable.from(rest(first.value, it)), gunzip, () => {});
  let inflated = 0;
  try {
    for await (const chunk of gunzip) {
      inflated += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  } catch (err) {
    if (inflated > 0) throw new TruncatedGzipError(describeError(err));
    throw new UnreadableError(`not a valid gzip stream (${describeError(err)})`);
  }
}

/**
 * Feed everything `input` yields to the parser; byte counts are those of the decoded stream.
 * Returns a warning when a gzip stream broke off (a log copied while it was being written): the
 * text before the break was parsed.
 */
export async function feedParser(input: AsyncIterable<Buffer>, parser: StreamingParser): Promise<string | null> {
  const decoder = new StringDecoder('utf8');
  let warning: string | null = null;
  try {
    for await (const chunk of decompressed(input)) parser.push(decoder.write(chunk), chunk.length);
  } catch (err) {
    if (!(err instanceof TruncatedGzipError)) throw err;
    warning = `the gzip stream broke off (${err.message}); only the text before the break was read`;
  }
  parser.push(decoder.end(), 0);
  return warning;
}

export function openInput(path: string): AsyncIterable<Buffer> {
  if (path === '-') return process.stdin;
  return createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
}

export function describeError(err: unknown): string {
  if (err instanceof UnreadableError) return err.message;
  const code = (err as { code?: string } | null)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    EMFILE: 'too many open files',
  };
  if (code && known[code]) return known[code];
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0];
}
