/**
 * `oomscope`: `main(argv, io)` resolves to the exit status (0 read, 1 events found with --fail-on-oom, 2 usage
 * error or a file that could not be read), so tests run it in-process; bin.ts wires it to Node.
 * Every error is one line on stderr, never a stack trace.
 */
import { translator } from '../present/i18n';
import { parseArgs, USAGE, type RunOptions } from './args';
import type { ContractError } from './contract';
import { follow } from './follow';
import type { CliIo } from './io';
import { describeError, parseSource, UnreadableError } from './read';
import { buildReport, FileError, render } from './report';
import { IncomparableTime } from './timeFilter';

export const EXIT = { read: 0, found: 1, error: 2 } as const;

async function runFile(file: string, options: RunOptions, io: CliIo): Promise<{ found: boolean }> {
  const t = translator(options.lang);
  const source = file === '-' ? { stream: io.stdin(), size: null } : await io.open(file);
  const { result, facts } = await parseSource({ kind: 'stream', ...source });
  if (facts.gzip?.broken && facts.empty) throw new UnreadableError(translator('en')('input.gzipNothing'));
  const report = buildReport(file, result, facts, options, t);
  io.out(render(report, options.format, t));
  return { found: report.chosen.length > 0 };
}

async function runFiles(options: RunOptions, io: CliIo): Promise<number> {
  let failed = false;
  let found = false;
  for (const [i, file] of options.files.entries()) {
    if (i > 0 && options.format === 'text') io.out('\n');
    try {
      found = (await runFile(file, options, io)).found || found;
    } catch (err) {
      failed = true;
      const reason =
        err instanceof FileError || err instanceof IncomparableTime
          ? err.message
          : `cannot read ${file}: ${describeError(err)}`;
      const message = err instanceof IncomparableTime ? `${file}: ${reason}` : reason;
      io.err(`oomscope: ${message}\n`);
      const line: ContractError = { file, error: message };
      if (options.format === 'json' || options.format === 'ndjson') io.out(`${JSON.stringify(line)}\n`);
    }
  }
  if (failed) return EXIT.error;
  return options.failOnOom && found ? EXIT.found : EXIT.read;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.out(`${USAGE}\n`);
    return EXIT.read;
  }
  if (args.kind === 'version') {
    io.out(`oomscope ${io.version ?? 'dev'}\n`);
    return EXIT.read;
  }
  if (args.kind === 'error') {
    io.err(`oomscope: ${args.message} (see oomscope --help)\n`);
    return EXIT.error;
  }
  try {
    return args.follow ? await follow(args, io) : await runFiles(args, io);
  } catch (err) {
    io.err(`oomscope: ${describeError(err)}\n`);
    return EXIT.error;
  }
}
