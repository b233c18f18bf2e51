/** Reports that end without a kill: an OOM panic, or "Out of memory and no killable processes". */
import type { PanicInfo } from '../model';
import { isNoKillable, parsePanic } from '../sections/kill';
import { endsBeforeKill, type KindRecords } from './kind';

export interface PanicReadings {
  panic: { panic: PanicInfo };
  noKillable: object;
}

export const PANIC_KINDS = {
  panic: {
    recognise: {
      line: {
        starts: 'KOSo', // `Kernel panic - not syncing: `, `Out of memory`, `System is deadlocked`, `out of memory`
        classify(text, line) {
          if (!text.includes('panic') && !text.includes('deadlocked')) return null;
          const panic = parsePanic(text, line);
          return panic ? { kind: 'panic', panic } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      open.event.panic = c.panic;
      if (isNoKillable(l.text)) open.event.noKillable = true;
    },
    closesEvent: true,
    // `Out of memory and no killable processes...` then `Kernel panic - not syncing: System is deadlocked on
    // memory` (4.19+ mm/oom_kill.c out_of_memory): the panic ends the same report.
    afterKill(open, c) {
      if (open.event.panic) return false;
      open.event.panic = c.panic;
      return 'recorded';
    },
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  noKillable: {
    recognise: {
      line: {
        starts: 'KO',
        classify: (text) => (text.includes('killable') && isNoKillable(text) ? { kind: 'noKillable' } : null),
      },
    },
    section: 'none',
    apply(open) {
      open.event.noKillable = true;
    },
    closesEvent: true,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
} satisfies KindRecords<PanicReadings>;
