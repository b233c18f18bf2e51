/** The CLI's io on Node: files and stdin as web streams (the input module reads web streams only). */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { CliIo } from './io';

/** Bytes per file read: large reads keep the per-chunk cost of the parser and the streams small. */
const READ_CHUNK_BYTES = 1 << 20;

export function nodeIo(version: string): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdin: () => Readable.toWeb(process.stdin) as unknown as ReadableStream<Uint8Array>,
    async open(path) {
      const handle = await open(path, 'r');
      const stat = await handle.stat().catch(async (err: unknown) => {
        await handle.close();
        throw err;
      });
      if (stat.isDirectory()) {
        await handle.close();
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      }
      const stream = handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
      return {
        stream: Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>,
        size: stat.isFile() ? stat.size : null,
      };
    },
    version,
  };
}
