/**
 * A generator of endless kernel logs for the follow-mode tests: other daemons' chatter with complete OOM
 * reports in it, each killing a different pid (so a test can tell every event line apart and in order).
 * The report is the first event of a real cgroup v2 log (test/fixtures), restamped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE = join(import.meta.dirname, '../fixtures/6.5.0_nixos_cgroupv2_2events_dmesg.log');
const REPORT_LINES = readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 89);
const VICTIM_PID = 265606;

const stamp = (seconds: number) => `[${seconds.toFixed(6).padStart(13)}]`;

/** The pid the report numbered `k` kills. */
export const victimPid = (k: number) => 1_000_000 + k;

/** Report `k` (1-based) as lines, stamped from `seconds` on. */
export function report(k: number, seconds: number): string {
  const pid = String(victimPid(k));
  return (
    REPORT_LINES.map(
      (line) => `${stamp(seconds)} ${line.slice(line.indexOf(']') + 2).replaceAll(String(VICTIM_PID), pid)}`,
    ).join('\n') + '\n'
  );
}

/** `n` lines of chatter that mention nothing OOM-like (a hard-wrapped link state, a USB device...). */
export function noise(n: number, seconds: number): string {
  let out = '';
  for (let i = 0; i < n; i++)
    out += `${stamp(seconds + i / 1000)} usb 1-${i % 8}: new high-speed USB device number ${i} using xhci_hcd\n`;
  return out;
}

/** Chunks of an endless log: before event k, `noiseLines` of chatter; then the report. */
export function* oomStream(events: number, noiseLines = 50): Generator<string> {
  for (let k = 1; k <= events; k++) {
    const seconds = 1000 + k * 10;
    yield noise(noiseLines, seconds) + report(k, seconds + 1);
  }
}
