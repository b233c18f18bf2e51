/**
 * Generates the benchmark journal: corpus OOM reports interleaved with unrelated syslog traffic
 * in several prefix styles (what a real `/var/log/messages` or `journalctl` export looks like),
 * written in chunks so generation itself stays small in memory. Deterministic (seeded PRNG).
 */
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fixtures whose lines carry no prefix of their own, so each block can dress them in one style. */
const PLAIN_REPORTS = [
  'rhel7_3.10.0-514.6.1.el7_embedded_example.log',
  'archlinux_6.1.1-arch1-1_embedded_example.log',
  'ubuntu21.10_5.13.0-19-generic_sysrq_embedded_example.log',
  '4.18_cgroupv1_leaker_lkml.log',
  'ubuntu-3.13-nginx-xen-elided.log',
];
/** Noise lines between two reports (on average); keeps reports a small share of the bytes, as in life. */
const NOISE_PER_REPORT = 4000;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

type Style = (host: string, ident: string, uptime: number, second: number) => string;

const STYLES: Style[] = [
  (h, id, _u, s) => `Nov 22 ${clock(s)} ${h} ${id}: `,
  (h, id, u, s) =>
    id === 'kernel' ? `Nov 22 ${clock(s)} ${h} kernel: [${stamp(u)}] ` : `Nov 22 ${clock(s)} ${h} ${id}: `,
  (h, id, _u, s) => `2024-05-01T${clock(s)}.${pad(s % 1000000, 6)}+00:00 ${h} ${id}: `,
  (_h, _id, u) => `[${stamp(u)}] `,
  (_h, _id, _u, s) => `[Di Aug 12 ${clock(s)} 2025] `,
  (h, id, _u, s) => `Apr ${pad((s % 28) + 1)} ${clock(s)} ${h} <kern.warning> ${id}:`,
];

function clock(second: number): string {
  const s = second % 86400;
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

function stamp(uptime: number): string {
  return uptime.toFixed(6).padStart(12, ' ');
}

function noiseLine(rand: () => number, n: number): { ident: string; text: string } {
  const r = Math.floor(rand() * 8);
  const ip = `10.${n % 256}.${(n >> 8) % 256}.${Math.floor(rand() * 255)}`;
  switch (r) {
    case 0:
      return {
        ident: `sshd[${1000 + (n % 30000)}]`,
        text: `Accepted publickey for deploy from ${ip} port ${40000 + (n % 20000)} ssh2: RSA SHA256:${n.toString(36)}x9Qm`,
      };
    case 1:
      return { ident: 'systemd[1]', text: `Started Session ${n} of user deploy.` };
    case 2:
      return { ident: `CRON[${2000 + (n % 9000)}]`, text: `(root) CMD (/usr/lib/sa/sa1 1 1 > /dev/null 2>&1)` };
    case 3:
      return {
        ident: 'kernel',
        text: `[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56 SRC=${ip} DST=10.0.0.1 LEN=40 TTL=${50 + (n % 10)} ID=${n % 65535} PROTO=TCP SPT=${n % 65535} DPT=22 WINDOW=1024 SYN URGP=0`,
      };
    case 4:
      return {
        ident: 'kernel',
        text: `audit: type=1400 audit(${1700000000 + n}.123:${n}): apparmor="DENIED" operation="open" profile="snap.x" name="/proc/${n}/mounts" pid=${n % 99999} comm="x"`,
      };
    case 5:
      return {
        ident: 'kernel',
        text: `EXT4-fs (sda${(n % 4) + 1}): mounted filesystem with ordered data mode. Opts: (null)`,
      };
    case 6:
      return {
        ident: `dockerd[${900 + (n % 50)}]`,
        text: `time="2024-05-01T12:00:00Z" level=info msg="ignoring event" module=libcontainerd namespace=moby topic=/tasks/delete`,
      };
    default:
      return { ident: `postfix/smtpd[${3000 + (n % 5000)}]`, text: `connect from unknown[${ip}]` };
  }
}

/**
 * `noisePerReport`: noise lines between two reports on average (4000 by default, as in life); a small value
 * makes a dense log (the browser bench's journal of 10,000 reports, each with its task table: about 140 MB).
 */
export async function generateJournal(
  path: string,
  fixturesDir: string,
  targetBytes: number,
  noisePerReport = NOISE_PER_REPORT,
  /** Stop after this many reports even before `targetBytes`. */
  maxReports = Infinity,
): Promise<void> {
  const reports = PLAIN_REPORTS.map((f) => readFileSync(join(fixturesDir, f), 'utf8').replace(/\n$/, '').split('\n'));
  const prefixed = readdirSync(fixturesDir)
    .filter((f) => /^(t030_.*(syslog|timestamp)|proxmox_).*\.log$/.test(f))
    .map((f) => readFileSync(join(fixturesDir, f), 'utf8').replace(/\n$/, ''));
  const rand = prng(20241126);
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  let uptime = 1000;
  let second = 0;
  let block: string[] = [];
  const flush = async () => {
    const text = block.join('\n') + '\n';
    block = [];
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  };
  for (let reportsWritten = 0; written < targetBytes && reportsWritten < maxReports; reportsWritten++) {
    const style = STYLES[Math.floor(rand() * STYLES.length)];
    const noise = Math.floor(noisePerReport * (0.5 + rand()));
    for (let i = 0; i < noise; i++, n++) {
      const { ident, text } = noiseLine(rand, n);
      uptime += rand() * 0.5;
      second += rand() < 0.3 ? 1 : 0;
      block.push(style('web-01', ident, uptime, second) + text);
    }
    if (rand() < 0.2) block.push(prefixed[Math.floor(rand() * prefixed.length)]);
    else
      for (const line of reports[Math.floor(rand() * reports.length)])
        block.push(style('web-01', 'kernel', uptime, second) + line);
    await flush();
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/**
 * A copy of the journal with every non-ASCII byte made `?`: the same lines and events, but text a
 * decoder turns into one-byte strings throughout (a chunk with one non-ASCII character decodes
 * into a two-byte string, about twice as slowly, which makes the floor slower).
 */
export async function writeAsciiCopy(from: string, to: string): Promise<void> {
  const out = createWriteStream(to);
  for await (const chunk of createReadStream(from, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) bytes[i] = 0x3f;
    if (!out.write(bytes)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
