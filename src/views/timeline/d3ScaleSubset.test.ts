import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as subset from './d3ScaleSubset';

const SRC = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the d3-scale subset the build gives Recharts', () => {
  it('has every scale a Recharts component in src/ asks for', () => {
    const rechartsFiles = sourceFiles(SRC).filter((f) => /from 'recharts'/.test(readFileSync(f, 'utf8')));
    expect(rechartsFiles.length).toBeGreaterThan(0);
    const asked = rechartsFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bscale=(?:"(\w+)"|\{)/g)].map((m) => m[1] ?? `an expression in ${f}`),
    );
    const missing = asked.filter(
      (name) => name !== 'auto' && !(`scale${name[0].toUpperCase()}${name.slice(1)}` in subset),
    );
    expect(missing).toEqual([]);
  });
});
