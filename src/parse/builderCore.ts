/**
 * The event builder's state machine: logical lines in, OOM events / allocation failures /
 * diagnostics out. One event is open at a time; it opens at a trigger line (or, without one, at a
 * line only an OOM report prints: that makes a `fragment`) and closes at its kill, panic or
 * "no killable" line, at the next trigger, or at the end of input.
 */
import { applyLine } from './builderApply';
import { decideKind, isComplete, newEvent } from './builderEvent';
import { AllocFailureTracker } from './builderFailure';
import { contextOf, openEvent, type OpenEvent } from './builderState';
import { undoReading } from './builderUndo';
import { tryJoinWrapped } from './builderWrap';
import type { AllocationFailure, Diagnostic, LogLine, OomEvent, Reaped } from './model';
import { classifyLine, mayMatterOutsideEvents, type Classified, type ClassifiedKind } from './segmentClassify';

/** Consecutive unknown lines after which an open report is taken to have ended (other logs follow). */
const MAX_PENDING = 500;
/** Recent victims a late `oom_reaper: reaped process` line may still belong to. */
const REAPER_MEMORY = 32;

/** Lines that only an OOM report prints: seen outside an event, they start a `fragment`. */
const FRAGMENT_OPENERS: ReadonlySet<ClassifiedKind> = new Set([
  'victim',
  'selection',
  'constraint',
  'panic',
  'noKillable',
  'memInfoHeader',
  'taskBanner',
  'taskHeader',
  'taskIn',
  'memcgCounter',
  'memcgStatsHeader',
]);

/** Inside an allocation failure's dump bare Mem-Info counters are expected. */
const FAILURE_CONTEXT = { taskColumns: null, inMemcgStats: false, acceptCounters: true };

export class EventBuilderCore {
  readonly events: OomEvent[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private open: OpenEvent | null = null;
  private readonly failures = new AllocFailureTracker();
  private readonly awaitingReaper: OomEvent[] = [];

  constructor(private readonly onEvent: (event: OomEvent) => void) {}

  get allocationFailures(): AllocationFailure[] {
    return this.failures.done;
  }

  openFirstLine(): number | null {
    return this.open ? this.open.event.firstLine : null;
  }

  feed(l: LogLine): void {
    if (!this.open && !this.failures.active && !mayMatterOutsideEvents(l.text)) return;
    const c = classifyLine(l.text, l.line, this.failures.active ? FAILURE_CONTEXT : contextOf(this.open));
    if (this.open?.closing && this.continueClosing(c, l)) return;
    if (this.failures.absorb(c, l)) return;
    if (c?.kind === 'trigger') {
      this.closeOpen(true);
      const event = newEvent(this.events.length, l);
      event.trigger = c.trigger;
      this.open = openEvent(event);
      this.open.prev = { line: l, classified: c };
      return;
    }
    if (c?.kind === 'allocFailure') {
      this.closeOpen(true);
      this.failures.start(c, l);
      return;
    }
    if (c?.kind === 'reaped') {
      this.attachReaped(c.reaped);
      return;
    }
    if (this.open) this.feedOpen(c, l);
    else if (c && FRAGMENT_OPENERS.has(c.kind)) {
      this.open = openEvent(newEvent(this.events.length, l));
      this.feedOpen(c, l);
    }
  }

  end(): void {
    this.closeOpen(true);
    this.failures.finish();
  }

  /** After the kill line: a reaper line for the victim or the rest of a wrapped kill line still joins. */
  private continueClosing(c: Classified | null, l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const e = open.event;
    if (c?.kind === 'reaped' && e.victim && c.reaped.pid === e.victim.pid && !e.reaped) {
      e.reaped = c.reaped;
      e.lastLine = l.line;
      this.closeOpen(false);
      return true;
    }
    if (c === null && this.joinWrapped(l)) return true;
    this.closeOpen(false);
    return false;
  }

  private feedOpen(c: Classified | null, l: LogLine): void {
    const open = this.open as OpenEvent;
    if (c === null) {
      if (this.joinWrapped(l)) return;
      if (open.section === 'tasks' && open.event.tasks && /^\s*\[/.test(l.text)) open.event.tasks.elided = true;
      open.pending.push(l);
      open.prev = { line: l, classified: null };
      if (open.pending.length > MAX_PENDING) this.closeOpen(true);
      return;
    }
    this.commitPending();
    this.applyUnderstood(c, l);
  }

  private applyUnderstood(c: Classified, l: LogLine): void {
    const open = this.open as OpenEvent;
    const outcome = applyLine(open, c, l);
    open.event.lastLine = Math.max(open.event.lastLine, l.line);
    open.prev = { line: l, classified: c };
    if (outcome === 'close') open.closing = true;
  }

  private joinWrapped(l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const prev = open.prev;
    const join = tryJoinWrapped(prev, l, contextOf(open));
    if (!prev || !join) return false;
    if (join.replacesPrevious && prev.classified) {
      if (prev.classified.kind === 'trigger' && join.classified.kind === 'trigger') {
        open.event.trigger = { ...join.classified.trigger, pid: open.event.trigger?.pid ?? null };
        open.prev = { line: prev.line, classified: join.classified };
        open.event.lastLine = Math.max(open.event.lastLine, l.line);
        this.noteJoin(prev.line, l);
        return true;
      }
      undoReading(open, prev.classified);
    } else {
      open.pending.pop(); // the first half was waiting as "not understood"
      this.commitPending();
    }
    this.applyUnderstood(join.classified, prev.line);
    open.event.lastLine = Math.max(open.event.lastLine, l.line);
    // A third physical piece may still follow: keep the joined text as the previous line.
    open.prev = { line: { ...prev.line, text: join.text }, classified: join.classified };
    this.noteJoin(prev.line, l);
    return true;
  }

  private noteJoin(first: LogLine, second: LogLine): void {
    this.diagnostics.push({
      line: second.line,
      severity: 'info',
      message: `joined hard-wrapped line ${second.line} to line ${first.line}`,
    });
  }

  private commitPending(): void {
    const open = this.open as OpenEvent;
    const unparsed = open.event.unparsedLines;
    for (const p of open.pending) {
      // Several logical lines can share one physical line (`#012`): list each physical line once.
      if (unparsed[unparsed.length - 1] !== p.line) unparsed.push(p.line);
      this.diagnostics.push({
        line: p.line,
        severity: 'warning',
        message: `line not understood inside OOM event ${open.event.index + 1}: "${preview(p.text)}"`,
      });
    }
    open.pending = [];
  }

  /** Finishes the open event; `cut` when something other than its own last line ended it. */
  private closeOpen(cut: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const e = open.event;
    if (cut && !open.closing && open.section === 'tasks' && e.tasks) e.tasks.elided = true;
    e.kind = decideKind(e, open.sawMemcgKillMessage);
    e.complete = isComplete(e);
    this.describeIncomplete(e);
    this.events.push(e);
    if (e.victim && !e.reaped) {
      this.awaitingReaper.push(e);
      if (this.awaitingReaper.length > REAPER_MEMORY) this.awaitingReaper.shift();
    }
    this.onEvent(e);
  }

  private describeIncomplete(e: OomEvent): void {
    if (e.complete) return;
    const message = e.trigger
      ? `OOM event ${e.index + 1} has no kill line: the report is cut off or was pasted in part`
      : `OOM event ${e.index + 1} is a fragment: no "invoked oom-killer" line before it (rate-limited report or partial paste)`;
    this.diagnostics.push({ line: e.firstLine, severity: e.trigger ? 'warning' : 'info', message });
  }

  /** The reaper runs after the kill and may print much later, after other lines: find its victim. */
  private attachReaped(reaped: Reaped): void {
    for (let i = this.awaitingReaper.length - 1; i >= 0; i--) {
      const e = this.awaitingReaper[i];
      if (e.victim?.pid === reaped.pid) {
        e.reaped = reaped;
        this.awaitingReaper.splice(i, 1);
        return;
      }
    }
  }
}

function preview(text: string): string {
  const t = text.trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}
