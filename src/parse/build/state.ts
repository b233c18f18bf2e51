/** The transient state kept for the one event being built (dropped when it closes). */
import type { BugInProgress } from './bug';
import type { Classified } from '../kinds/index';
import type { ClassifyContext, EventInProgress } from '../kinds/kind';
import type { LogLine, OomEvent } from '../model';

/** The event being built (what line kinds may change, kinds/kind.ts) and the builder's bookkeeping for it. */
export interface OpenEvent extends EventInProgress {
  /** Lines after `event.lastLine` that no rule understood yet: unparsed if the event goes on, outside it if not. */
  pending: LogLine[];
  /** The last line fed to this event and what it was (null if not understood), for hard-wrap joins. */
  prev: PrevLine | null;
  /** The kill/panic line was seen; only a directly following reaper line or wrap continuation may still join. */
  closing: boolean;
  /**
   * Longest understood line text in this event, apart for lines with and without a log prefix
   * (a wrapped tail has no prefix, so it is longer): lines this long were probably cut by a wrap.
   */
  widest: { stamped: number; bare: number };
  /** What contextOf returned last: handed out again while it still holds (most lines change nothing). */
  context: ClassifyContext | null;
  /** The kernel bug whose report is being read (build/bug.ts), or null. */
  bug: BugInProgress | null;
  /** After the kill: the last line that was the event's own (kill, reaper, panic, bug, late dump). */
  lastOwn: number;
  /** After the kill: lines not understood since `lastOwn`, kept until it is clear whether the report goes on. */
  held: LogLine[];
  /** Lines fed to the event since its trigger (to tell what followed the header directly). */
  linesAfterTrigger: number;
  /** Lines of other programs (LogLine.source) seen inside the event since its last own line. */
  foreignLines: number;
}

/**
 * The line a wrapped tail may belong to. `line.text` may already hold `pieces` following physical
 * pieces (still waiting in `pending`) that made no sense alone: a line cut twice needs three.
 */
export interface PrevLine {
  line: LogLine;
  classified: Classified | null;
  pieces: number;
  /** The last physical piece (the line itself when nothing was folded). */
  lastPiece: LogLine;
}

export function prevLine(line: LogLine, classified: Classified | null): PrevLine {
  return { line, classified, pieces: classified ? 0 : 1, lastPiece: line };
}

export function openEvent(event: OomEvent): OpenEvent {
  return {
    event,
    sawMemcgKillMessage: false,
    section: 'none',
    taskColumns: null,
    statsTaken: false,
    lateDump: null,
    pending: [],
    prev: null,
    closing: false,
    widest: { stamped: 0, bare: 0 },
    context: null,
    bug: null,
    lastOwn: event.lastLine,
    held: [],
    linesAfterTrigger: 0,
    foreignLines: 0,
  };
}

export function noteWidth(open: OpenEvent, line: LogLine, length = line.text.length): void {
  if (line.time !== null) open.widest.stamped = Math.max(open.widest.stamped, length);
  else open.widest.bare = Math.max(open.widest.bare, length);
}

/** How long a piece was where a wrap could cut it: its physical line's length for the end of an escaped line. */
export function cutLength(piece: LogLine): number {
  return piece.physicalLength ?? piece.text.length;
}

/** The wrap width a piece is judged against: that of lines like it (with or without a prefix). */
export function widthFor(open: OpenEvent, piece: LogLine): number {
  const { stamped, bare } = open.widest;
  return piece.time !== null ? stamped || bare : bare || stamped;
}

const NO_EVENT: ClassifyContext = { taskColumns: null, inMemcgStats: false, acceptCounters: false };

export function contextOf(open: OpenEvent | null): ClassifyContext {
  if (!open) return NO_EVENT;
  const e = open.event;
  // Bare counters without `Mem-Info:` only where the global block would be: after the stack,
  // before anything that comes later in a report.
  const beforeMemoryDump =
    e.memInfo === null &&
    e.zones.length === 0 &&
    e.nodes.length === 0 &&
    e.tasks === null &&
    e.memcg === null &&
    e.constraint === null &&
    e.selection === null &&
    e.victim === null;
  const taskColumns = open.taskColumns;
  const inMemcgStats = open.section === 'memcgStats';
  const acceptCounters = open.section === 'counters' || (beforeMemoryDump && !inMemcgStats);
  const last = open.context;
  if (
    last !== null &&
    last.taskColumns === taskColumns &&
    last.inMemcgStats === inMemcgStats &&
    last.acceptCounters === acceptCounters
  ) {
    return last;
  }
  return (open.context = { taskColumns, inMemcgStats, acceptCounters });
}
