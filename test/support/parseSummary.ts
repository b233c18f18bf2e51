/** What the worker sends and the client assembles (`src/worker/protocol.ts`), for the worker's, client's and app's tests. */
import type { EventSummary, FoundEvent, Overview, ParseSummary, Response } from '../../src/worker/protocol';
import { makeFacts } from './input';

/** An overview of nothing (component tests that do not look at it). */
export const EMPTY_OVERVIEW: Overview = {
  events: 0,
  kills: 0,
  victims: [],
  otherVictims: 0,
  cgroups: [],
  otherCgroups: 0,
  freed: null,
  busiestHour: null,
};

/** A ParseSummary with nothing in it but what `overrides` gives. */
export function makeSummary(overrides: Partial<ParseSummary> = {}): ParseSummary {
  return {
    name: 'x',
    events: [],
    places: [],
    allocationFailures: [],
    failureMarks: [],
    files: [],
    overview: EMPTY_OVERVIEW,
    diagnostics: [],
    diagnosticsTotal: 0,
    stats: { bytes: 0, lines: 0, prefixStyles: [] },
    input: makeFacts(),
    ...overrides,
  };
}

/** What the client would resolve with, put together from a session's responses: batches of events plus done. */
export function summaryFrom(out: readonly Response[]): ParseSummary {
  const done = out.find((r) => r.type === 'done');
  if (done?.type !== 'done') throw new Error(`no done: ${JSON.stringify(out.at(-1))}`);
  const found = out.flatMap((r) => (r.type === 'events-found' ? r.found : []));
  return { ...done.summary, events: found.map((f) => f.summary), places: found.map((f) => f.place) };
}

/** Events as a worker batch carries them, with places that say nothing (no time, no cgroup). */
export function foundOf(summaries: readonly EventSummary[]): FoundEvent[] {
  return summaries.map((summary) => ({
    summary,
    place: { file: 0, at: { wallMs: null, zoneMin: null, uptime: null, boot: 0 }, victimKb: null, cgroup: null },
  }));
}
