/**
 * `page allocation failure` warnings: listed apart, never events. Their dump (stack, Mem-Info,
 * zones, buddy lists, RAM summary) runs until the first line that is not part of such a dump, so
 * a Mem-Info after the warning is the warning's, not an OOM event's.
 */
import type { AllocationFailure, LogLine } from '../model';
import { kindOf, type Classified } from '../kinds/index';

/** SLUB's own report that often follows a failed slab allocation (mm/slub.c slab_out_of_memory). */
const SLUB_TAIL = /^\s*(SLUB: Unable to allocate memory on node|cache: .*object size:|node \d+: slabs:)/;

export class AllocFailureTracker {
  readonly done: AllocationFailure[] = [];
  private current: AllocationFailure | null = null;

  get active(): boolean {
    return this.current !== null;
  }

  start(c: Classified<'allocFailure'>, l: LogLine): void {
    this.finish();
    this.current = {
      firstLine: l.line,
      lastLine: l.line,
      comm: c.comm,
      gfpMask: c.gfpMask,
      order: c.order,
      time: l.time,
      uptime: l.uptime,
    };
  }

  /** True when the line belongs to the running failure's dump; otherwise the failure is finished. */
  absorb(c: Classified | null, l: LogLine): boolean {
    if (!this.current) return false;
    if ((c && kindOf(c).inFailureDump) || (!c && SLUB_TAIL.test(l.text))) {
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
