/**
 * The one message protocol between the UI and the parse worker. Both sides import this file;
 * bump PROTOCOL_VERSION on any incompatible change so a stale cached worker is detected, not misread.
 *
 * The parsed model stays in the worker (a 100 MB journal can hold many large task tables); the UI
 * receives summaries while parsing and asks for one event's detail when it shows that event.
 */
import type { AllocationFailure, Diagnostic, EventKind, OomEvent, ParseStats } from '../parse/model';
import type { EventAnalysis, FindingSeverity } from '../analyze/types';
import type { InputFacts } from '../input/index';

export const PROTOCOL_VERSION = 2;

export type ParseInput =
  | { kind: 'text'; text: string; name: string }
  /** A dropped or opened file; `.gz` (by name or magic bytes) is decompressed in the worker. */
  | { kind: 'file'; file: Blob; name: string };

/** What the event list shows for one event, sent as soon as the event is parsed. */
export interface EventSummary {
  index: number;
  kind: EventKind;
  complete: boolean;
  firstLine: number;
  lastLine: number;
  time: string | null;
  trigger: { comm: string | null; pid: number | null } | null;
  victim: { comm: string; pid: number } | null;
  order: number | null;
  requestKb: number | null;
  headline: string;
  worstSeverity: FindingSeverity | null;
  findingIds: string[];
}

export interface ParseSummary {
  name: string;
  events: EventSummary[];
  allocationFailures: AllocationFailure[];
  /** Capped; `diagnosticsTotal` says how many there were. */
  diagnostics: Diagnostic[];
  diagnosticsTotal: number;
  stats: ParseStats;
  /** What the input was (encoding, gzip, binary, empty, NUL bytes...): the views word it (src/present/input.ts). */
  input: InputFacts;
}

export interface SourceLine {
  line: number;
  /** The raw input line, prefixes included. */
  raw: string;
}

export interface EventDetail {
  event: OomEvent;
  analysis: EventAnalysis;
  /** The raw lines the event spans. */
  source: SourceLine[];
}

export type Request =
  | { v: typeof PROTOCOL_VERSION; type: 'parse'; id: number; input: ParseInput }
  | { v: typeof PROTOCOL_VERSION; type: 'event'; id: number; index: number };

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
  | { v: typeof PROTOCOL_VERSION; type: 'event-found'; id: number; summary: EventSummary }
  | { v: typeof PROTOCOL_VERSION; type: 'done'; id: number; summary: ParseSummary }
  | { v: typeof PROTOCOL_VERSION; type: 'event-detail'; id: number; detail: EventDetail }
  | { v: typeof PROTOCOL_VERSION; type: 'error'; id: number; message: string };
