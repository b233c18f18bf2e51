/**
 * Allocation-failure warnings (`page allocation failure`, `vmalloc: allocation failure`, `vmemmap alloc
 * failure`, …): listed apart, never events. Their dump (stack, Mem-Info, zones, buddy lists, RAM summary)
 * runs until the first line that is not part of such a dump and is read into the warning itself, by the
 * same line kinds as an event's, so a Mem-Info after the warning is the warning's, never an OOM fragment.
 */
import { emptyEvent } from './emptyEvent';
import { kindOf, type Classified } from '../kinds/index';
import type { EventInProgress } from '../kinds/kind';
import type { AllocationFailure, LogLine } from '../model';
import { parseAllocFailure } from '../sections/allocFailure';
import { mayMatterOutsideEvents } from '../segment/classify';

/** SLUB's own report that often follows a failed slab allocation (mm/slub.c slab_out_of_memory). */
const SLUB_TAIL = /^\s*(SLUB: Unable to allocate memory on node|cache: .*object size:|node \d+: slabs:)/;
/**
 * Lines no rule understands in a row inside a warning's dump (a stack format the parser does not read, like
 * 3.x arm's `Function entered at [<c0011e48>] from [<c03b1630>]`): the dump goes on after them when its next
 * line is a dump line, so its Mem-Info stays the warning's.
 */
const MAX_UNKNOWN_IN_DUMP = 40;

interface FailureInProgress {
  failure: AllocationFailure;
  /** The warning's own line while its next line may still be its wrapped tail. */
  firstText: string | null;
  /** Lines not understood since the last line of the dump. */
  unknownRun: number;
  /** The warning's dump, read by the line kinds as they read an event's. */
  dump: EventInProgress;
}

export class AllocFailureTracker {
  readonly done: AllocationFailure[] = [];
  private current: FailureInProgress | null = null;

  get active(): boolean {
    return this.current !== null;
  }

  start(c: Classified<'allocFailure'>, l: LogLine): void {
    const running = this.current;
    // ≤4.11 `warn_alloc_failed` printed the caller's words (`vmalloc: allocation failure, allocated …`) on a
    // line of their own, then the page-allocation line: one warning.
    if (running && running.failure.gfpMask === null && running.failure.lastLine === l.line - 1) {
      const f = running.failure;
      f.comm ??= c.comm;
      f.gfpMask = c.gfpMask;
      f.gfpPrinted ??= c.gfpPrinted;
      f.order ??= c.order;
      f.lastLine = l.line;
      return;
    }
    this.finish();
    const failure: AllocationFailure = {
      firstLine: l.line,
      lastLine: l.line,
      comm: c.comm,
      gfpMask: c.gfpMask,
      order: c.order,
      warning: c.warning,
      gfpPrinted: c.gfpPrinted,
      kernel: null,
      callTrace: [],
      time: l.time,
      uptime: l.uptime,
    };
    const dump = { event: emptyEvent(), sawMemcgKillMessage: false, section: 'none' as const, taskColumns: null };
    this.current = { failure, firstText: l.text, unknownRun: 0, dump: { ...dump, statsTaken: false, lateDump: null } };
  }

  /** True when the line belongs to the running failure's dump (and is read into it); otherwise the failure is finished. */
  absorb(c: Classified | null, l: LogLine): boolean {
    const running = this.current;
    if (!running) return false;
    if (c?.kind === 'allocFailure') return false; // start() decides: the same warning's next line, or a new one
    const first = running.firstText;
    running.firstText = null;
    if (!c && first !== null && l.source === undefined && this.joinTail(running, first, l)) return true;
    if (c && kindOf(c).inFailureDump) {
      const kind = kindOf(c);
      const dump = running.dump;
      dump.section = typeof kind.section === 'string' ? kind.section : kind.section(dump.section, c);
      kind.apply(dump, c, l);
      running.failure.lastLine = l.line;
      running.unknownRun = 0;
      return true;
    }
    if (!c && SLUB_TAIL.test(l.text)) {
      running.failure.lastLine = l.line;
      return true;
    }
    // A line with an OOM word may be the first half of a wrapped report header: it is not the dump's.
    if (!c && l.source === undefined && !mayMatterOutsideEvents(l.text) && ++running.unknownRun <= MAX_UNKNOWN_IN_DUMP)
      return true;
    this.finish();
    return false;
  }

  /**
   * The warning's line cut by a wrap (`…, mode:0x4` + `cc0(GFP_KERNEL|…), nodemask=(null)`): the joined line is
   * read again, so a mask cut short is not taken for the whole one.
   */
  private joinTail(running: FailureInProgress, first: string, l: LogLine): boolean {
    const f = running.failure;
    for (const text of [first + l.text, first.trimEnd() + ' ' + l.text.trimStart()]) {
      const joined = parseAllocFailure(text);
      if (!joined || joined.warning !== f.warning || joined.gfpPrinted === null || f.gfpPrinted !== null) continue;
      Object.assign(f, {
        comm: joined.comm,
        gfpMask: joined.gfpMask,
        gfpPrinted: joined.gfpPrinted,
        order: joined.order,
        lastLine: l.line,
      });
      return true;
    }
    return false;
  }

  finish(): void {
    const running = this.current;
    this.current = null;
    if (!running) return;
    const { failure, dump } = running;
    const e = dump.event;
    failure.kernel = e.kernel;
    failure.callTrace = e.callTrace;
    if (e.memInfo) failure.memInfo = e.memInfo;
    if (e.nodes.length) failure.nodes = e.nodes;
    if (e.zones.length) failure.zones = e.zones;
    if (e.buddy.length) failure.buddy = e.buddy;
    if (Object.keys(e.summary.lines).length) failure.summary = e.summary;
    this.done.push(failure);
  }
}
