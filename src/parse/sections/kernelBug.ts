/**
 * Kernel bug reports that can interrupt or follow an OOM report (an Oops in the reaper, a BUG in
 * `__show_mem`, a KASAN report, a WARNING): their first line and the line that names where it happened.
 * Formats, all anchored at the start of the kernel's text:
 *   x86       `BUG: unable to handle kernel NULL pointer dereference at …` (≤4.x), `BUG: unable to handle page
 *             fault for address: …`, `BUG: kernel NULL pointer dereference, address: …` (5.x+; arch/x86/mm/fault.c),
 *             then `Oops: 0000 [#1] SMP` (6.x: `Oops: general protection fault, …`), `general protection fault: …`
 *   arm/arm64 `Unable to handle kernel NULL pointer dereference at virtual address …` / `… paging request at …`
 *             (arch/arm*\/mm/fault.c), then `Internal error: Oops: 96000005 [#1] PREEMPT SMP` (die())
 *   any       `kernel BUG at mm/slub.c:123!`, `BUG: <what>` (lib/bug.c, sched, mm), `BUG: KASAN: <kind> in <function>`
 *             (mm/kasan/report.c), `WARNING: CPU: 0 PID: 1 at <file>:<line> <function>+0x…` (3.10+; ≤3.9 `WARNING: at
 *             <file>:<line> <function>()`; 6.12+ `WARNING: <file>:<line> at <function>+0x…, CPU#0: …`; kernel/panic.c
 *             __warn), `UBSAN: …` (lib/ubsan.c).
 * Where it happened: x86 `RIP: 0010:<function>+0x…` (≤4.x `RIP: 0010:[<addr>]  [<addr>] <function>+0x…`), i386
 * `EIP is at <function>+0x…`, arm32 `PC is at <function>+0x…`, arm64 `pc : <function>+0x…`, ppc `NIP [<addr>]
 * <function>+0x…`. A user-mode `RIP: 0033:0x46a8c9` names no function (an OOM report's own register dump).
 */
import type { KernelBug } from '../model';

const FUNCTION = String.raw`([A-Za-z_.$][\w.$]*)`;

const STARTS: readonly { kind: KernelBug['kind']; re: RegExp }[] = [
  { kind: 'kasan', re: new RegExp(String.raw`^BUG: KASAN: [\w-]+ in ${FUNCTION}`) },
  { kind: 'oops', re: /^BUG: (?:unable to handle|kernel NULL pointer dereference)/ },
  { kind: 'bug', re: /^(?:BUG: \S|kernel BUG at \S)/ },
  { kind: 'oops', re: /^Unable to handle kernel \w/ },
  { kind: 'oops', re: /^(?:Internal error: )?Oops(?: - [\w ]+)?: / },
  { kind: 'oops', re: /^general protection fault[:,] / },
  { kind: 'warning', re: /^WARNING: / },
  { kind: 'other', re: /^UBSAN: / },
];
/** `WARNING: … at <file>:<line> <function>+0x…` / `…<function>()`, and 6.12+ `WARNING: <file>:<line> at <function>+0x…`. */
const WARNING_AT = new RegExp(String.raw`\bat (?:\S+:\d+ )?${FUNCTION}(?:\+0x|\(\))`);

/** The first line of a kernel bug report, with the function when the line itself names it; null otherwise. */
export function parseKernelBug(text: string, line: number): KernelBug | null {
  const t = text.trim();
  for (const { kind, re } of STARTS) {
    const m = re.exec(t);
    if (!m) continue;
    let fn: string | null = m[1] ?? null;
    if (kind === 'warning') fn = WARNING_AT.exec(t)?.[1] ?? null;
    return { kind, message: t, function: fn, line };
  }
  return null;
}

/**
 * The arm `Internal error: Oops:` line that follows `Unable to handle kernel …`, or the x86 `Oops:` line that
 * follows `BUG: unable to handle …`: the same bug going on, not a new one.
 */
export function continuesBug(text: string): boolean {
  return /^(?:Internal error: )?Oops(?: - [\w ]+)?: /.test(text.trim());
}

const LOCATIONS: readonly RegExp[] = [
  new RegExp(String.raw`^RIP: [0-9a-f]{4}:(?:\[<[0-9a-f]+>\]\s+(?:\[<[0-9a-f]+>\]\s+)?)?${FUNCTION}\+0x`),
  new RegExp(String.raw`^(?:EIP|PC) is at ${FUNCTION}\+0x`),
  new RegExp(String.raw`^pc : (?:\[<[0-9a-f]+>\] )?${FUNCTION}\+0x`),
  new RegExp(String.raw`^NIP:? +\[[0-9a-fx]+\] ${FUNCTION}\+0x`),
];

/** The function a register line says the bug happened in (`RIP: 0010:f+0x…`, `PC is at f+0x…`, `pc : f+0x…`). */
export function parseBugLocation(text: string): string | null {
  const t = text.trim();
  for (const re of LOCATIONS) {
    const m = re.exec(t);
    if (m) return m[1];
  }
  return null;
}
