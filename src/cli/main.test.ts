/** End to end: the real command, as scripts call it (stdout must be nothing but JSON). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const fixture = join(root, 'test/fixtures/6.5.0_nixos_cgroupv2_2events_dmesg.log');

function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
      { cwd: root },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe('oomscope CLI', { timeout: 60_000 }, () => {
  it('prints one JSON document and exits 0', async () => {
    const r = await run([fixture, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const doc = JSON.parse(r.stdout) as { schemaVersion: number; file: string; events: unknown[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.file).toBe(fixture);
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it('reads gzip (by content, whatever the name) and stdin, and prints one line per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oomscope-cli-'));
    const gz = join(dir, 'log.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    writeFileSync(join(dir, 'noext'), gzipSync(readFileSync(fixture)));
    const r = await run([gz, '-', join(dir, 'noext'), '--json'], readFileSync(fixture, 'utf8'));
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; events: unknown[] });
    expect(docs.map((d) => d.file)).toEqual([gz, '-', join(dir, 'noext')]);
    expect(docs[0].events).toEqual(docs[1].events);
    expect(docs[2].events).toEqual(docs[1].events);
  });

  it('parses what came before the break of a cut gzip file, with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oomscope-cli-'));
    const big = readFileSync(fixture, 'utf8').repeat(40);
    const gz = gzipSync(big);
    const cut = join(dir, 'cut.log.gz');
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
    const r = await run([cut, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { events: unknown[]; diagnostics: { severity: string; message: string }[] };
    expect(doc.events.length).toBeGreaterThan(0);
    expect(doc.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/gzip stream broke off/) as string,
    });
  });

  it('exits 0 with a diagnostic when the file holds no OOM event', async () => {
    const r = await run(['-', '--json'], 'just some text\n');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { events: unknown[]; diagnostics: { message: string }[] };
    expect(doc.events).toEqual([]);
    expect(doc.diagnostics[0].message).toMatch(/No OOM-killer report/);
  });

  it('exits 2 with one line on stderr for an unreadable file, keeping the other files', async () => {
    const r = await run(['/nonexistent/oom.log', fixture, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['oomscope: cannot read /nonexistent/oom.log: no such file']);
    const lines = r.stdout.trim().split('\n');
    expect(JSON.parse(lines[0])).toEqual({
      file: '/nonexistent/oom.log',
      error: 'cannot read /nonexistent/oom.log: no such file',
    });
    expect(JSON.parse(lines[1])).toMatchObject({ file: fixture });
  });

  it('exits 2 with one line on stderr for usage errors', async () => {
    for (const args of [[], ['--nope', fixture]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints a readable summary without --json', async () => {
    const r = await run([fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/OOM events? in 171 lines/);
    expect(r.stdout).toMatch(/Event 1: memcg/);
    expect(r.stdout).toContain(' -> killed ');
  });
});
