/**
 * The one message protocol between the UI and the parse worker. Both sides import this file;
 * bump PROTOCOL_VERSION on any incompatible change so a stale cached worker is detected, not misread.
 *
 * The parsed model stays in the worker (a 100 MB journal can hold many large task tables); the UI
 * receives summaries while parsing and asks for one event's detail when it shows that event.
 */
import type { AllocationFailure, Diagnostic, OomEvent, ParseStats } from '../parse/model';
import type { ContractKind, EventAnalysis, Finding, FindingSeverity, Scope, Sentence } from '../analyze/types';
import type { InputFacts } from '../input/index';
import type { EventPlace, FailureMark, FileInfo, Overview } from './timeline/types';

export type * from './timeline/types';

/**
 * 3: the `export` request (an event's JSON parts). 4: events arrive in batches with their places (file, time,
 * cgroup); `done` no longer repeats them; several files. 5: both together (3 and 4 were made on separate branches).
 */
export const PROTOCOL_VERSION = 5;

/** Original line numbers of a shared event's lines: inclusive ranges, ascending (`[[120, 340]]`). */
export type LineRange = [first: number, last: number];

export type ParseInput =
  /**
   * `lines`: the text's lines carry these original numbers (a shared event keeps the numbers it had in its file);
   * without it the lines are numbered from 1.
   */
  | { kind: 'text'; text: string; name: string; lines?: LineRange[] }
  /** A dropped or opened file; `.gz` (by name or magic bytes) is decompressed in the worker. */
  | { kind: 'file'; file: Blob; name: string }
  /**
   * Several files read into one timeline (a node's rotated logs, or one log per node), one after the other:
   * events are numbered across them, each tagged with its file, and each file keeps its own line numbers.
   */
  | { kind: 'files'; files: { file: Blob; name: string }[]; name: string };

/** What the event list shows for one event, sent as soon as the event is parsed. */
export interface EventSummary {
  index: number;
  /** What the lines prove the event is (the analysis' kind: 'unknown' where they cannot tell). */
  kind: ContractKind;
  scope: Scope;
  complete: boolean;
  firstLine: number;
  lastLine: number;
  time: string | null;
  trigger: { comm: string | null; pid: number | null } | null;
  victim: { comm: string; pid: number } | null;
  order: number | null;
  requestKb: number | null;
  /** The diagnosis as sentence ids + params; the page renders it in the chosen language. */
  headline: Sentence[];
  worstSeverity: FindingSeverity | null;
  findingIds: string[];
}

/** An allocation-failure warning with its own short diagnosis (findings as ids + params). */
export type AllocationFailureSummary = AllocationFailure & { findings: Finding[] };

/** One event as the list and the timeline get it while the file is read. */
export interface FoundEvent {
  summary: EventSummary;
  place: EventPlace;
}

export interface ParseSummary {
  name: string;
  events: EventSummary[];
  /** Per event, in the order of `events`: its file, time, victim memory and cgroup. */
  places: EventPlace[];
  allocationFailures: AllocationFailureSummary[];
  /** Where each allocation failure sits in time (the timeline draws them too). */
  failureMarks: FailureMark[];
  /** The files read: one, unless several were opened together. */
  files: FileInfo[];
  /** Victims, cgroups, memory freed, the busiest hour and the findings, across all events. */
  overview: Overview;
  /** Capped; `diagnosticsTotal` says how many there were. `file`: which file, when several were read. */
  diagnostics: (Diagnostic & { file?: number })[];
  diagnosticsTotal: number;
  stats: ParseStats;
  /** What the input was (encoding, gzip, binary, empty, NUL bytes...): the views word it (src/present/input.ts). */
  input: InputFacts;
}

/** What `done` carries: the summary without the events and places already sent. */
export type ParseDone = Omit<ParseSummary, 'events' | 'places'>;

export interface SourceLine {
  line: number;
  /** The raw input line, prefixes included. */
  raw: string;
  /** The kernel's message without its prefixes (timestamp, host, facility), for "strip prefixes". */
  text?: string;
}

export interface EventDetail {
  event: OomEvent;
  analysis: EventAnalysis;
  /** The raw lines the event spans. */
  source: SourceLine[];
}

/**
 * What the page's "Event as JSON" needs besides the event's detail to make the document the CLI prints for
 * `--event N --format json` (src/present/contract.ts): the parse's notes followed by that event's analysis
 * notes, and the file's allocation failures diagnosed with that event's kernel version.
 */
export interface ExportParts {
  diagnostics: Diagnostic[];
  allocationFailures: AllocationFailureSummary[];
}

/** One event's lines as a share link or an analysis file carries them (see src/worker/share/). */
export interface SharedLog {
  /** The file name the lines came from (null when the link has none or it was damaged). */
  name: string | null;
  /** The lines, joined by "\n". */
  text: string;
  /** Their original line numbers; null: numbered from 1. */
  lines: LineRange[] | null;
  /** The view to reopen: which event, which line highlighted. */
  view: { event: number | null; line: number | null };
  /** Identifying details were replaced by placeholders (host-1, ip-1, …) before it was made. */
  redacted: boolean;
}

/** Which part of a link or analysis file was damaged, and how; the page words it (catalogue `share.problem.*`). */
export interface ShareProblem {
  part: 'link' | 'version' | 'name' | 'lines' | 'log' | 'view' | 'file';
  code: 'missing' | 'invalid' | 'version' | 'too-large' | 'truncated' | 'too-long' | 'mismatch' | 'not-analysis';
  /** Numbers the message needs (a limit, a version, a count of lines read). */
  params?: Record<string, number>;
}

export interface Unpacked {
  /** What could be opened; null when nothing could (the page says why and never shows a sample instead). */
  log: SharedLog | null;
  /** The link's or file's format version, when it said one. */
  version: number | null;
  problems: ShareProblem[];
}

export type UnpackSource =
  /** `fragment`: the URL fragment without '#'. */
  | { kind: 'link'; fragment: string }
  /** A `.oomscope.json` analysis file (or a `.json` that may be a journal export: `notAnalysis` then). */
  | { kind: 'file'; file: Blob; name: string };

/** What to pack and into what: a link fragment (without '#', without the view) or an analysis file's JSON. */
export interface PackRequest {
  target: 'link' | 'file';
  log: SharedLog;
}

export type Request =
  | { v: typeof PROTOCOL_VERSION; type: 'parse'; id: number; input: ParseInput }
  | { v: typeof PROTOCOL_VERSION; type: 'event'; id: number; index: number }
  /** Decode a share link or analysis file off the main thread: capped, validated part by part. */
  | { v: typeof PROTOCOL_VERSION; type: 'unpack'; id: number; source: UnpackSource }
  | { v: typeof PROTOCOL_VERSION; type: 'pack'; id: number; pack: PackRequest }
  /** The parts of event `index`'s JSON document (ExportParts); answered once the parse is done. */
  | { v: typeof PROTOCOL_VERSION; type: 'export'; id: number; index: number };

export type Response =
  | { v: typeof PROTOCOL_VERSION; type: 'ready' }
  | {
      v: typeof PROTOCOL_VERSION;
      type: 'progress';
      id: number;
      bytesRead: number;
      totalBytes: number | null;
      eventsFound: number;
    }
  /** Events just parsed, batched (at most one message per ~100 ms; the first one at once). */
  | { v: typeof PROTOCOL_VERSION; type: 'events-found'; id: number; found: FoundEvent[] }
  /** The end of a parse: everything but the events, which came in `events-found` (the client puts them back). */
  | { v: typeof PROTOCOL_VERSION; type: 'done'; id: number; summary: ParseDone }
  | { v: typeof PROTOCOL_VERSION; type: 'event-detail'; id: number; detail: EventDetail }
  | { v: typeof PROTOCOL_VERSION; type: 'unpacked'; id: number; unpacked: Unpacked }
  | { v: typeof PROTOCOL_VERSION; type: 'packed'; id: number; text: string }
  | { v: typeof PROTOCOL_VERSION; type: 'exported'; id: number; parts: ExportParts }
  | { v: typeof PROTOCOL_VERSION; type: 'error'; id: number; message: string };
