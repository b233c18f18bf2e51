/** Command-line arguments of `oomscope FILE... [--json]`: pure, so usage errors are unit-tested. */

export const USAGE = `usage: oomscope FILE... [--json]
  FILE    an OOM log (dmesg, syslog, journalctl, ...), .gz accepted; "-" reads standard input
  --json  one JSON document per file (see docs/cli-json.md) instead of the text summary`;

export type Args =
  { kind: 'run'; files: string[]; json: boolean } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else return { kind: 'error', message: `unknown option ${arg}` };
  }
  if (files.length === 0) return { kind: 'error', message: 'no input file given' };
  return { kind: 'run', files, json };
}
