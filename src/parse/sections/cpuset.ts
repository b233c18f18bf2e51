import type { CpusetInfo } from '../model';

/**
 * `comm cpuset=NAME mems_allowed=LIST`, its own line on 2.6.32–4.20 (docs/kernel/oom-report.md §3a). The comm may hold
 * spaces, so we anchor on the first ` cpuset=`. The 5.0+ constraint line carries `,cpuset=` (comma), which
 * this deliberately does not match. 3.16+ prints the name with pr_cont, so a busy log can cut the line
 * after `cpuset=NAME`: we keep the name and leave memsAllowed null.
 */
const CPUSET = /^(.+?) cpuset=(\S*)(?: mems_allowed=(\S+))?$/;

export function parseCpuset(text: string, line: number): CpusetInfo | null {
  if (!text.includes(' cpuset=')) return null;
  const m = CPUSET.exec(text.trim());
  if (!m) return null;
  return { name: m[2] === '' ? null : m[2], memsAllowed: m[3] ?? null, line };
}
