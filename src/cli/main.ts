/**
 * Node entry: `npm run --silent oomscope -- FILE... [--json]`.
 * Exit 0 when every file could be read (even with no OOM event: a diagnostic says why), 2 for
 * usage errors and unreadable files, always with a one-line message on stderr, never a stack trace.
 */
import { analyzeEvent } from '../analyze/index';
import { createParser } from '../parse/index';
import { parseArgs, USAGE } from './args';
import { toContractDocument, type ContractDocument, type ContractError } from './contract';
import { describeError, feedParser, openInput } from './read';
import { formatSummary } from './summary';

async function analyseFile(file: string): Promise<ContractDocument> {
  const parser = createParser();
  const warning = await feedParser(openInput(file), parser);
  const doc = toContractDocument(file, parser.end(), analyzeEvent);
  if (warning) doc.diagnostics.unshift({ line: 0, severity: 'warning', message: warning });
  return doc;
}

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    write(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`oomscope: ${args.message} (usage: oomscope FILE... [--json])\n`);
    return 2;
  }
  let status = 0;
  for (const [i, file] of args.files.entries()) {
    let doc: ContractDocument;
    try {
      doc = await analyseFile(file);
    } catch (err) {
      const error: ContractError = { file, error: `cannot read ${file}: ${describeError(err)}` };
      process.stderr.write(`oomscope: ${error.error}\n`);
      if (args.json) write(JSON.stringify(error));
      status = 2;
      continue;
    }
    if (args.json) write(JSON.stringify(doc));
    else write((i > 0 ? '\n' : '') + formatSummary(doc));
  }
  return status;
}

// A reader that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`oomscope: ${describeError(err)}\n`);
    process.exitCode = 2;
  },
);
