/**
 * Golden outputs for refactors that must not change behaviour: every `*.log` under test/fixtures and
 * ../shared/corpus (recursively) is read the way the CLI reads it (`oomscope FILE --json`: the file
 * streamed in 1 MiB chunks, parsed, analysed, mapped to the JSON contract), and also parsed in
 * process with what the CLI document leaves out: the whole ParseResult, the raw lines of each event
 * (keepRaw, small chunks), and the text re-wrapped at 72 columns both ways (the hard-wrap join
 * code only runs on such input). One JSON file per log goes to OUT_DIR.
 *
 * Usage: npx tsx scripts/golden.ts OUT_DIR        then, after the change, again into another folder
 *        and `diff -r BEFORE AFTER` (or: npx tsx scripts/golden.ts OUT_DIR --compare BEFORE).
 * Keep OUT_DIR outside the repository.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseSource } from '../src/cli/read';
import { buildReport } from '../src/cli/report';
import { createParser, type ParseResult } from '../src/parse/index';
import { translator } from '../src/present/i18n';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = [join(ROOT, 'test/fixtures'), join(ROOT, '../shared/corpus')];
const WRAP_WIDTH = 72;

function logsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return logsUnder(path);
      return name.endsWith('.log') ? [path] : [];
    });
}

/** As the CLI does it (src/cli/main.ts: the input module streams the file, then the report is built). */
async function asCli(file: string): Promise<unknown> {
  const stream = Readable.toWeb(
    createReadStream(file, { highWaterMark: 1 << 20 }),
  ) as unknown as ReadableStream<Uint8Array>;
  const { result, facts } = await parseSource({ kind: 'stream', stream, size: statSync(file).size });
  const { doc } = buildReport(
    file,
    result,
    facts,
    { event: null, range: { since: null, until: null } },
    translator('en'),
  );
  return { ...doc, file: relative(ROOT, file) };
}

function parseInChunks(text: string, size: number, keepRaw: boolean): { result: ParseResult; raw: unknown[] } {
  const parser = createParser({ keepRaw });
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  const result = parser.end();
  return { result, raw: keepRaw ? result.events.map((e) => parser.rawLinesOf(e.index)) : [] };
}

/** Cut every line at WRAP_WIDTH columns: mid-word (hard) or at the last space before it (word wrap). */
function wrapped(text: string, atSpaces: boolean): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > WRAP_WIDTH) {
        const space = atSpaces ? rest.lastIndexOf(' ', WRAP_WIDTH) : -1;
        const at = space > 20 ? space : WRAP_WIDTH;
        out.push(rest.slice(0, at));
        rest = space > 20 ? rest.slice(at + 1) : rest.slice(at);
      }
      out.push(rest);
      return out;
    })
    .join('\n');
}

async function golden(file: string): Promise<string> {
  const text = readFileSync(file, 'utf8');
  const inProcess = parseInChunks(text, 4096, true);
  return (
    JSON.stringify(
      {
        cli: await asCli(file),
        parse: inProcess.result,
        raw: inProcess.raw,
        hardWrapped: parseInChunks(wrapped(text, false), 1 << 16, false).result,
        wordWrapped: parseInChunks(wrapped(text, true), 1 << 16, false).result,
      },
      null,
      1,
    ) + '\n'
  );
}

async function main(): Promise<void> {
  const [outArg, flag, beforeArg] = process.argv.slice(2);
  if (!outArg || (flag !== undefined && (flag !== '--compare' || !beforeArg))) {
    process.stderr.write('usage: npx tsx scripts/golden.ts OUT_DIR [--compare BEFORE_DIR]\n');
    process.exitCode = 2;
    return;
  }
  const out = resolve(outArg);
  mkdirSync(out, { recursive: true });
  const files = SOURCES.flatMap(logsUnder);
  const differing: string[] = [];
  for (const file of files) {
    const name =
      relative(ROOT, file)
        .replace(/^(\.\.\/)+/, '')
        .replaceAll('/', '__') + '.json';
    const json = await golden(file);
    writeFileSync(join(out, name), json);
    if (beforeArg) {
      const before = join(resolve(beforeArg), name);
      if (!existsSync(before) || readFileSync(before, 'utf8') !== json) differing.push(name);
    }
  }
  console.log(`${files.length} logs → ${out}`);
  if (beforeArg) {
    console.log(differing.length === 0 ? 'all identical' : `${differing.length} differ:\n  ${differing.join('\n  ')}`);
    if (differing.length > 0) process.exitCode = 1;
  }
}

await main();
