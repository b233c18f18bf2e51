/** The call trace: `Call Trace:`, its frames in every era, and the stack lines the model does not keep. */
import type { StackFrame } from '../model';
import { isCallTraceHeader, isStackNoise, parseFrameList, parseStackFrame } from '../sections/callTrace';
import { dropLast, endsBeforeKill, storesNothing, type KindRecords } from './kind';

export interface CallTraceReadings {
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

export const CALL_TRACE_KINDS = {
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
    inKernelBug: true,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  frame: {
    recognise: {
      line: {
        // `<IRQ>` marker, `[<address>]`, `? `, the symbol itself (`[A-Za-z_.$]`), arm32's `(func) from [<…>]`.
        starts: '<[?_.$(' + UPPER + LOWER,
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
    inKernelBug: true,
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
    inKernelBug: true,
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
        // legend `[E]=` / `Tainted: [C]=`, raw hex stack words, `---[ end trace`, `[ cut here ]`, ≤2.6.24's `=====`.
        starts: '<[-=' + DIGITS + 'abcdef' + 'RECOFGDSPWMT' + 'plsxr',
        classify: (text) => (isStackNoise(text) ? { kind: 'stackNoise' } : null),
      },
    },
    section: 'callTrace',
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: true,
    wrap: {
      cut: { takesTail: 'absorbed' },
      // Any text can look like stack noise; a register dump cut by mail is the exception.
      joinedReading: (firstPiece) => REGISTER_DUMP.test(firstPiece),
    },
  },
} satisfies KindRecords<CallTraceReadings>;
