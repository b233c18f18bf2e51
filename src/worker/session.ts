/**
 * The worker's brain, kept free of `self` so it runs under Node in unit tests: it answers protocol requests
 * by posting responses. It holds the model of the latest parse (the UI asks for one event's detail at a time)
 * and never lets an exception escape: every failure becomes an `error` response for that request id.
 */
import { createParser, type StreamingParser } from '../parse/index';
import { createPrefixStripper } from '../parse/prefix/prefix';
import {
  analysisDiagnostics,
  analyzeAllocationFailure,
  analyzeEvent,
  digestEvent,
  emptyAnalysis,
} from '../analyze/index';
import type { Diagnostic, OomEvent, ParseResult } from '../parse/model';
import type { EventAnalysis, EventDigest } from '../analyze/types';
import {
  PROTOCOL_VERSION,
  type EventDetail,
  type ExportParts,
  type PackRequest,
  type SourceLine,
  type ParseInput,
  type Request,
  type Response,
  type UnpackSource,
  type Unpacked,
} from './protocol';
import { openInput } from '../input/index';
import { pump } from './pump';
import { packAnalysisFile, unpackAnalysisFile } from './share/analysisFile';
import { packLink, unpackLink } from './share/link';
import { numberedPieces } from './share/numbered';
import { toEventSummary } from './summarise';
import { createYielder, type MaybeYield } from './yielder';

/** Each raw line with its message text (prefixes stripped the way the parser strips them), for the source view. */
function withText(lines: { line: number; raw: string }[]): SourceLine[] {
  const stripper = createPrefixStripper();
  return lines.map((l) => ({ ...l, text: stripper.strip(l.raw).text }));
}

/** The summary carries at most this many diagnostics; a 100 MB journal can have millions. */
export const MAX_DIAGNOSTICS = 500;
/** Progress messages are posted at most this often (ms), so a fast parse is not slowed by messaging. */
export const PROGRESS_INTERVAL_MS = 100;

export interface SessionDeps {
  createParser: typeof createParser;
  analyzeEvent: typeof analyzeEvent;
  now: () => number;
  /** Makes the read loop's "give way to the message queue" function (one per parse). */
  createYielder: () => MaybeYield;
}

interface ParsedState {
  parser: StreamingParser;
  events: OomEvent[];
  analyses: Map<OomEvent, EventAnalysis>;
  /** What each analysed event tells the later ones (repeated kills), by event index. */
  digests: EventDigest[];
  /** The whole parse, once it is done (the JSON export lists its notes and allocation failures). */
  result?: ParseResult;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSession(post: (response: Response) => void, deps: Partial<SessionDeps> = {}) {
  const d: SessionDeps = {
    createParser,
    analyzeEvent,
    now: () => performance.now(),
    createYielder: () => createYielder(),
    ...deps,
  };
  let state: ParsedState | null = null;

  /** An analysis bug must not hide the event: degrade to an event without findings. */
  function analysisOf(s: ParsedState, event: OomEvent): EventAnalysis {
    let analysis = s.analyses.get(event);
    if (!analysis) {
      // Events arrive in file order, so the earlier ones' digests are there (a gap is an event not seen yet).
      const history = s.digests.slice(0, event.index).filter((d): d is EventDigest => d !== undefined);
      try {
        analysis = d.analyzeEvent(event, undefined, history);
      } catch (error) {
        analysis = emptyAnalysis(message(error));
      }
      s.analyses.set(event, analysis);
      s.digests[event.index] = digestEvent(event, analysis);
    }
    return analysis;
  }

  async function parse(id: number, input: ParseInput): Promise<void> {
    const events: OomEvent[] = [];
    const s: ParsedState = { parser: null as unknown as StreamingParser, events, analyses: new Map(), digests: [] };
    const announced = new Set<number>();
    const announce = (event: OomEvent) => {
      announced.add(event.index);
      post({ v: PROTOCOL_VERSION, type: 'event-found', id, summary: toEventSummary(event, analysisOf(s, event)) });
    };
    s.parser = d.createParser({
      keepRaw: true,
      onEvent(event) {
        events[event.index] = event;
        announce(event);
      },
    });
    // Event requests are answered while the file is still streaming (the read loop yields for them),
    // from the events announced so far: their raw lines were kept when they closed.
    state = s;
    let lastProgress = -Infinity;
    const reading = openInput(
      input.kind === 'text' ? { kind: 'text', text: input.text } : { kind: 'blob', blob: input.file },
    );
    // A shared event's lines go to the parser at their original numbers (share/numbered.ts): it is small
    // (a link or an analysis file holds one event), so it is read whole first, then fed with its padding.
    const numbered = input.kind === 'text' && input.lines?.length ? input.lines : null;
    let sharedText = '';
    let paddedLines = 0;
    await pump(
      reading,
      {
        text(chunk, bytes) {
          // The read loop yields, so a newer parse request can start meanwhile: this one then stops.
          if (state !== s) throw new Error('This parse was replaced by a newer one.');
          if (numbered) sharedText += chunk;
          else s.parser.push(chunk, bytes);
        },
        progress(bytesRead, totalBytes) {
          const now = d.now();
          if (now - lastProgress < PROGRESS_INTERVAL_MS && bytesRead !== totalBytes) return;
          lastProgress = now;
          post({ v: PROTOCOL_VERSION, type: 'progress', id, bytesRead, totalBytes, eventsFound: announced.size });
        },
      },
      d.createYielder(),
    );
    if (state !== s) throw new Error('This parse was replaced by a newer one.');
    if (numbered) {
      for (const piece of numberedPieces(sharedText, numbered, (n) => (paddedLines = n)))
        s.parser.push(piece.text, piece.padding ? 0 : undefined);
    }
    const parsed: ParseResult = s.parser.end();
    // The empty lines that kept a shared event's numbers are not the user's lines.
    const result: ParseResult = paddedLines
      ? { ...parsed, stats: { ...parsed.stats, lines: parsed.stats.lines - paddedLines } }
      : parsed;
    s.events = result.events; // end() is the authority: it may complete or add events
    s.result = result;
    for (const event of result.events) if (!announced.has(event.index)) announce(event);
    const fromAnalysis = result.events.flatMap((e) => analysisDiagnostics(e, analysisOf(s, e)));
    const diagnostics: Diagnostic[] = [...fromAnalysis, ...result.diagnostics].slice(0, MAX_DIAGNOSTICS);
    post({
      v: PROTOCOL_VERSION,
      type: 'done',
      id,
      summary: {
        name: input.name,
        events: result.events.map((e) => toEventSummary(e, analysisOf(s, e))),
        allocationFailures: result.allocationFailures.map((a) => ({
          ...a,
          findings: analyzeAllocationFailure(a, result.events.find((e) => e.kernel?.version)?.kernel?.version ?? null),
        })),
        diagnostics,
        diagnosticsTotal: fromAnalysis.length + result.diagnostics.length,
        stats: result.stats,
        input: reading.facts,
      },
    });
  }

  function detail(index: number): EventDetail {
    const event = state?.events[index];
    if (!state || !event) throw new Error(`There is no event ${index} in the current log.`);
    return { event, analysis: analysisOf(state, event), source: withText(state.parser.rawLinesOf(index)) };
  }

  /** As the CLI's `--event N` document has them (src/cli/contract.ts): the chosen event's version and notes. */
  function exportParts(index: number): ExportParts {
    const event = state?.events[index];
    const result = state?.result;
    if (!state || !event) throw new Error(`There is no event ${index} in the current log.`);
    if (!result) throw new Error('The log is still being read: export it when it is done.');
    const version = event.kernel?.version ?? null;
    return {
      diagnostics: [...result.diagnostics, ...analysisDiagnostics(event, analysisOf(state, event))],
      allocationFailures: result.allocationFailures.map((a) => ({
        ...a,
        findings: analyzeAllocationFailure(a, version),
      })),
    };
  }

  function unpack(source: UnpackSource): Promise<Unpacked> {
    return source.kind === 'link' ? unpackLink(source.fragment) : unpackAnalysisFile(source.file);
  }

  function pack({ target, log }: PackRequest): Promise<string> | string {
    return target === 'link' ? packLink(log) : packAnalysisFile(log);
  }

  async function handle(request: Request): Promise<void> {
    const id = typeof request?.id === 'number' ? request.id : -1;
    try {
      if (request?.v !== PROTOCOL_VERSION)
        throw new Error(`Protocol version ${String(request?.v)} is not ${PROTOCOL_VERSION}: reload the page.`);
      if (request.type === 'parse') await parse(id, request.input);
      else if (request.type === 'event')
        post({ v: PROTOCOL_VERSION, type: 'event-detail', id, detail: detail(request.index) });
      else if (request.type === 'unpack')
        post({ v: PROTOCOL_VERSION, type: 'unpacked', id, unpacked: await unpack(request.source) });
      else if (request.type === 'pack')
        post({ v: PROTOCOL_VERSION, type: 'packed', id, text: await pack(request.pack) });
      else if (request.type === 'export')
        post({ v: PROTOCOL_VERSION, type: 'exported', id, parts: exportParts(request.index) });
      else throw new Error(`Unknown request type ${String((request as { type?: unknown }).type)}.`);
    } catch (error) {
      post({ v: PROTOCOL_VERSION, type: 'error', id, message: message(error) });
    }
  }

  return { handle };
}
