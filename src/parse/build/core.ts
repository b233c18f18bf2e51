/**
 * The event builder's state machine: logical lines in, OOM events / allocation failures /
 * diagnostics out. One event is open at a time; it opens at a trigger line (or, without one, at a
 * line only an OOM report prints: that makes a `fragment`) and closes at its kill, panic or
 * "no killable" line, at the next trigger, or at the end of input.
 */
import { decideKind, isComplete, newEvent } from './event';
import { AllocFailureTracker } from './failure';
import { OrphanJoiner } from './orphan';
import { commitPending, findJoin, foldOrRestart, joinFrameStart } from './join';
import { contextOf, noteWidth, openEvent, prevLine, type OpenEvent } from './state';
import { kindOf, lineKind, type Classified } from '../kinds/index';
import type { AllocationFailure, Diagnostic, LogLine, OomEvent, Reaped } from '../model';
import { classifyLine, mayMatterOutsideEvents } from '../segment/classify';

/** Consecutive unknown lines after which an open report is taken to have ended (other logs follow). */
const MAX_PENDING = 500;
/** Recent victims a late `oom_reaper: reaped process` line may still belong to. */
const REAPER_MEMORY = 32;

/** Inside an allocation failure's dump bare Mem-Info counters are expected. */
const FAILURE_CONTEXT = { taskColumns: null, inMemcgStats: false, acceptCounters: true };

export class EventBuilderCore {
  readonly events: OomEvent[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private open: OpenEvent | null = null;
  private readonly failures = new AllocFailureTracker();
  private readonly awaitingReaper: OomEvent[] = [];
  /** A joined orphan must matter outside an event: open an event, a failure or a fragment, or be a reaper line. */
  private readonly orphans = new OrphanJoiner((kind) => lineKind(kind).outside !== 'nothing');
  /** Closed events dropped by forget() (follow mode), so event indexes go on counting. */
  private forgotten = 0;

  constructor(private readonly onEvent: (event: OomEvent) => void) {}

  get allocationFailures(): AllocationFailure[] {
    return this.failures.done;
  }

  openFirstLine(): number | null {
    return this.open ? this.open.event.firstLine : null;
  }

  feed(l: LogLine): void {
    if (isBlank(l.text)) return; // blank lines carry nothing, inside or outside a report
    const outside = !this.open && !this.failures.active;
    const mayMatter = !outside || mayMatterOutsideEvents(l.text);
    const c = mayMatter
      ? classifyLine(l.text, l.line, this.failures.active ? FAILURE_CONTEXT : contextOf(this.open))
      : null;
    if (outside && c === null) {
      // Not understood alone: maybe the second half of a wrapped line that opens an event.
      const joined = this.orphans.offer(l);
      if (joined) {
        this.noteJoin(joined.line, l);
        this.feedClassified(joined.classified, joined.line);
        if (this.open && this.open.event.firstLine === joined.line.line) {
          this.open.widest = { stamped: 0, bare: 0 }; // the joined line is no measure of the wrap width
          noteWidth(this.open, joined.line, joined.firstLength);
        }
        return;
      }
      if (!mayMatter) return;
    } else if (outside) this.orphans.forget();
    // Only lines that stand on their own tell the wrap width (tails lack the log prefix).
    if (this.open && c) noteWidth(this.open, l);
    this.feedClassified(c, l);
  }

  private feedClassified(c: Classified | null, l: LogLine): void {
    if (this.open?.closing && this.continueClosing(c, l)) return;
    if (this.failures.absorb(c, l)) return;
    if (c?.kind === 'trigger') {
      this.closeOpen(true);
      const event = newEvent(this.events.length + this.forgotten, l);
      event.trigger = c.trigger;
      this.open = openEvent(event);
      this.open.prev = prevLine(l, c);
      noteWidth(this.open, l);
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
    else if (c && kindOf(c).outside === 'opensFragment') {
      this.open = openEvent(newEvent(this.events.length + this.forgotten, l));
      noteWidth(this.open, l);
      this.feedOpen(c, l);
    } else if (!c && !this.failures.active && mayMatterOutsideEvents(l.text)) this.orphans.remember(l);
  }

  end(): void {
    this.closeOpen(true);
    this.failures.finish();
  }

  /** The input paused: an event past its kill (or panic) line ends now instead of at the next line. */
  idle(): void {
    if (this.open?.closing) this.closeOpen(false);
  }

  /** Drops what is done (closed events, finished allocation failures, diagnostics): endless input keeps nothing. */
  forget(): void {
    this.forgotten += this.events.length;
    this.events.length = 0;
    this.failures.done.length = 0;
    this.diagnostics.length = 0;
  }

  /**
   * After the kill line: a reaper line for the victim or the rest of a wrapped kill line still
   * joins, and so does a memory.oom.group kill of the victim's whole group (see OomGroupKill).
   */
  private continueClosing(c: Classified | null, l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const e = open.event;
    if (c !== null && kindOf(c).afterKill(e, c, l.line)) {
      e.lastLine = l.line;
      open.prev = prevLine(l, c); // stay open one more line: this line may be wrapped too
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
      open.pending.push(l);
      open.prev = foldOrRestart(open, l);
      if (open.pending.length > MAX_PENDING) this.closeOpen(true);
      return;
    }
    const understood = c.kind === 'frame' ? joinFrameStart(open, c, l) : c;
    commitPending(open, this.diagnostics);
    this.applyUnderstood(understood, l);
  }

  /** Moves the section state, then lets the line's kind put its reading into the event. */
  private applyUnderstood(c: Classified, l: LogLine): void {
    const open = this.open as OpenEvent;
    const kind = kindOf(c);
    const next = typeof kind.section === 'string' ? kind.section : kind.section(open.section, c);
    if (open.section === 'tasks' && next !== 'tasks') open.taskColumns = null; // the table ended
    open.section = next;
    kind.apply(open, c, l);
    open.event.lastLine = Math.max(open.event.lastLine, l.line);
    open.prev = prevLine(l, c);
    if (kind.closesEvent) open.closing = true;
  }

  private joinWrapped(l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const found = findJoin(open, l);
    if (!found) return false;
    const { prev, join } = found;
    const old = prev.classified;
    const joined = join.classified;
    // The pieces folded into the previous line were waiting as "not understood": they are understood now.
    if (prev.pieces > 0) open.pending.splice(open.pending.length - prev.pieces, prev.pieces);
    if (join.replacesPrevious && old) {
      // The joined reading is of the same kind as the one it replaces (wrap.ts).
      const cut = kindOf(old).wrap.cut;
      if (cut.takesTail === 'replacesOutOfBand') cut.replace(open.event, old, joined);
      else {
        if (cut.takesTail === 'replaces') cut.undo(open, old);
        this.applyUnderstood(joined, prev.line);
      }
    } else {
      commitPending(open, this.diagnostics);
      this.applyUnderstood(joined, prev.line);
    }
    open.event.lastLine = Math.max(open.event.lastLine, l.line);
    // Another physical piece may still follow: keep the joined text as the previous line.
    open.prev = { ...prevLine({ ...prev.line, text: join.text }, joined), lastPiece: l };
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

/** Only white space (most lines start with a printable character, which settles it at once). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}
