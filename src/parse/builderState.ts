/** The transient state kept for the one event being built (dropped when it closes). */
import type { LogLine, OomEvent } from './model';
import type { Classified, ClassifyContext } from './segmentClassify';

/** Which multi-line block the last understood line belonged to; decides context-only lines. */
export type Section = 'none' | 'callTrace' | 'counters' | 'tasks' | 'memcgStats';

export interface OpenEvent {
  event: OomEvent;
  /** A kill line said `Memory cgroup out of memory`. */
  sawMemcgKillMessage: boolean;
  section: Section;
  taskColumns: string[] | null;
  /** True once a v1 `Memory cgroup stats for` line or a v2 block was taken (later ones are children). */
  statsTaken: boolean;
  /** Lines after `event.lastLine` that no rule understood yet: unparsed if the event goes on, outside it if not. */
  pending: LogLine[];
  /** The last line fed to this event and what it was (null if not understood), for hard-wrap joins. */
  prev: PrevLine | null;
  /** The kill/panic line was seen; only a directly following reaper line or wrap continuation may still join. */
  closing: boolean;
  /** Longest line text seen in this event: lines this long were probably cut by a fixed-width wrap. */
  widest: number;
}

/**
 * The line a wrapped tail may belong to. `line.text` may already hold `pieces` following physical
 * pieces (still waiting in `pending`) that made no sense alone: a line cut twice needs three.
 */
export interface PrevLine {
  line: LogLine;
  classified: Classified | null;
  pieces: number;
  lastPieceLength: number;
}

export function prevLine(line: LogLine, classified: Classified | null): PrevLine {
  return { line, classified, pieces: classified ? 0 : 1, lastPieceLength: line.text.length };
}

export function openEvent(event: OomEvent): OpenEvent {
  return {
    event,
    sawMemcgKillMessage: false,
    section: 'none',
    taskColumns: null,
    statsTaken: false,
    pending: [],
    prev: null,
    closing: false,
    widest: 0,
  };
}

export function contextOf(open: OpenEvent | null): ClassifyContext {
  if (!open) return { taskColumns: null, inMemcgStats: false, acceptCounters: false };
  const e = open.event;
  const beforeMemoryDump = e.memInfo === null && e.zones.length === 0 && e.nodes.length === 0;
  return {
    taskColumns: open.taskColumns,
    inMemcgStats: open.section === 'memcgStats',
    acceptCounters:
      open.section === 'counters' || (beforeMemoryDump && open.section !== 'tasks' && open.section !== 'memcgStats'),
  };
}
