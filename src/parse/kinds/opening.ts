/**
 * The lines that open something: the OOM report's `invoked oom-killer:` header and the
 * allocation-failure warnings (`page allocation failure`, `vmalloc: allocation failure`, `vmemmap alloc
 * failure`, …). The builder (build/core.ts) acts on them itself: a trigger opens a new event, a failure
 * starts a dump that is listed apart.
 */
import type { Trigger } from '../model';
import { parseAllocFailure, type AllocFailureLine } from '../sections/allocFailure';
import { parseTrigger } from '../sections/trigger';
import { ANY, endsBeforeKill, storesNothing, type KindRecords } from './kind';

export interface OpeningReadings {
  trigger: { trigger: Trigger };
  allocFailure: AllocFailureLine;
}

export const OPENING_KINDS = {
  trigger: {
    recognise: {
      line: {
        starts: ANY, // the comm before `invoked oom-killer:` can be anything
        classify(text, line) {
          if (!text.includes('oom-killer')) return null;
          const trigger = parseTrigger(text, line);
          return trigger ? { kind: 'trigger', trigger } : null;
        },
      },
    },
    section: 'none',
    // The builder opens a new event at a trigger. One reaching apply was joined from two lines
    // nobody understood inside an open event: it changes nothing there.
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensEvent',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replacesOutOfBand',
        // The event's trigger is set when the builder opens it; a pid found on the CPU line since stays.
        replace(event, _old, joined) {
          event.trigger = { ...joined.trigger, pid: event.trigger?.pid ?? null };
        },
      },
      joinedReading: true,
    },
  },
  allocFailure: {
    recognise: {
      line: {
        starts: ANY,
        classify(text) {
          if (!text.includes('alloc') || (!text.includes('fail') && !text.includes('vmalloc error'))) return null;
          const failure = parseAllocFailure(text);
          return failure ? { kind: 'allocFailure', ...failure } : null;
        },
      },
    },
    section: 'none',
    // The builder closes the open event and starts a failure; none reaches apply but a joined one (ignored).
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFailure',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
} satisfies KindRecords<OpeningReadings>;
