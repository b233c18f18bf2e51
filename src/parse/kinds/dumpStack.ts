/**
 * The start of dump_stack's block: `comm cpuset=` (2.6.32–4.20, its own line), the `CPU:`/`Pid:`
 * identification line and `Hardware name:`.
 */
import type { CpusetInfo, KernelInfo, OomEvent } from '../model';
import { parseCpuset } from '../sections/cpuset';
import { emptyKernelInfo, parseHardware, parseKernelInfo } from '../sections/kernelInfo';
import { ANY, endsBeforeKill, type KindRecords } from './kind';

export interface DumpStackReadings {
  cpuset: { cpuset: CpusetInfo };
  kernelInfo: { kernel: KernelInfo };
  hardware: { hardware: string };
}

export const DUMP_STACK_KINDS = {
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
    inKernelBug: false,
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
    inKernelBug: true,
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
    inKernelBug: true,
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
} satisfies KindRecords<DumpStackReadings>;

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
