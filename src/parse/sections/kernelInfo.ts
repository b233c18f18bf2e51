import type { KernelInfo } from '../model';

/**
 * dump_stack's identification line (docs/kernel/oom-report.md §4a):
 *   2.6.32/RHEL6  `Pid: 123, comm: java Not tainted 2.6.32-431.el6.x86_64 #1`
 *   3.10–6.10     `CPU: 1 PID: 10242 Comm: nginx [Kdump: loaded ]Not tainted 3.13.0-86-generic #130-Ubuntu`
 *   5.14+         ... `#1 <40-hex build id>`        6.11+ `CPU: 3 UID: 0 PID: 1 Comm: ...`
 *   6.15+         ... `#1 PREEMPT(voluntary) `
 * The comm is up to 20 chars and may hold spaces, so it runs up to the taint marker.
 */
const CPU_LINE = /^CPU: (\d+) (?:UID: (\d+) )?PID: (\d+) Comm: (.*)$/;
const PID_LINE = /^Pid: (\d+), comm: (.*)$/;
const TAINT = /^(.*?) ?(?:Kdump: loaded )?(Not tainted|Tainted:) ?(.*)$/;
/**
 * Taint flags print one capital letter or a space per flag; RHEL kernels add their own positions as dashes
 * with letters among them (`----V-------`, `------------ T`). A release always holds a digit, so any run of
 * capitals and dashes alone is taint.
 */
const TAINT_TOKEN = /^[A-Z-]+$/;

/** A kernel card that knows nothing yet (also used when only `Hardware name:` was seen). */
export function emptyKernelInfo(line: number): KernelInfo {
  return {
    version: null,
    build: null,
    cpu: null,
    pid: null,
    uid: null,
    comm: null,
    tainted: null,
    hardware: null,
    line,
  };
}

export function parseKernelInfo(text: string, line: number): KernelInfo | null {
  const trimmed = text.trim();
  const cpu = CPU_LINE.exec(trimmed);
  const pidLine = cpu ? null : PID_LINE.exec(trimmed);
  const info = emptyKernelInfo(line);
  let tail: string;
  if (cpu) {
    info.cpu = Number(cpu[1]);
    info.uid = cpu[2] === undefined ? null : Number(cpu[2]);
    info.pid = Number(cpu[3]);
    tail = cpu[4];
  } else if (pidLine) {
    info.pid = Number(pidLine[1]);
    tail = pidLine[2];
  } else {
    return null;
  }
  const taint = TAINT.exec(tail);
  if (!taint) {
    // Cut right after the comm: keep what we have.
    info.comm = tail.trim() || null;
    return info;
  }
  info.comm = taint[1].trim() || null;
  const rest = taint[3];
  let releaseAt = 0;
  // `Not tainted` leaves tainted null (no flags), so `if (kernel.tainted)` reads naturally; a tainted
  // kernel keeps its flag string. Letters are positional (a space is a clear flag): keep inner spaces.
  if (taint[2] !== 'Not tainted') {
    releaseAt = findReleaseStart(rest);
    info.tainted = rest.slice(0, releaseAt < 0 ? rest.length : releaseAt).trimEnd() || null;
    if (releaseAt < 0) return info;
  }
  const words = rest.slice(releaseAt).trim().split(/\s+/).filter(Boolean);
  info.version = words[0] ?? null;
  if (words[1]?.startsWith('#')) {
    info.build = words[1];
    // Trailing text after the build on the old `Pid:` line is the DMI name (show_regs style);
    // on `CPU:` lines it is a build id or the preemption model, which we do not model.
    if (pidLine && words.length > 2) info.hardware = words.slice(2).join(' ');
  }
  return info;
}

/** Index in `rest` of the first word that is not a taint flag, or -1. */
function findReleaseStart(rest: string): number {
  for (const m of rest.matchAll(/\S+/g)) {
    if (!TAINT_TOKEN.test(m[0])) return m.index;
  }
  return -1;
}

const HARDWARE = /^Hardware name: (.*\S)\s*$/;
/**
 * A bad copy can glue the raw stack words that follow onto this line (the design document's 3.13 sample:
 * `BIOS 4.0.1 12/16/20140000000000000000 ffff880070611a00 ...`). A DMI name never ends in three or more
 * 16-digit hex words, so such a run is cut off.
 */
const GLUED_STACK_WORDS = /(?:\s*[0-9a-f]{16}){3,}$/;

/** `Hardware name: ...` → the DMI string (3.10+). */
export function parseHardware(text: string): string | null {
  const m = HARDWARE.exec(text.trim());
  if (!m) return null;
  return m[1].replace(GLUED_STACK_WORDS, '').trim() || null;
}
