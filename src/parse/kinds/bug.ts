/**
 * A kernel bug inside or right after an OOM report (an Oops in the reaper, a BUG in `__show_mem`, a KASAN
 * report, a WARNING): its first line, the line that names where it happened, and a panic that is not an
 * OOM panic (`Kernel panic - not syncing: Fatal exception`). The builder reads the bug's own stack lines
 * (kinds with `inKernelBug`) into the bug, not into the event (build/bug.ts).
 */
import type { KernelBug, PanicInfo } from '../model';
import { parseBugLocation, parseKernelBug } from '../sections/kernelBug';
import { storesNothing, type KindRecords } from './kind';

export interface BugReadings {
  kernelBug: { bug: KernelBug };
  bugLocation: { function: string };
  otherPanic: { panic: PanicInfo };
}

/** `Kernel panic - not syncing: ` (kernel/panic.c). The OOM panics are `panic.line`'s, asked before. */
const PANIC_PREFIX = 'Kernel panic - not syncing: ';
/** The reasons of the OOM panics (sections/kill.ts parsePanic), cut anywhere after their first word. */
const OOM_PANIC_START = /^(?:[Oo]ut(?: |$)|System(?: |$))/;

/** The words a bug's first line starts with (the cheap test before parseKernelBug). */
const BUG_START = /^(?:BUG: |kernel BUG|Unable to handle|Oops|Internal error|general protection|WARNING: |UBSAN: )/;

export const BUG_KINDS = {
  kernelBug: {
    recognise: {
      line: {
        // `BUG:`, `kernel BUG at`, `Unable to handle kernel`, `Oops:`, `Internal error: Oops`,
        // `general protection fault`, `WARNING:`, `UBSAN:`
        starts: 'BkUOIgW',
        classify(text, line) {
          if (!BUG_START.test(text)) return null;
          const bug = parseKernelBug(text, line);
          return bug ? { kind: 'kernelBug', bug } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      (open.event.kernelBugs ??= []).push(c.bug);
    },
    closesEvent: false,
    // A bug right after the kill line (the reaper's Oops) belongs to the report it interrupts.
    afterKill(open, c) {
      (open.event.kernelBugs ??= []).push(c.bug);
      return 'recorded';
    },
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: true,
    wrap: {
      cut: {
        takesTail: 'replacesOutOfBand',
        // `Unable to handle kernel NULL pointer dereference at virtual` + `address 0000000000000328`
        replace(event, old, joined) {
          const bugs = event.kernelBugs ?? [];
          const at = bugs.indexOf(old.bug);
          if (at >= 0) bugs[at] = { ...joined.bug, function: old.bug.function ?? joined.bug.function };
        },
      },
      joinedReading: true,
    },
  },
  bugLocation: {
    recognise: {
      line: {
        starts: 'REPpN', // `RIP: 0010:f+0x…`, `EIP is at`, `PC is at`, `pc : `, `NIP [`
        classify(text) {
          if (!text.includes('+0x')) return null;
          const fn = parseBugLocation(text);
          return fn !== null ? { kind: 'bugLocation', function: fn } : null;
        },
      },
    },
    section: 'callTrace',
    // Outside a bug's report it is register noise of a stack dump (an NMI backtrace of another CPU).
    apply: storesNothing,
    closesEvent: false,
    afterKill: () => false,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: true,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: false },
  },
  otherPanic: {
    recognise: {
      line: {
        starts: 'K',
        classify(text, line) {
          if (!text.startsWith(PANIC_PREFIX)) return null;
          // An OOM panic cut short (`… System is deadlocked on memor`) is `panic.line`'s once its tail is joined.
          if (OOM_PANIC_START.test(text.slice(PANIC_PREFIX.length))) return null;
          return { kind: 'otherPanic', panic: { message: text.trim(), line } };
        },
      },
    },
    section: 'none',
    // Inside a report before its kill: the machine stopped there (a bug's `Fatal exception`): nothing to keep.
    apply: storesNothing,
    closesEvent: false,
    // After the kill: what the kill led to (`Attempted to kill init!`, an Oops's `Fatal exception`).
    afterKill(open, c) {
      if (open.event.panic) return false;
      open.event.panic = c.panic;
      return 'recorded';
    },
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: true,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: true },
  },
} satisfies KindRecords<BugReadings>;
