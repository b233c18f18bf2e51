import type { StackFrame } from '../model';

/** `Call Trace:` (x86, all eras), `Call trace:` (arm64), `Backtrace:` (arm32). */
export function isCallTraceHeader(text: string): boolean {
  return /^(?:Call [Tt]race|Backtrace):\s*$/.test(text.trim());
}

/**
 * A symbol as the kernel prints it with %pS/%pB: `name+0xoff/0xsize`, where name may carry compiler
 * suffixes (`oom_kill_process.cold`, `do_read_fault.isra.42`). Requiring the `+0x../0x..` part keeps
 * zone, buddy and task lines (which never contain it) from ever looking like frames.
 */
const SYMBOL = String.raw`[A-Za-z_.$][\w.$]*\+0x[0-9a-fA-F]+/0x[0-9a-fA-F]+`;
/** Module suffix: `[ext4]`, 5.14+ `[ext4 <build id>]`. */
const MODULE = String.raw`(?:\s+\[([\w-]+)(?:\s+[0-9a-fA-F]+)?\])?`;
/**
 * Optional raw address: x86 ≤4.9 / old arm64 ` [<ffffffff8172a3b4>] `, ppc64 `[c000...] [c000...] `, or the
 * address as sysklogd rewrote it before 2.6.2x kernels named frames themselves: `[nfs:__alloc_pages+0x34c/0x380] `
 * (its own System.map guess, module first; the kernel's name follows and is the one kept).
 */
const ADDRESS = String.raw`(?:\[<[0-9a-fA-F]+>\]\s*|(?:\[[0-9a-fA-F]{8,16}\]\s*){1,2}|\[(?:[\w-]+:)?${SYMBOL}\]\s+)?`;
/** Stack-switch marker glued before a frame on 2.6.32 (`<IRQ>  [<ffff...>] ? foo+0x1/0x2`). */
const MARKER = String.raw`(?:<\/?[A-Z#]{2,8}>\s*)?`;
const FRAME = new RegExp(
  String.raw`^${MARKER}${ADDRESS}(\?\s+)?(${SYMBOL})${MODULE}(\s+\(unreliable\))?(?:\s+\([A-Z]\))?$`,
);
/** x86 ≤4.9 with an address the kernel could not name: ` [<ffffffffa0312000>] ? 0xffffffffa0312000`. */
const UNNAMED = /^(?:<\/?[A-Z#]{2,8}>\s*)?\[<[0-9a-fA-F]+>\]\s*(\?\s+)?(0x[0-9a-fA-F]+)$/;
/**
 * arm32: `[<c0015000>] (show_stack) from [<c062fcd8>] (dump_stack+0x140/0x198)`: this frame is the first name.
 * 4.x kernels without CONFIG_ARM_UNWIND-style addresses print it without the leading one (arch/arm/kernel/traps.c
 * dump_backtrace_entry): `(show_stack) from [<c010d824>] (dump_stack+0xa8/0xec)`.
 */
const ARM32 =
  /^(?:\[<[0-9a-fA-F]+>\]\s+)?\(([\w.$]+)(?:\+0x[0-9a-fA-F]+\/0x[0-9a-fA-F]+)?\)\s+from\s+\[<[0-9a-fA-F]+>\]/;

/**
 * One frame in any era: ` [<ffffffff8172a3b4>] dump_stack+0x19/0x1b`, ` ? foo+0x1/0x2 [mod]`,
 * ` dump_stack_lvl+0x47/0x60`, arm64 ` show_stack+0x18/0x24`. `symbol` is kept as printed,
 * `name+0xoff/0xsize`, so nothing is lost; callers match functions by the part before `+`.
 */
export function parseStackFrame(text: string, line: number): StackFrame | null {
  // Every frame form holds `+0x` or `[<`; most lines of a report hold neither.
  if (!text.includes('+0x') && !text.includes('[<')) return null;
  const t = text.trim();
  const m = FRAME.exec(t);
  if (m) {
    const unreliable = m[1] !== undefined || m[4] !== undefined;
    return { symbol: m[2], unreliable, module: m[3] ?? null, line };
  }
  const unnamed = UNNAMED.exec(t);
  if (unnamed) return { symbol: unnamed[2], unreliable: unnamed[1] !== undefined, module: null, line };
  const arm = ARM32.exec(t);
  if (arm) return { symbol: arm[1], unreliable: false, module: null, line };
  return null;
}

/**
 * x86_64 up to 2.6.15 printed several frames per line, the first right after the header, each as
 * `<%016lx>{%s%s%s%s%+ld}` (address, then `:module:` for a module, the symbol and its offset in
 * signed decimal), or as `[<%016lx>]` when kallsyms could not name the address
 * (arch/x86_64/kernel/traps.c printk_address; 2.6.16 moved to print_symbol()):
 * `Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <ffffffff801618bc>{__alloc_pages+556}`.
 */
const LISTED_FRAME =
  /\s*(?:<([0-9a-fA-F]{8,16})>\{(?::([\w-]+):)?([A-Za-z_.$][\w.$]*[+-]\d+)\}|\[<([0-9a-fA-F]{8,16})>\])/y;
const HEADER = 'Call Trace:';

/**
 * The frames of a line in that ≤2.6.15 x86_64 form, or null unless the whole line is such frames
 * (at least one named: a lone `[<address>]` is the start of a wrapped later-era frame).
 */
export function parseFrameList(text: string, line: number): StackFrame[] | null {
  const t = text.trim();
  const frames: StackFrame[] = [];
  let named = false;
  LISTED_FRAME.lastIndex = t.startsWith(HEADER) ? HEADER.length : 0;
  while (LISTED_FRAME.lastIndex < t.length) {
    const m = LISTED_FRAME.exec(t);
    if (!m) return null;
    named ||= m[3] !== undefined;
    frames.push({ symbol: m[3] ?? `0x${m[4]}`, unreliable: false, module: m[2] ?? null, line });
  }
  return named ? frames : null;
}

/** Each with the characters its lines can start with (trimmed): a line is tried only against its own. */
const NOISE: [starts: string, pattern: RegExp][] = [
  // Stack-switch markers on their own line: <TASK> </TASK> <IRQ> </IRQ> <EOI> <NMI> <#DF> ...
  ['<', /^<\/?[A-Z#_]{2,20}>$/],
  // x86 register dump after the trace: RIP/EIP, Code:, RSP/EFLAGS, RAX..R15, segment and control registers.
  [
    'RECOFGDSP',
    /^(?:RIP|EIP|Code|RSP|ESP|EFLAGS|ORIG_RAX|R[A-Z0-9]{2}|E[A-Z]{2}|FS|GS|CS|DS|ES|SS|CR[0-4]|DR[0-7]|PKRU):\s/,
  ],
  // arm64 register dump: `pc : ...`, `lr : ...`, `sp : ...`, `x29: ...`, `pstate: ...`.
  ['pls', /^(?:pc|lr|sp) : /],
  ['x', /^x\d{1,2}\s?: [0-9a-f]/],
  ['p', /^pstate: [0-9a-f]+/],
  // arm32 register lines under each frame: ` r7:600e0013 r6:c08f8ab8 ...`.
  ['r', /^r\d{1,2}:[0-9a-f]{8}(?:\s+(?:r\d{1,2}|sl|fp|ip):[0-9a-f]{8})*$/],
  ['W', /^Workqueue: /],
  ['M', /^Modules linked in:/],
  ['S', /^Stack:$/],
  // 6.10+ verbose taint legend: `[E]=UNSIGNED_MODULE, [O]=OOT_MODULE`, with its `Tainted: ` (lib/dump_stack.c 6.12).
  ['[', /^\[[A-Z]\]=[A-Z_]+(?:,\s*\[[A-Z]\]=[A-Z_]+)*$/],
  ['T', /^Tainted: \[[A-Z]\]=[A-Z_]+(?:,\s*\[[A-Z]\]=[A-Z_]+)*$/],
  // Raw stack words printed by ≤4.x before the trace (`0000000000000000 ffff880070611a00 ...`).
  ['0123456789abcdef', /^(?:[0-9a-f]{8})+(?:\s+(?:[0-9a-f]{8})+)*$/],
  ['-', /^---\[ end trace [0-9a-f]+ \]---$/],
  // The marker before a WARNING or BUG report (lib/bug.c, kernel/panic.c): `------------[ cut here ]------------`.
  ['-', /^-+\[ cut here \]-+$/],
  // The end of a panic's report: `---[ end Kernel panic - not syncing: … ]---` (kernel/panic.c).
  ['-', /^---\[ end Kernel panic - not syncing: .*\]---$/],
  // ≤2.6.24 i386 ended the trace with a line of `=` (arch/i386/kernel/traps.c, x86/kernel/traps_32.c show_trace_log_lvl).
  ['=', /^=+$/],
];
/** NOISE by first character (ASCII): thousands of report lines reach this test, most fail it. */
const NOISE_BY_START: readonly RegExp[][] = Array.from({ length: 128 }, (_, code) =>
  NOISE.filter(([starts]) => starts.includes(String.fromCharCode(code))).map(([, pattern]) => pattern),
);

/** Lines that belong to the dump_stack block but carry nothing we model. */
export function isStackNoise(text: string): boolean {
  const t = text.trim();
  const first = t.charCodeAt(0);
  if (!(first < 128)) return false; // empty, or not ASCII: no noise pattern starts so
  const patterns = NOISE_BY_START[first];
  for (let i = 0; i < patterns.length; i++) if (patterns[i].test(t)) return true;
  return false;
}
