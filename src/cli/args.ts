/** Command-line options of `oomscope` (node:util parseArgs), checked into one typed value or a usage error. */
import { parseArgs as parseNodeArgs } from 'node:util';
import { isLang, type Lang } from '../present/i18n';
import { parseBound, type TimeRange } from './timeFilter';

export const USAGE = `usage: oomscope [options] FILE...
       journalctl -kf | oomscope --follow

  FILE                 a kernel log (dmesg, syslog, journalctl, ...); gzip is read by its content; "-" is stdin
  --format FORMAT      text (default), json (one document per file), ndjson (one line per event),
                       markdown (a ticket report per event)
  --json               the same as --format json
  --since WHEN         only events stamped at or after WHEN: seconds since boot (3600) for dmesg stamps,
  --until WHEN         or a date and time (2024-05-07, 2024-05-07T10:00, 2024-05-07 10:00:00+02:00)
  --event N            only the Nth event of each file (1 is the first)
  --fail-on-oom        exit 1 when an OOM event was found (after the filters)
  --follow             read standard input forever; print each event as one JSON line once it is complete
  --lang LANG          en (default) or zh-CN: the markdown report and the messages about the input
  -h, --help           this help
  --version            the version

exit status: 0 read, 1 events found with --fail-on-oom, 2 usage error or a file that could not be read
see docs/cli-json.md for the JSON document`;

export const FORMATS = ['text', 'json', 'ndjson', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunOptions {
  files: string[];
  format: Format;
  range: TimeRange;
  /** 1-based event number, or null for all. */
  event: number | null;
  failOnOom: boolean;
  follow: boolean;
  lang: Lang;
}

export type Args =
  ({ kind: 'run' } & RunOptions) | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

const OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
  event: { type: 'string' },
  'fail-on-oom': { type: 'boolean' },
  follow: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Node's own message names the option; ours is one short line. */
function usageError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(e.message ?? '')
      ? `${option} does not take a value`
      : `${option.split(' ')[0]} needs a value`;
  }
  return (e.message ?? String(err)).split('\n')[0];
}

export function parseArgs(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return { kind: 'error', message: usageError(err) };
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const error = (message: string): Args => ({ kind: 'error', message });

  if (v.format !== undefined && !(FORMATS as readonly string[]).includes(v.format))
    return error(`--format must be one of ${FORMATS.join(', ')}, not "${v.format}"`);
  if (v.json && v.format !== undefined && v.format !== 'json')
    return error(`--json and --format ${v.format} ask for two formats`);
  const follow = v.follow === true;
  const format: Format = v.json ? 'json' : ((v.format as Format | undefined) ?? (follow ? 'ndjson' : 'text'));

  const range: TimeRange = { since: null, until: null };
  for (const key of ['since', 'until'] as const) {
    const text = v[key];
    if (text === undefined) continue;
    const bound = parseBound(`--${key}`, text);
    if ('error' in bound) return error(bound.error);
    range[key] = bound;
  }

  let event: number | null = null;
  if (v.event !== undefined) {
    if (!/^[1-9]\d*$/.test(v.event)) return error(`--event needs a number from 1 on, not "${v.event}"`);
    if (range.since || range.until) return error('--event and --since/--until both choose events: use one');
    event = Number(v.event);
  }

  const lang = v.lang ?? 'en';
  if (!isLang(lang)) return error(`--lang must be en or zh-CN, not "${lang}"`);

  const files = parsed.positionals;
  if (follow) {
    if (files.some((f) => f !== '-')) return error('--follow reads standard input: give no FILE');
    if (format === 'json') return error('--follow prints events as they come: use ndjson, text or markdown, not json');
    if (event !== null) return error('--follow has no Nth event: use --since/--until, or no filter');
    return { kind: 'run', files: ['-'], format, range, event, failOnOom: v['fail-on-oom'] === true, follow, lang };
  }
  if (files.length === 0) return error('no input file given');
  return { kind: 'run', files, format, range, event, failOnOom: v['fail-on-oom'] === true, follow, lang };
}
