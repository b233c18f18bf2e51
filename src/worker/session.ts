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
import type { Diagnostic, OomEvent, ParseResult, ParseStats } from '../parse/model';
import type { EventAnalysis, EventDigest } from '../analyze/types';
import {
  PROTOCOL_VERSION,
  type EventDetail,
  type EventPlace,
  type ExportParts,
  type FailureMark,
  type FileInfo,
  type PackRequest,
  type ParseDone,
  type SourceLine,
  type ParseInput,
  type Request,
  type Response,
  type UnpackSource,
  type Unpacked,
} from './protocol';
import { openInput, type InputFacts } from '../input/index';
import { createEventSender } from './eventSender';
import { findBanners } from './timeline/banners';
import { FileClock } from './timeline/fileClock';
import { overviewOf } from './timeline/overview';
import { placeOf } from './timeline/place';
import { pump } from './pump';
import { packAnalysisFile, unpackAnalysisFile } from './share/analysisFile';
import { packLink, unpackLink } from './share/link';
import { numberedPieces } from './share/numbered';
import { toEventSummary, victimOf } from './summarise';
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

/** One file of a parse: its own parser (so its own line numbers and raw lines) and its own clock. */
interface ReadFile {
  name: string;
  parser: StreamingParser;
  clock: FileClock;
  /** The number (across the files) of its first event. */
  offset: number;
  result: ParseResult | null;
  facts: InputFacts | null;
}

interface ParsedState {
  files: ReadFile[];
  /** By event number across the files: the file and the parser's own event (numbered within its file). */
  events: { file: number; event: OomEvent }[];
  places: EventPlace[];
  /**
   * The last few analyses, whole (the open event's is asked for again when the read ends). An analysis weighs
   * about 38 kB: kept for every event, 10,000 events held 380 MB of them. The others are made again when asked
   * for (about 0.6 ms), from the digests, which are all kept.
   */
  analyses: Map<OomEvent, EventAnalysis>;
  /** What each analysed event tells the later ones (repeated kills), by event number across the files. */
  digests: EventDigest[];
  /** Each event's notes from its analysis (a gfp table mismatch), by event number: for the summary at done. */
  notes: Map<number, Diagnostic[]>;
}

/** Analyses kept whole (see ParsedState.analyses). */
const ANALYSES_KEPT = 16;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A single input, or the files of a `files` input, one after the other. */
function inputsOf(input: ParseInput): Exclude<ParseInput, { kind: 'files' }>[] {
  return input.kind === 'files'
    ? input.files.map((f) => ({ kind: 'file' as const, file: f.file, name: f.name }))
    : [input];
}

export function createSession(post: (response: Response) => void, deps: Partial<SessionDeps> = {}) {
  const d: SessionDeps = {
    createParser,
    analyzeEvent,
    now: () => performance.now(),
    createYielder: () => createYielder(),
    ...deps,
  };
  let state: ParsedState | null = null;

  /**
   * An analysis bug must not hide the event: degrade to an event without findings. `index`: the event's number
   * across the files (its digest goes there, and the earlier ones of its file are its history).
   */
  function analysisOf(s: ParsedState, event: OomEvent, index: number): EventAnalysis {
    let analysis = s.analyses.get(event);
    if (analysis) {
      // The most recently used goes last: the first in the map is the one to let go.
      s.analyses.delete(event);
      s.analyses.set(event, analysis);
    } else {
      // Events arrive in file order, so the earlier ones' digests are there (a gap is an event not seen yet).
      // Only the same file's: two files may come from two machines, and a kill on one is no earlier kill of
      // the other (the model knows no host name to tell rotated logs of one machine apart).
      const file = s.events[index]?.file;
      const history = s.digests
        .slice(0, index)
        .filter((d, j): d is EventDigest => d !== undefined && s.events[j]?.file === file);
      try {
        analysis = d.analyzeEvent(event, undefined, history);
      } catch (error) {
        analysis = emptyAnalysis(message(error));
      }
      s.analyses.set(event, analysis);
      if (s.analyses.size > ANALYSES_KEPT) s.analyses.delete(s.analyses.keys().next().value!);
      if (s.digests[index] === undefined) {
        s.digests[index] = digestEvent(event, analysis);
        const notes = analysisDiagnostics(event, analysis);
        if (notes.length) s.notes.set(index, notes);
      }
    }
    return analysis;
  }

  async function parse(id: number, input: ParseInput): Promise<void> {
    const s: ParsedState = { files: [], events: [], places: [], analyses: new Map(), digests: [], notes: new Map() };
    // Event requests are answered while the file is still streaming (the read loop yields for them),
    // from the events announced so far: their raw lines were kept when they closed.
    state = s;
    const sender = createEventSender((found) => post({ v: PROTOCOL_VERSION, type: 'events-found', id, found }), d.now);
    const inputs = inputsOf(input);
    const sizes = inputs.map((i) => (i.kind === 'file' ? i.file.size : null));
    const totalOfAll = sizes.every((n) => n !== null) ? sizes.reduce((a, b) => a! + b!, 0) : null;
    let bytesBefore = 0;
    let lastProgress = -Infinity;
    for (const [f, one] of inputs.entries()) {
      const file: ReadFile = {
        name: one.name,
        parser: null as unknown as StreamingParser,
        clock: new FileClock(),
        offset: s.events.length,
        result: null,
        facts: null,
      };
      s.files.push(file);
      const announce = (event: OomEvent) => {
        const index = file.offset + event.index;
        s.events[index] = { file: f, event };
        const place = placeOf(event, f, file.clock.mark(event.firstLine, event.time, event.uptime));
        s.places[index] = place;
        const summary = toEventSummary(event, analysisOf(s, event, index));
        sender.add({ summary: summary.index === index ? summary : { ...summary, index }, place });
      };
      file.parser = d.createParser({ keepRaw: true, onEvent: announce });
      await readFile(s, file, one, {
        progress(bytesRead, totalBytes) {
          sender.flush();
          const now = d.now();
          const total = inputs.length > 1 ? totalOfAll : totalBytes;
          const read = bytesBefore + bytesRead;
          if (now - lastProgress < PROGRESS_INTERVAL_MS && read !== total) return;
          lastProgress = now;
          post({
            v: PROTOCOL_VERSION,
            type: 'progress',
            id,
            bytesRead: read,
            totalBytes: total,
            eventsFound: sender.count,
          });
        },
      });
      bytesBefore += file.facts?.bytesRead ?? 0;
      // end() is the authority: an event it closed or added is announced now.
      for (const event of file.result?.events ?? [])
        if (s.events[file.offset + event.index]?.event !== event) announce(event);
      file.clock.end();
    }
    sender.flush(true);
    post({ v: PROTOCOL_VERSION, type: 'done', id, summary: finish(s, input.name) });
  }

  /** Reads one input into `file`'s parser; stops when a newer parse took over. */
  async function readFile(
    s: ParsedState,
    file: ReadFile,
    input: Exclude<ParseInput, { kind: 'files' }>,
    sink: { progress(bytesRead: number, totalBytes: number | null): void },
  ): Promise<void> {
    const reading = openInput(
      input.kind === 'text' ? { kind: 'text', text: input.text } : { kind: 'blob', blob: input.file },
    );
    const push = (text: string, bytes?: number) => {
      for (const b of findBanners(text, file.parser.lineCount)) file.clock.banner(b.line, b.time, b.uptime);
      file.parser.push(text, bytes);
    };
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
          else push(chunk, bytes);
        },
        progress: sink.progress,
      },
      d.createYielder(),
    );
    if (state !== s) throw new Error('This parse was replaced by a newer one.');
    if (numbered) {
      for (const piece of numberedPieces(sharedText, numbered, (n) => (paddedLines = n)))
        push(piece.text, piece.padding ? 0 : undefined);
    }
    const parsed = file.parser.end();
    // The empty lines that kept a shared event's numbers are not the user's lines.
    file.result = paddedLines
      ? { ...parsed, stats: { ...parsed.stats, lines: parsed.stats.lines - paddedLines } }
      : parsed;
    file.facts = reading.facts;
  }

  /** The done message: everything but the events and places already sent. */
  function finish(s: ParsedState, name: string): ParseDone {
    const many = s.files.length > 1;
    const diagnostics: ParseDone['diagnostics'] = [];
    let diagnosticsTotal = 0;
    const allocationFailures: ParseDone['allocationFailures'] = [];
    const failureMarks: FailureMark[] = [];
    const files: FileInfo[] = [];
    for (const [f, file] of s.files.entries()) {
      const result = file.result!;
      const numbered = [...s.events.entries()].filter(([, e]) => e.file === f);
      const events = numbered.map(([, e]) => e.event);
      const fromAnalysis = numbered.flatMap(([i]) => s.notes.get(i) ?? []);
      // An allocation failure's diagnosis reads the kernel release, from the file's events.
      const release = events.find((e) => e.kernel?.version)?.kernel?.version ?? null;
      diagnosticsTotal += fromAnalysis.length + result.diagnostics.length;
      for (const diagnostic of [...fromAnalysis, ...result.diagnostics]) {
        if (diagnostics.length >= MAX_DIAGNOSTICS) break;
        diagnostics.push(many ? { ...diagnostic, file: f } : diagnostic);
      }
      for (const failure of result.allocationFailures) {
        failureMarks.push({
          index: allocationFailures.length,
          file: f,
          at: file.clock.markLate(failure.firstLine, failure.time, failure.uptime),
          comm: failure.comm,
          order: failure.order,
        });
        allocationFailures.push({ ...failure, findings: analyzeAllocationFailure(failure, release) });
      }
      const { lines, bytes } = result.stats;
      files.push({
        name: file.name,
        lines,
        bytes,
        events: events.length,
        yearless: file.clock.yearless,
        boots: file.clock.boots,
      });
    }
    const first = s.files[0].result!.stats;
    const stats: ParseStats = many
      ? {
          bytes: files.reduce((n, f) => n + f.bytes, 0),
          lines: files.reduce((n, f) => n + f.lines, 0),
          prefixStyles: [...new Set(s.files.flatMap((f) => f.result!.stats.prefixStyles))],
        }
      : first;
    const overview = overviewOf(
      s.events.map(({ event }, i) => ({
        victim: victimOf(event)?.comm ?? null,
        place: s.places[i],
      })),
      (f) => files[f]?.yearless ?? false,
    );
    return {
      name,
      allocationFailures,
      failureMarks,
      files,
      overview,
      diagnostics,
      diagnosticsTotal,
      stats,
      input: s.files[0].facts!,
    };
  }

  function detail(index: number): EventDetail {
    const ref = state?.events[index];
    if (!state || !ref) throw new Error(`There is no event ${index} in the current log.`);
    const { parser } = state.files[ref.file];
    const event = ref.event.index === index ? ref.event : { ...ref.event, index };
    return {
      event,
      analysis: analysisOf(state, ref.event, index),
      source: withText(parser.rawLinesOf(ref.event.index)),
    };
  }

  /** As the CLI's `--event N` document has them (src/cli/contract.ts): the event's file's notes and failures. */
  function exportParts(index: number): ExportParts {
    const ref = state?.events[index];
    if (!state || !ref) throw new Error(`There is no event ${index} in the current log.`);
    const result = state.files[ref.file].result;
    if (!result) throw new Error('The log is still being read: export it when it is done.');
    const version = ref.event.kernel?.version ?? null;
    return {
      diagnostics: [...result.diagnostics, ...analysisDiagnostics(ref.event, analysisOf(state, ref.event, index))],
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
