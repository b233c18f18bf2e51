import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

const run = (argv: string[]) => {
  const a = parseArgs(argv);
  if (a.kind !== 'run') throw new Error(JSON.stringify(a));
  return a;
};

describe('parseArgs', () => {
  it('takes files and options in any order; --json is --format json', () => {
    expect(run(['a.log', '--json', 'b.log.gz'])).toMatchObject({ files: ['a.log', 'b.log.gz'], format: 'json' });
    expect(run(['-'])).toMatchObject({ files: ['-'], format: 'text', event: null, failOnOom: false, lang: 'en' });
    expect(run(['--format', 'markdown', 'x', '--lang', 'zh-CN'])).toMatchObject({ format: 'markdown', lang: 'zh-CN' });
    expect(run(['--format=ndjson', '--fail-on-oom', 'x'])).toMatchObject({ format: 'ndjson', failOnOom: true });
  });

  it('treats everything after -- as a file', () => {
    expect(run(['--', '--json'])).toMatchObject({ files: ['--json'], format: 'text' });
  });

  it('reads --since/--until and --event', () => {
    expect(run(['x', '--since', '3600', '--until', '2024-05-07']).range).toMatchObject({
      since: { kind: 'uptime', seconds: 3600 },
      until: { kind: 'wall' },
    });
    expect(run(['x', '--event', '2']).event).toBe(2);
  });

  it('follows standard input, printing ndjson unless told otherwise', () => {
    expect(run(['--follow'])).toMatchObject({ follow: true, files: ['-'], format: 'ndjson' });
    expect(run(['--follow', '--format', 'text', '-'])).toMatchObject({ format: 'text' });
  });

  it('rejects what it cannot do, in one line', () => {
    const errors: [string[], RegExp][] = [
      [['--jsn', 'a'], /^unknown option --jsn$/],
      [['--json'], /^no input file given$/],
      [[], /^no input file given$/],
      [['x', '--format', 'yaml'], /--format must be one of text, json, ndjson, markdown/],
      [['x', '--json', '--format', 'text'], /two formats/],
      [['x', '--since'], /^--since needs a value$/],
      [['x', '--json=1'], /^--json does not take a value$/],
      [['x', '--since', 'yesterday'], /neither seconds since boot/],
      [['x', '--event', '0'], /--event needs a number from 1 on/],
      [['x', '--event', '1', '--since', '5'], /use one/],
      [['x', '--lang', 'fr'], /--lang must be en or zh-CN/],
      [['--follow', 'a.log'], /--follow reads standard input/],
      [['--follow', '--json'], /use ndjson, text or markdown/],
      [['--follow', '--event', '1'], /no Nth event/],
    ];
    for (const [argv, message] of errors) {
      const a = parseArgs(argv);
      expect(a.kind === 'error' && a.message).toMatch(message);
    }
  });

  it('asks for help or the version', () => {
    expect(parseArgs(['a', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });
});
