/**
 * dump_stack's block at the start of a report: `comm cpuset=` (≤4.x), `CPU:`/`Pid:`,
 * `Hardware name:`, `Call Trace:` and its frames, and the stack lines the model does not keep.
 */
import type { CpusetInfo, KernelInfo, OomEvent, StackFrame } from '../model';
import { isCallTraceHeader, isStackNoise, parseFrameList, parseStackFrame } from '../sections/callTrace';
import { parseCpuset } from '../sections/cpuset';
import { emptyKernelInfo, parseHardware, parseKernelInfo } from '../sections/kernelInfo';
import { ANY, dropLast, endsBeforeKill, storesNothing, type KindRecords } from './kind';

export interface StackReadings {
  cpuset: { cpuset: CpusetInfo };
  kernelInfo: { kernel: KernelInfo };
  hardware: { hardware: string };
  callTraceHeader: object;
  frame: { frame: StackFrame };
  /** Several frames on one line (x86_64 ≤2.6.15), maybe after `Call Trace:`. */
  frames: { frames: StackFrame[] };
  stackNoise: object;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** `Code:` bytes and register lines are long stack noise that mail wraps too. */
const REGISTER_DUMP = /^\s*(Code|RIP|RSP|R[A-D]X|R[SD]I|RBP|R\d{1,2}):/;

export const STACK_KINDS = {
  cpuset: {
    recognise: {
      line: {
        starts: ANY, // `comm cpuset=`: the comm can be anything
        classify(text, line) {
          if (!text.includes('cpuset=')) return null;
          const cpuset = parseCpuset(text, line);
          return cpuset ? { kind: 'cpuset', cpuset } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      open.event.cpuset ??= c.cpuset;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          if (open.event.cpuset === old.cpuset) open.event.cpuset = null;
        },
      },
      joinedReading: true,
    },
  },
  kernelInfo: {
    recognise: {
      line: {
        starts: 'CP',
        classify(text, line) {
          if (!text.includes('CPU:') && !text.includes('PID:') && !text.includes('Pid:')) return null;
          const kernel = parseKernelInfo(text, line);
          return kernel ? { kind: 'kernelInfo', kernel } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      applyKernelInfo(open.event, c.kernel);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          undoKernel(open.event, old.kernel.pid);
        },
      },
      joinedReading: true,
      // A full-width line cut inside the one word we do not model (the 5.14+ build id).
      tailAddsNothingHarmless: (cut, tail) => cut.lastPiece.length >= cut.widest && /^\S+$/.test(tail.trim()),
    },
  },
  hardware: {
    recognise: {
      line: {
        starts: 'H',
        classify(text) {
          if (!text.includes('Hardware name')) return null;
          const hardware = parseHardware(text);
          return hardware !== null ? { kind: 'hardware', hardware } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      (open.event.kernel ??= emptyKernelInfo(l.line)).hardware ??= c.hardware;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open) {
          if (open.event.kernel) open.event.kernel.hardware = null;
        },
      },
      joinedReading: true,
    },
  },
  callTraceHeader: {
    recognise: {
      line: {
        starts: 'C', // `Call Trace:`, `Call trace:` (the guard keeps arm32's `Backtrace:` out, as before)
        classify(text) {
          if (!text.includes('all Trace') && !text.includes('all trace')) return null;
          return isCallTraceHeader(text) ? { kind: 'callTraceHeader' } : null;
        },
      },
    },
    section: 'callTrace',
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  frame: {
    recognise: {
      line: {
        // `<IRQ>` marker, `[<address>]`, `? `, or the symbol itself (`[A-Za-z_.$]`).
        starts: '<[?_.$' + UPPER + LOWER,
        classify(text, line) {
          if (!text.includes('+0x') && !text.includes('[<')) return null;
          const frame = parseStackFrame(text, line);
          return frame ? { kind: 'frame', frame } : null;
        },
      },
    },
    section: 'callTrace',
    apply(open, c) {
      open.event.callTrace.push(c.frame);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          dropLast(open.event.callTrace, old.frame);
        },
      },
      joinedReading: true,
    },
  },
  frames: {
    recognise: {
      line: {
        starts: 'C<[', // x86_64 ≤2.6.15: `Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <...>{...}`, then more lines of them
        classify(text, line) {
          if (!text.includes('>{')) return null;
          const frames = parseFrameList(text, line);
          return frames ? { kind: 'frames', frames } : null;
        },
      },
    },
    section: 'callTrace',
    apply(open, c) {
      open.event.callTrace.push(...c.frames);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          for (let i = old.frames.length - 1; i >= 0; i--) dropLast(open.event.callTrace, old.frames[i]);
        },
      },
      joinedReading: true,
    },
  },
  stackNoise: {
    recognise: {
      line: {
        // Stack markers, x86/arm register names, `Workqueue:`, `Modules linked in:`, `Stack:`, taint
        // legend `[E]=`, raw hex stack words, `---[ end trace`.
        starts: '<[-' + DIGITS + 'abcdef' + 'RECOFGDSPWM' + 'plsxr',
        classify: (text) => (isStackNoise(text) ? { kind: 'stackNoise' } : null),
      },
    },
    section: 'callTrace',
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    wrap: {
      cut: { takesTail: 'absorbed' },
      // Any text can look like stack noise; a register dump cut by mail is the exception.
      joinedReading: (firstPiece) => REGISTER_DUMP.test(firstPiece),
    },
  },
} satisfies KindRecords<StackReadings>;

function applyKernelInfo(e: OomEvent, kernel: KernelInfo): void {
  if (e.kernel && e.kernel.version !== null) return; // a later dump_stack (panic, other CPU) is not ours
  const hardware = e.kernel?.hardware ?? kernel.hardware;
  e.kernel = { ...kernel, hardware };
  const trigger = e.trigger;
  if (trigger && trigger.pid === null && trigger.comm !== null && kernel.comm !== null && kernel.pid !== null) {
    if (sameComm(trigger.comm, kernel.comm)) trigger.pid = kernel.pid;
  }
}

/** The CPU line prints `%.20s` of a 15-char comm; compare leniently in case either was cut. */
function sameComm(a: string, b: string): boolean {
  return a === b || (a.length >= 15 && b.startsWith(a)) || (b.length >= 15 && a.startsWith(b));
}

function undoKernel(e: OomEvent, pid: number | null): void {
  if (!e.kernel) return;
  const hardware = e.kernel.hardware;
  e.kernel =
    hardware === null
      ? null
      : { ...e.kernel, version: null, build: null, cpu: null, pid: null, uid: null, comm: null, tainted: null };
  if (e.trigger && e.trigger.pid === pid) e.trigger.pid = null;
}
