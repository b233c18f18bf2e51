/**
 * The event builder's state machine: logical lines in, OOM events / allocation failures /
 * diagnostics out. One event is open at a time; it opens at a trigger line (or, without one, at a
 * line only an OOM report prints: that makes a `fragment`) and closes at its kill, panic or
 * "no killable" line (with what still belongs after it), at the next trigger, or at the end of input.
 */
import { finishBug, readBugLine, startBug } from './bug';
import { addCut, decideKind, isComplete, newEvent, provenCuts } from './event';
import { AllocFailureTracker } from './failure';
import { weightOf } from './gain';
import { OrphanJoiner } from './orphan';
import { commitPending, findJoin, foldOrRestart, joinFrameStart } from './join';
import { contextOf, noteWidth, openEvent, prevLine, type OpenEvent } from './state';
import { kindOf, lineKind, type Classified } from '../kinds/index';
import type { AllocationFailure, BalloonNote, Diagnostic, KillEcho, LogLine, OomEvent, Reaped, Victim } from '../model';
import { classifyLine, mayMatterOutsideEvents } from '../segment/classify';

/** Consecutive unknown lines after which an open report is taken to have ended (other logs follow). */
const MAX_PENDING = 500;
/** Recent victims a late `oom_reaper: reaped process` line or another program's echo may still belong to. */
const REAPER_MEMORY = 32;
/**
 * After the kill (or panic) line, lines nobody understands that may come before the rest of the report:
 * a kernel bug in the reaper, the panic, a Mem-Info dump printed late (009: two vendor lines, then an Oops).
 */
const AFTER_KILL_LINES = 8;
/** A balloon driver's line this many lines before a report is kept on it. */
const BALLOON_LOOKBACK = 200;
/** Another program's line right after a kill that reports an OOM kill in its own words (systemd, containerd). */
const OOM_NOTICE = /\bOOM\b|TaskOOM|OOMKill|oom[- _]?kill|out of memory/i;

/** Inside an allocation failure's dump bare Mem-Info counters are expected. */
const FAILURE_CONTEXT = { taskColumns: null, inMemcgStats: false, acceptCounters: true };

export class EventBuilderCore {
  readonly events: OomEvent[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private open: OpenEvent | null = null;
  private readonly failures = new AllocFailureTracker();
  private readonly awaitingReaper: OomEvent[] = [];
  /** Recent events with a kill, for echoes of it in other programs' lines. */
  private readonly recentKills: OomEvent[] = [];
  /** Echoes of a kill whose event has not been seen (yet). */
  private readonly pendingEchoes: { pid: number; echo: KillEcho }[] = [];
  /** Balloon lines outside events, for the report that may follow. */
  private balloonNotes: BalloonNote[] = [];
  /** A joined orphan must matter outside an event: open an event, a failure or a fragment, or be a reaper line. */
  private readonly orphans = new OrphanJoiner((kind) => lineKind(kind).outside !== 'nothing');
  /** Closed events dropped by forget() (follow mode), so event indexes go on counting. */
  private forgotten = 0;

  constructor(private readonly onEvent: (event: OomEvent) => void) {}

  get allocationFailures(): AllocationFailure[] {
    return this.failures.done;
  }

  openFirstLine(): number | null {
    if (!this.open) return null;
    const held = this.open.held;
    return held.length > 0 ? Math.min(this.open.event.firstLine, held[0].line) : this.open.event.firstLine;
  }

  /**
   * What a new report could start now: anything while no event is open and no allocation failure's dump runs
   * ('idle'), only a new kill while an event is past its own kill line ('closing'), nothing otherwise.
   */
  get readiness(): 'idle' | 'closing' | 'busy' {
    if (this.failures.active) return 'busy';
    if (!this.open) return 'idle';
    return this.open.closing ? 'closing' : 'busy';
  }

  feed(l: LogLine): void {
    if (isBlank(l.text)) return; // blank lines carry nothing, inside or outside a report
    const outside = !this.open && !this.failures.active;
    const mayMatter = !outside || mayMatterOutsideEvents(l.text);
    let c = mayMatter
      ? classifyLine(l.text, l.line, this.failures.active ? FAILURE_CONTEXT : contextOf(this.open))
      : null;
    if (c !== null && l.source !== undefined) c = foreignReading(c, l.source);
    if (outside && c === null) {
      // Not understood alone: maybe the second half of a wrapped line that opens an event.
      const joined = l.source === undefined ? this.orphans.offer(l) : null;
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
    if (c?.kind === 'killEcho') {
      this.noteEcho(c.pid, { source: c.source, line: l.line });
      return;
    }
    if (this.failures.absorb(c, l)) return;
    if (c?.kind === 'trigger') {
      this.closeOpen(true);
      const event = newEvent(this.events.length + this.forgotten, l);
      event.trigger = c.trigger;
      this.openNew(event, l);
      this.open!.prev = prevLine(l, c);
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
    if (c?.kind === 'victim' && !this.open && this.repeatsKill(c.victim)) {
      // The same kill line again (another program's message cut from its prefix, a paste twice): not a new kill.
      this.noteEcho(c.victim.pid, { source: null, line: l.line });
      return;
    }
    if (this.open) this.feedOpen(c, l);
    else if (c && kindOf(c).outside === 'opensFragment') {
      this.openNew(newEvent(this.events.length + this.forgotten, l), l);
      this.feedOpen(c, l);
    } else if (c && kindOf(c).outside === 'notedForNextEvent' && c.kind === 'balloon') {
      this.balloonNotes.push(c.note);
      if (this.balloonNotes.length > 8) this.balloonNotes.shift();
    } else if (!c && !this.failures.active && mayMatterOutsideEvents(l.text)) this.orphans.remember(l);
  }

  private openNew(event: OomEvent, l: LogLine): void {
    this.open = openEvent(event);
    noteWidth(this.open, l);
    if (l.pagerCut) addCut(event, 'pager', l.line);
    const near = this.balloonNotes.filter((b) => b.line >= l.line - BALLOON_LOOKBACK);
    if (near.length > 0) event.balloon = near;
    this.balloonNotes = [];
  }

  end(): void {
    if (this.open) this.open.held = []; // nothing follows them: they stay outside the report
    this.closeOpen(true);
    this.failures.finish();
    for (const { pid, echo } of this.pendingEchoes) {
      this.diagnostics.push({
        line: echo.line,
        severity: 'info',
        message: `line ${echo.line} quotes the kill of process ${pid}${echo.source ? ` (${echo.source})` : ''}, whose OOM report is not in this input`,
      });
    }
    this.pendingEchoes.length = 0;
  }

  /** The input paused: an event past its kill (or panic) line ends now instead of at the next line. */
  idle(): void {
    if (this.open?.closing) this.closeAfterKill();
  }

  /** Drops what is done (closed events, finished allocation failures, diagnostics): endless input keeps nothing. */
  forget(): void {
    this.forgotten += this.events.length;
    this.events.length = 0;
    this.failures.done.length = 0;
    this.diagnostics.length = 0;
  }

  /**
   * After the kill line: what still belongs to the report (its kinds' `afterKill`: a reaper line, a
   * memory.oom.group kill, the panic, a late Mem-Info dump, a kernel bug, a balloon line), the rest of a
   * wrapped line, the bug being read, another program's note of the kill. A few lines nobody understands
   * may come between (held); the report ends at the first line that is something else.
   */
  private continueClosing(c: Classified | null, l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const e = open.event;
    // The rest of the last line of the event (a wrapped kill line); once lines are held, of the last held one.
    if (c === null && l.source === undefined && open.held.length === 0 && this.joinWrapped(l)) return true;
    if (open.bug && this.readBug(c, l)) return true;
    if (c?.kind === 'killEcho') {
      this.noteEcho(c.pid, { source: c.source, line: l.line });
      return true;
    }
    if (c === null) {
      if (l.source !== undefined && OOM_NOTICE.test(l.text)) {
        (e.echoes ??= []).push({ source: l.source, line: l.line });
        return true;
      }
      const joined = l.source === undefined ? this.joinHeld(open, l) : null;
      if (joined) {
        // The held line and this one are one line a wrap cut in two (a reaper line, the panic).
        const first = open.held.pop() as LogLine;
        if (this.continueClosing(joined.classified, joined.line)) {
          this.noteJoin(first, l);
          return true;
        }
        // Not the event's after all (it closed): both pieces are read again outside it, where they join.
        this.feed(first);
        this.feed(l);
        return true;
      }
      if (l.line - open.lastOwn <= AFTER_KILL_LINES) {
        open.held.push(l);
        return true;
      }
      this.closeAfterKill();
      return false;
    }
    const after = kindOf(c).afterKill(open, c, l);
    if (after === false) {
      this.closeAfterKill();
      return false;
    }
    this.takeHeld(open);
    if (after === 'apply') this.applyUnderstood(c, l);
    else {
      e.lastLine = Math.max(e.lastLine, l.line);
      e.firstLine = Math.min(e.firstLine, l.line);
      open.prev = prevLine(l, c); // stay open one more line: this line may be wrapped too
      if (l.pagerCut) addCut(e, 'pager', l.line);
    }
    if (c.kind === 'kernelBug') open.bug = startBug(e);
    open.lastOwn = l.line;
    return true;
  }

  /** The last held line and `l` read as one line (a hard wrap, or a break at a space), when that makes sense. */
  private joinHeld(open: OpenEvent, l: LogLine): { classified: Classified; line: LogLine } | null {
    const last = open.held[open.held.length - 1];
    if (!last || last.line !== l.line - 1 || last.source !== undefined) return null;
    let best: { classified: Classified; line: LogLine; weight: number } | null = null;
    for (const text of [last.text + l.text, last.text.trimEnd() + ' ' + l.text.trimStart()]) {
      const classified = classifyLine(text, last.line, contextOf(open));
      if (!classified || !kindOf(classified).wrap.joinedReading) continue;
      const weight = weightOf(classified);
      if (!best || weight >= best.weight + 0.5) best = { classified, line: { ...last, text }, weight };
    }
    return best;
  }

  /** The held lines turned out to be inside the report: lines of it nobody understood (other programs' excepted). */
  private takeHeld(open: OpenEvent): void {
    if (open.held.length === 0) return;
    open.pending.push(...open.held.filter((h) => h.source === undefined));
    open.held = [];
    commitPending(open, this.diagnostics);
  }

  /** Ends an event past its kill line; the lines it held were not its own and are read again outside it. */
  private closeAfterKill(): void {
    const held = this.open?.held ?? [];
    if (this.open) this.open.held = [];
    this.closeOpen(false);
    for (const h of held) this.feed(h);
  }

  private feedOpen(c: Classified | null, l: LogLine): void {
    const open = this.open as OpenEvent;
    if (open.event.trigger) open.linesAfterTrigger++;
    if (c === null && l.source !== undefined) {
      // Another program's line inside the report: not the report's, not damage either.
      if (++open.foreignLines > MAX_PENDING) this.closeOpen(true);
      return;
    }
    if (c === null && this.joinWrapped(l)) return;
    if (open.bug && this.readBug(c, l)) return;
    if (c === null) {
      open.pending.push(l);
      open.prev = foldOrRestart(open, l);
      if (open.pending.length > MAX_PENDING) this.closeOpen(true);
      return;
    }
    open.foreignLines = 0;
    const understood = c.kind === 'frame' ? joinFrameStart(open, c, l) : c;
    commitPending(open, this.diagnostics);
    if (open.linesAfterTrigger === 1) this.checkAfterHeader(understood, l);
    this.applyUnderstood(understood, l);
    if (understood.kind === 'kernelBug') open.bug = startBug(open.event);
  }

  /**
   * The line right after a 2.6.36+ header (`oom_score_adj=` printed) is dump_stack's (`CPU:`/`Pid:`, the cpuset
   * line, `COMPACTION is disabled`) on every architecture: a later block there means lines were cut out (grep).
   */
  private checkAfterHeader(c: Classified, l: LogLine): void {
    const e = (this.open as OpenEvent).event;
    if (e.trigger?.oomScoreAdj === null || e.trigger?.oomScoreAdj === undefined) return;
    const follows = ['cpuset', 'kernelInfo', 'hardware', 'knownNoise', 'callTraceHeader', 'stackNoise', 'elision'];
    if (!follows.includes(c.kind)) addCut(e, 'gap', l.line);
  }

  /** A line of the kernel bug being read (true), or the end of it (false: the line is the event's). */
  private readBug(c: Classified | null, l: LogLine): boolean {
    const open = this.open as OpenEvent;
    const bug = open.bug;
    if (!bug) return false;
    const read = readBugLine(bug, c, l.text);
    if (read === 'end') {
      finishBug(open.event, bug);
      open.bug = null;
      return false;
    }
    const e = open.event;
    e.lastLine = Math.max(e.lastLine, l.line);
    open.lastOwn = l.line;
    open.prev = prevLine(l, c);
    // What the bug ends in is what the report ended in, after the kill.
    if (c?.kind === 'otherPanic' && open.closing && !e.panic) e.panic = c.panic;
    if (read === 'last') {
      finishBug(e, bug);
      open.bug = null;
    }
    return true;
  }

  /** Moves the section state, then lets the line's kind put its reading into the event. */
  private applyUnderstood(c: Classified, l: LogLine): void {
    const open = this.open as OpenEvent;
    const kind = kindOf(c);
    const next = typeof kind.section === 'string' ? kind.section : kind.section(open.section, c);
    if (open.section === 'tasks' && next !== 'tasks') open.taskColumns = null; // the table ended
    open.section = next;
    kind.apply(open, c, l);
    const e = open.event;
    e.lastLine = Math.max(e.lastLine, l.line);
    e.firstLine = Math.min(e.firstLine, l.line);
    if (l.pagerCut) addCut(e, 'pager', l.line);
    open.prev = prevLine(l, c);
    if (kind.closesEvent) {
      open.closing = true;
      open.lastOwn = l.line;
    }
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
    if (l.pagerCut) addCut(open.event, 'pager', prev.line.line); // the pager cut the line the tail finishes
    if (open.closing) open.lastOwn = Math.max(open.lastOwn, l.line);
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
    if (open.bug) finishBug(e, open.bug);
    if (cut && !open.closing && open.section === 'tasks' && e.tasks) e.tasks.elided = true;
    e.kind = decideKind(e, open.sawMemcgKillMessage);
    provenCuts(e);
    e.complete = isComplete(e);
    this.describeIncomplete(e);
    this.events.push(e);
    if (e.victim && !e.reaped) {
      this.awaitingReaper.push(e);
      if (this.awaitingReaper.length > REAPER_MEMORY) this.awaitingReaper.shift();
    }
    if (e.victim || e.selection) this.rememberKill(e);
    this.onEvent(e);
  }

  private describeIncomplete(e: OomEvent): void {
    if (e.complete) return;
    const ends = e.victim !== null || e.panic !== null || e.noKillable;
    const message = !e.trigger
      ? `OOM event ${e.index + 1} is a fragment: no "invoked oom-killer" line before it (rate-limited report or partial paste)`
      : !ends
        ? `OOM event ${e.index + 1} has no kill line: the report is cut off or was pasted in part`
        : `OOM event ${e.index + 1} has lines cut out of it (${describeCuts(e)})`;
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

  private rememberKill(e: OomEvent): void {
    this.recentKills.push(e);
    if (this.recentKills.length > REAPER_MEMORY) this.recentKills.shift();
    for (let i = this.pendingEchoes.length - 1; i >= 0; i--) {
      const { pid, echo } = this.pendingEchoes[i];
      if (killsPid(e, pid)) {
        (e.echoes ??= []).unshift(echo);
        this.pendingEchoes.splice(i, 1);
      }
    }
  }

  /**
   * A kill line that repeats a recent event's kill: the same process with the same sizes, as far as the line
   * shows them (a process is killed once; a cut copy may lack the later fields).
   */
  private repeatsKill(v: Victim): boolean {
    const sizes = (x: Victim) => [x.totalVmKb, x.anonRssKb, x.fileRssKb, x.shmemRssKb];
    const mine = sizes(v);
    if (mine.every((kb) => kb === null)) return false;
    return this.recentKills.some((e) => {
      const k = e.victim;
      if (!k || k.pid !== v.pid || k.comm !== v.comm) return false;
      return sizes(k).every((kb, i) => mine[i] === null || kb === mine[i]);
    });
  }

  /** Another program quoting a kill: evidence on the event of that kill (the open one, or a recent one). */
  private noteEcho(pid: number, echo: KillEcho): void {
    const open = this.open?.event;
    const target =
      open && killsPid(open, pid) ? open : this.recentKills.findLast((e) => killsPid(e, pid) && e !== open);
    if (target) (target.echoes ??= []).push(echo);
    else if (this.pendingEchoes.length < REAPER_MEMORY) this.pendingEchoes.push({ pid, echo });
  }
}

/** Whether the event killed (or selected) process `pid`. */
function killsPid(e: OomEvent, pid: number): boolean {
  return e.victim?.pid === pid || e.selection?.pid === pid || (e.oomGroup?.killed.some((k) => k.pid === pid) ?? false);
}

/**
 * A line another program logged (LogLine.source) is never a line of a kernel report: a kill it repeats is
 * an echo of that kill, anything else it says is not understood as report text.
 */
function foreignReading(c: Classified, source: string): Classified | null {
  if (c.kind === 'killEcho') return { ...c, source };
  if (c.kind === 'victim') return { kind: 'killEcho', pid: c.victim.pid, source };
  if (c.kind === 'selection') return { kind: 'killEcho', pid: c.selection.pid, source };
  return null;
}

function describeCuts(e: OomEvent): string {
  const names: Record<string, string> = {
    elision: 'an elision mark',
    gap: 'lines missing',
    pager: 'a line cut by the pager',
    filter: 'the KERN_INFO lines filtered out',
  };
  return (e.cuts ?? []).map((c) => `${names[c.kind]} at line ${c.line}`).join(', ');
}

/** Only white space (most lines start with a printable character, which settles it at once). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}
