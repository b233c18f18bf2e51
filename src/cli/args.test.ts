import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('takes files and --json in any order', () => {
    expect(parseArgs(['a.log', '--json', 'b.log.gz'])).toEqual({
      kind: 'run',
      files: ['a.log', 'b.log.gz'],
      json: true,
    });
    expect(parseArgs(['-'])).toEqual({ kind: 'run', files: ['-'], json: false });
  });

  it('treats everything after -- as a file', () => {
    expect(parseArgs(['--', '--json'])).toEqual({ kind: 'run', files: ['--json'], json: false });
  });

  it('rejects unknown options and a missing file', () => {
    expect(parseArgs(['--jsn', 'a'])).toEqual({ kind: 'error', message: 'unknown option --jsn' });
    expect(parseArgs(['--json'])).toEqual({ kind: 'error', message: 'no input file given' });
    expect(parseArgs([])).toMatchObject({ kind: 'error' });
  });

  it('asks for help', () => {
    expect(parseArgs(['a', '-h'])).toEqual({ kind: 'help' });
  });
});
