/**
 * Pastes newest first (`journalctl -r`, log viewers that sort descending, a console scrolled back and
 * copied upward): a report arrives kill line first and header last. Read as it comes it falls apart
 * into fragments (a kill line, a task table without its header, a headless Mem-Info, a header without
 * a report), so a kill line seen while no report is open is held with the lines after it until the
 * order is clear:
 * - a later time on a following line, or a second kill before anything of a report, or nothing
 *   report-like in the lines after it: forward, the lines go on as they came;
 * - the sections of a report going backwards (task rows before their header, frames before
 *   `Call Trace:`, zones after their buddy lists, …) or times going down: newest first. At the header
 *   (or the end of the input) the held lines go to the builder oldest first. Line numbers stay the
 *   physical ones (the event's first and last lines are its lowest and highest).
 */
import type { ClassifiedKind } from '../kinds/index';
import type { Diagnostic, LogLine } from '../model';
import { classifyLine, mayMatterOutsideEvents } from '../segment/classify';

/** Lines held at most while the order is not clear (a report with a task table of a few thousand rows). */
const MAX_HELD = 4000;

/** Where each block stands in a report printed oldest first (OOM-FORMAT.md §2); kinds not listed do not tell. */
const RANK: Partial<Record<ClassifiedKind, number>> = {
  trigger: 0,
  cpuset: 1,
  kernelInfo: 2,
  hardware: 3,
  callTraceHeader: 4,
  frame: 5,
  frames: 5,
  memInfoHeader: 6,
  memcgCounter: 6,
  taskIn: 6,
  memInfoCounters: 7,
  memcgStatsHeader: 7,
  nodeInfo: 8,
  zone: 9,
  buddy: 10,
  hugepages: 11,
  summary: 12,
  taskBanner: 13,
  taskHeader: 14,
  constraint: 16,
  selection: 17,
  victim: 18,
  reaped: 19,
};
const TASK_ROW_RANK = 15;
const TASK_ROW = /^\[\s*\d+\]\s+\d/;
/** What a line is, as far as its order goes, with no event around it (counters accepted: a dump may lead). */
const ANY_CONTEXT = { taskColumns: null, inMemcgStats: false, acceptCounters: true };
/** The lines the kernel prints last in a report: a reversed paste starts with one. */
const LAST_LINES: ReadonlySet<ClassifiedKind> = new Set(['victim', 'reaped', 'panic', 'noKillable']);
/** Held lines in a row that say nothing about a report: whatever the held line was, it stood alone. */
const MAX_QUIET_RUN = 200;

export class ReversedPasteReader {
  private held: LogLine[] = [];
  private lastRank = -1;
  private backwards = 0;
  private forwards = 0;
  private reportLines = 0;
  private quietRun = 0;
  private startKind: ClassifiedKind = 'victim';
  /** The first held line's stamp and what it was read from (seconds since boot, or time of day). */
  private firstStamp: number | null = null;
  private stampKind: 'uptime' | 'clock' = 'uptime';

  /** `readiness`: whether a kill line now may start a reversed report (EventBuilderCore.readiness). */
  constructor(
    private readonly next: (l: LogLine) => void,
    private readonly readiness: () => 'idle' | 'closing' | 'busy',
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** First physical line held, or null: the quiet filter must let the lines after it through. */
  firstHeldLine(): number | null {
    return this.held.length > 0 ? this.held[0].line : null;
  }

  feed(l: LogLine): void {
    if (this.held.length === 0) {
      const ready = this.readiness();
      if (ready === 'busy' || !mayMatterOutsideEvents(l.text)) return this.next(l);
      const c = classifyLine(l.text, l.line, ANY_CONTEXT);
      if (!c || !LAST_LINES.has(c.kind) || l.source !== undefined) return this.next(l);
      // After an event's kill line only a new kill may start another (its reaper line or panic are its own).
      if (ready === 'closing' && c.kind !== 'victim') return this.next(l);
      this.start(l, c.kind);
      return;
    }
    const stamp = stampOf(l, this.stampKind);
    if (stamp !== null && this.firstStamp !== null && stamp > this.firstStamp) return this.release(false, l);
    if (stamp !== null && this.firstStamp !== null && stamp < this.firstStamp) this.backwards++;
    const row = TASK_ROW.test(l.text);
    const kind = row ? null : classifyLine(l.text, l.line, ANY_CONTEXT)?.kind;
    const rank = row ? TASK_ROW_RANK : kind ? RANK[kind] : undefined;
    if (kind === 'trigger') {
      this.held.push(l);
      return this.release(this.reversed());
    }
    // Two kill lines in a row: lone kills (rate-limited reports), not a report read backwards.
    if (kind === 'victim' && this.startKind === 'victim' && this.reportLines === 0) return this.release(false, l);
    this.held.push(l);
    if (rank !== undefined) {
      this.reportLines++;
      this.quietRun = 0;
      if (rank < this.lastRank) this.backwards++;
      else if (rank > this.lastRank) this.forwards++;
      this.lastRank = rank;
    } else if (++this.quietRun > MAX_QUIET_RUN) return this.release(this.reversed());
    if (this.held.length >= MAX_HELD) this.release(this.reversed());
  }

  /** End of input (or a pause in follow mode): the held lines go on in the order the evidence says. */
  flush(): void {
    if (this.held.length > 0) this.release(this.reversed());
  }

  private start(l: LogLine, kind: ClassifiedKind): void {
    this.held = [l];
    this.startKind = kind;
    this.lastRank = RANK[kind] ?? RANK.victim!;
    this.backwards = 0;
    this.forwards = 0;
    this.reportLines = 0;
    this.quietRun = 0;
    this.stampKind = l.uptime !== null ? 'uptime' : 'clock';
    this.firstStamp = stampOf(l, this.stampKind);
  }

  /** Newest first: more steps back through the report's sections than forward, and at least two. */
  private reversed(): boolean {
    return this.backwards >= 2 && this.backwards > 2 * this.forwards;
  }

  private release(reversed: boolean, after?: LogLine): void {
    const held = this.held;
    this.held = [];
    if (reversed) {
      const first = held[0].line;
      const last = held[held.length - 1].line;
      this.diagnostics.push({
        line: first,
        severity: 'info',
        message: `lines ${first}-${last} are newest first (a reversed paste): read oldest first`,
      });
      for (let i = held.length - 1; i >= 0; i--) this.next(held[i]);
    } else for (const h of held) this.next(h);
    if (after) this.feed(after);
  }
}

/** Seconds of a line's stamp of the given kind (uptime, or the time of day a syslog or time-only stamp shows), or null. */
function stampOf(l: LogLine, kind: 'uptime' | 'clock'): number | null {
  if (kind === 'uptime') return l.uptime;
  const m = l.time ? /(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d+))?/.exec(l.time) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(`0.${m[4] ?? 0}`) : null;
}
