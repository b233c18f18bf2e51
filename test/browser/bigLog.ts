/**
 * A large log for the streaming tests: one real report first, then `noiseMb` of other daemons' journal
 * lines that mention memory (so every line takes the parser's full path and the read lasts seconds).
 * Written in blocks, never held in memory whole.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from './harness';

export function writeBigLog(dir: string, report: string, noiseMb: number): string {
  const path = join(dir, 'big-journal.log');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, readFileSync(corpusPath(report)));
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `Nov 22 11:${String(10 + (i % 50))}:03 host systemd[1]: app@${i}.service: Memory peak ${i}K\n`,
    );
    const block = Buffer.from(lines.join(''));
    for (let written = 0; written < noiseMb * 1e6; written += block.length) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
  return path;
}
