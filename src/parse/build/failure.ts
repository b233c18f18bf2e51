/**
 * `page allocation failure` warnings: listed apart, never events. Their dump (stack, Mem-Info,
 * zones, buddy lists, RAM summary) runs until the first line that is not part of such a dump, so
 * a Mem-Info after the warning is the warning's, not an OOM event's.
 */
import type { AllocationFailure, LogLine } from '../model';
import type { Classified, ClassifiedKind } from '../segment/classify';

const DUMP_KINDS: ReadonlySet<ClassifiedKind> = new Set([
  'cpuset',
  'kernelInfo',
  'hardware',
  'callTraceHeader',
  'frame',
  'frames',
  'stackNoise',
  'memInfoHeader',
  'memInfoCounters',
  'perCpu',
  'nodeInfo',
  'zone',
  'lowmemReserve',
  'buddy',
  'hugepages',
  'summary',
  'ignoredSummary',
  'knownNoise',
]);

/** SLUB's own report that often follows a failed slab allocation (mm/slub.c slab_out_of_memory). */
const SLUB_TAIL = /^\s*(SLUB: Unable to allocate memory on node|cache: .*object size:|node \d+: slabs:)/;

export class AllocFailureTracker {
  readonly done: AllocationFailure[] = [];
  private current: AllocationFailure | null = null;

  get active(): boolean {
    return this.current !== null;
  }

  start(c: Extract<Classified, { kind: 'allocFailure' }>, l: LogLine): void {
    this.finish();
    this.current = { firstLine: l.line, lastLine: l.line, comm: c.comm, gfpMask: c.gfpMask, order: c.order };
  }

  /** True when the line belongs to the running failure's dump; otherwise the failure is finished. */
  absorb(c: Classified | null, l: LogLine): boolean {
    if (!this.current) return false;
    if ((c && DUMP_KINDS.has(c.kind)) || (!c && SLUB_TAIL.test(l.text))) {
      this.current.lastLine = l.line;
      return true;
    }
    this.finish();
    return false;
  }

  finish(): void {
    if (this.current) this.done.push(this.current);
    this.current = null;
  }
}
