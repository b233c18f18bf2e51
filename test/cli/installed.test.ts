/**
 * The command people install: build it, `npm pack` the package, install the tarball into a temporary prefix
 * (offline: the package has no dependencies to fetch) and run the installed `oomscope` as a real process.
 * These are the CLI's only subprocess tests; everything else runs `main()` in-process (src/cli/*.test.ts).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/6.5.0_nixos_cgroupv2_2events_dmesg.log');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let bin = '';
let packed: { files: { path: string }[]; filename: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oomscope-pack-'));
  const quiet = { cwd: root, stdio: 'pipe' as const, timeout: 120_000 };
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts'],
    quiet,
  );
  // Built just above: --ignore-scripts skips prepack's second build.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], quiet).toString();
  packed = (JSON.parse(out) as (typeof packed)[])[0];
  const prefix = join(dir, 'prefix');
  const install = ['install', '-g', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund'];
  execFileSync(npm, [...install, join(dir, packed.filename)], quiet);
  bin = join(prefix, 'bin', 'oomscope');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], input?: string | Buffer) =>
  spawnSync(bin, args, { input, encoding: 'utf8', timeout: 30_000 });

describe('the installed oomscope command', () => {
  it('is one bundled file with the docs, and needs no dependencies', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'dist-cli/oomscope.js',
      'docs/cli-json.md',
      'docs/cli-json.schema.json',
      'docs/pipelines.md',
      'package.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    // The web app is bundled by Vite and the CLI by vite.cli.config.ts: nothing is needed at run time, so an
    // install pulls nothing (a package under "dependencies" would be installed with every `npm i -g`).
    expect(manifest.dependencies).toBeUndefined();
    const installed = join(dir, 'prefix/lib/node_modules/oomscope');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist-cli', 'docs', 'package.json']);
    expect(readFileSync(join(installed, 'dist-cli/oomscope.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('reads a file: one JSON document, exit 0', () => {
    const r = run([fixture, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { schemaVersion: number; file: string; events: unknown[] };
    expect(doc).toMatchObject({ schemaVersion: 1, file: fixture });
    expect(doc.events).toHaveLength(2);
    expect(run(['--version']).stdout).toMatch(/^oomscope \d+\.\d+\.\d+\n$/);
  });

  it('exits 1 with --fail-on-oom, 2 with one stderr line for a missing file and for a usage error', () => {
    expect(run([fixture, '--fail-on-oom']).status).toBe(1);
    const missing = run(['/nonexistent/oom.log']);
    expect([missing.status, missing.stderr]).toEqual([2, 'oomscope: cannot read /nonexistent/oom.log: no such file\n']);
    const usage = run(['--nope']);
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('follows standard input and prints one line per event', () => {
    const r = run(['--follow'], readFileSync(fixture));
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { eventNumber: number; event: { firstLine: number } });
    expect(lines.map((l) => [l.eventNumber, l.event.firstLine])).toEqual([
      [1, 1],
      [2, 90],
    ]);
  });
});

/** Where Debian's rsyslog lives; .ci/run installs it (`apt-get install -y rsyslog`). */
const RSYSLOGD = '/usr/sbin/rsyslogd';
const realLog = () =>
  Buffer.concat([
    readFileSync(fixture),
    readFileSync(join(root, 'test/fixtures/archlinux_6.1.1-arch1-1_embedded_example.log')),
  ]);

/** Polls until `ok()` holds (rsyslog works in its own time); fails after `ms`. */
async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  for (const start = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - start > ms) throw new Error(`gave up waiting for ${what}`);
  }
}

describe('a real pipeline: rsyslog → omprog → oomscope --follow → a file', () => {
  it('delivers each event of a log rsyslog reads, exactly once, explained', { timeout: 60_000 }, async () => {
    expect(existsSync(RSYSLOGD), `${RSYSLOGD} is missing: apt-get install -y rsyslog (as .ci/run does)`).toBe(true);
    const work = join(dir, 'rsyslog');
    mkdirSync(join(work, 'state'), { recursive: true });
    const log = join(work, 'kern.log');
    const events = join(work, 'events.ndjson');
    writeFileSync(log, '');
    const command = `${process.execPath} ${join(dir, 'prefix/lib/node_modules/oomscope/dist-cli/oomscope.js')} --follow`;
    // The configuration docs/pipelines.md shows, with every path in the temporary directory (no root-only paths).
    writeFileSync(
      join(work, 'rsyslog.conf'),
      [
        `global(workDirectory="${join(work, 'state')}")`,
        'module(load="imfile" mode="inotify")',
        'module(load="omprog")',
        'template(name="oomscope_line" type="string" string="%rawmsg%\\n")',
        `input(type="imfile" file="${log}" tag="kernel" ruleset="oomscope")`,
        'ruleset(name="oomscope") {',
        `  action(type="omprog" binary="${command}" template="oomscope_line" output="${events}")`,
        '}',
        '',
      ].join('\n'),
    );
    const rsyslogd = spawn(RSYSLOGD, ['-n', '-f', join(work, 'rsyslog.conf'), '-i', join(work, 'rsyslogd.pid')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    rsyslogd.stdout.on('data', (d: Buffer) => (said += d.toString()));
    rsyslogd.stderr.on('data', (d: Buffer) => (said += d.toString()));
    const exited = new Promise<number | null>((resolve) => rsyslogd.on('exit', (code) => resolve(code)));
    try {
      await until(() => existsSync(join(work, 'rsyslogd.pid')), 10_000, `rsyslogd to start (${said})`);
      // The kernel writes while rsyslog watches: the log arrives in pieces, then other chatter follows.
      const text = realLog();
      const half = text.indexOf('\n', text.length >> 1) + 1;
      appendFileSync(log, text.subarray(0, half));
      await new Promise((r) => setTimeout(r, 300));
      appendFileSync(log, text.subarray(half));
      appendFileSync(log, '[144390.000000] usb 1-1: new high-speed USB device number 9 using xhci_hcd\n');
      const lines = () => (existsSync(events) ? readFileSync(events, 'utf8').split('\n').filter(Boolean) : []);
      await until(() => lines().length >= 3, 20_000, `3 event lines in ${events} (rsyslogd said: ${said})`);
      // Every event once, in order, as the same command reads the same log from a file.
      const expected = spawnSync(process.execPath, [command.split(' ')[1], '--format', 'ndjson', '-'], {
        input: text,
        encoding: 'utf8',
      }).stdout;
      expect(lines()).toEqual(expected.trim().split('\n'));
    } finally {
      rsyslogd.kill('SIGTERM');
      await exited;
    }
    // Stopping rsyslog ends oomscope's input: nothing more (no duplicate, no error) was written.
    expect(readFileSync(events, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
