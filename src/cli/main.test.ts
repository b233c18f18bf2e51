/** The command as scripts call it, in-process (`main(argv, io)`): stdout must be nothing but the chosen format. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cliTesting';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/6.5.0_nixos_cgroupv2_2events_dmesg.log');
const oneEvent = join(root, 'test/fixtures/archlinux_6.1.1-arch1-1_embedded_example.log');
const tmp = () => mkdtempSync(join(tmpdir(), 'oomscope-cli-'));

interface Doc {
  file: string;
  events: { firstLine: number; victim: { comm: string } | null }[];
  diagnostics: { line: number; severity: string; message: string }[];
}
const docs = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);

describe('oomscope: reading', () => {
  it('prints one JSON document and exits 0', async () => {
    const r = await runCli([fixture, '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const [doc] = docs(r.stdout);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(doc).toMatchObject({ schemaVersion: 1, file: fixture });
    expect(doc.events).toHaveLength(2);
  });

  it('reads gzip (by content, whatever the name) and stdin, and prints one line per file', async () => {
    const dir = tmp();
    const gz = join(dir, 'log.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    writeFileSync(join(dir, 'noext'), gzipSync(readFileSync(fixture)));
    const r = await runCli([gz, '-', join(dir, 'noext'), '--json'], readFileSync(fixture));
    expect(r.code).toBe(0);
    const [a, b, c] = docs(r.stdout);
    expect([a.file, b.file, c.file]).toEqual([gz, '-', join(dir, 'noext')]);
    expect(a.events).toEqual(b.events);
    expect(c.events).toEqual(b.events);
  });

  it('parses what came before the break of a cut gzip file, with a warning worded from the facts', async () => {
    const gz = gzipSync(readFileSync(fixture, 'utf8').repeat(40));
    const cut = join(tmp(), 'cut.log.gz');
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
    const r = await runCli([cut, '--json']);
    expect(r.code).toBe(0);
    const [doc] = docs(r.stdout);
    expect(doc.events.length).toBeGreaterThan(0);
    expect(doc.diagnostics[0]).toMatchObject({
      line: 0,
      severity: 'warning',
      message: expect.stringMatching(
        /^The gzip file is truncated or damaged: only the first [\d,]+ lines could be read\.$/,
      ) as string,
    });
  });

  it('exits 0 with a diagnostic when the file holds no OOM event, saying what it was', async () => {
    const text = await runCli(['-', '--json'], 'just some text\n');
    expect(text.code).toBe(0);
    const [doc] = docs(text.stdout);
    expect(doc.events).toEqual([]);
    expect(doc.diagnostics[0].message).toMatch(/^No OOM-killer report found in 1 line\./);
    // Random bytes and a named format are said to be what they are, as on the page.
    const noise = new Uint8Array(4096).map((_, i) => (i * 7 + 3) % 256);
    const binary = docs((await runCli(['-', '--json'], noise)).stdout)[0];
    expect(binary.diagnostics[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('binary data') as string,
    });
    const xz = docs((await runCli(['-', '--json'], new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 0]))).stdout)[0];
    expect(xz.diagnostics).toEqual([
      { line: 0, severity: 'error', message: expect.stringContaining('xz-compressed data') as string },
    ]);
  });

  it('exits 2 with one line on stderr for an unreadable file, keeping the other files', async () => {
    const dir = tmp();
    const broken = join(dir, 'broken.gz');
    writeFileSync(broken, new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const r = await runCli(['/nonexistent/oom.log', fixture, dir, broken, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'oomscope: cannot read /nonexistent/oom.log: no such file',
      `oomscope: cannot read ${dir}: is a directory`,
      `oomscope: cannot read ${broken}: The gzip file is truncated or damaged: nothing could be decompressed from it.`,
    ]);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; error?: string });
    expect(lines[0]).toEqual({ file: '/nonexistent/oom.log', error: 'cannot read /nonexistent/oom.log: no such file' });
    expect(lines.map((l) => l.file)).toEqual(['/nonexistent/oom.log', fixture, dir, broken]);
  });

  it('exits 2 with one line on stderr for usage errors, printing nothing on stdout', async () => {
    for (const args of [[], ['--nope', fixture], ['--format', 'xml', fixture]]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await runCli(['--help'])).stdout).toMatch(/^usage: oomscope/);
    expect((await runCli(['--version'])).stdout).toBe('oomscope test\n');
  });
});

describe('oomscope: choosing events and exit codes', () => {
  it('--fail-on-oom exits 1 when events were found, 0 when none', async () => {
    expect((await runCli([fixture, '--fail-on-oom'])).code).toBe(1);
    expect((await runCli(['-', '--fail-on-oom'], 'nothing\n')).code).toBe(0);
    expect((await runCli([fixture, '--fail-on-oom', '--since', '999999'])).code).toBe(0);
  });

  it('--event N keeps the Nth event and its number; a missing one is an error', async () => {
    const r = await runCli([fixture, '--event', '2', '--format', 'ndjson']);
    const line = JSON.parse(r.stdout) as { eventNumber: number; event: { firstLine: number } };
    expect(line).toMatchObject({ eventNumber: 2, event: { firstLine: 90 } });
    const missing = await runCli([fixture, '--event', '3', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`oomscope: ${fixture} has 2 OOM events: there is no event 3\n`);
  });

  it('a chosen event keeps the story of the ones before it (repeated kills), in every format', async () => {
    // 010: three global OOMs in 3 s on a 4.9 i386 box; the second kill repeats the first's program.
    const gentoo = join(root, 'test/fixtures/real/010-gentoo-i686-4.9-highmem-3events-syslog-multiline.log');
    const r = await runCli([gentoo, '--event', '2', '--format', 'ndjson']);
    const line = JSON.parse(r.stdout) as { event: { findings: { id: string }[] } };
    expect(line.event.findings.map((f) => f.id)).toContain('repeated-kills');
    const md = await runCli([gentoo, '--event', '2', '--format', 'markdown', '--lang', 'zh-CN']);
    expect(md.stdout).not.toContain('repeated-kills');
    expect(md.stdout).toMatch(/第 2 次 OOM 杀进程/);
  });

  it('--since/--until compare seconds with dmesg stamps and reject a date there', async () => {
    // The two events are stamped [144381.714151] and [144381.722649].
    const since = await runCli([fixture, '--json', '--since', '144381.72']);
    expect(docs(since.stdout)[0].events.map((e) => e.firstLine)).toEqual([90]);
    const until = await runCli([fixture, '--json', '--until', '144381.72']);
    expect(docs(until.stdout)[0].events.map((e) => e.firstLine)).toEqual([1]);
    const date = await runCli([fixture, '--json', '--since', '2024-01-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--since 2024-01-01 is a date, but event 1 .* has only seconds since boot/);
  });
});

describe('oomscope: formats', () => {
  it('text: a readable summary per event', async () => {
    const r = await runCli([fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 OOM events in 171 lines/);
    expect(r.stdout).toMatch(/Event 1: memcg/);
    expect(r.stdout).toContain(' -> killed ');
  });

  it('ndjson: one self-contained line per event', async () => {
    const r = await runCli([fixture, oneEvent, '--format', 'ndjson']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; eventNumber: number });
    expect(lines.map((l) => [l.file, l.eventNumber])).toEqual([
      [fixture, 1],
      [fixture, 2],
      [oneEvent, 1],
    ]);
  });

  it('markdown: the ticket report, in English or Chinese', async () => {
    const en = await runCli([oneEvent, '--format', 'markdown']);
    expect(en.stdout).toMatch(/^## OOM event 1: system-wide OOM\n/);
    expect(en.stdout).toContain('| 0 | `Normal` | 60.4 MiB | 60.5 MiB |');
    expect(en.stdout).not.toMatch(/<[a-z]/i);
    const zh = await runCli([oneEvent, '--format', 'markdown', '--lang', 'zh-CN']);
    expect(zh.stdout).toMatch(/^## OOM 事件 1：全系统 OOM\n/);
  });
});
