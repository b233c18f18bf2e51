/**
 * The app's one piece of stateful logic: drives the worker client through a parse, collects event
 * summaries as they arrive, and fetches the detail of the selected event. Views stay pure.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from '../common/useLatest';
import { CancelledError, type OomClient } from '../../worker/client';
import type { EventDetail, EventPlace, EventSummary, ParseInput, ParseSummary } from '../../worker/protocol';
import type { Translate } from '../../present/i18n';
import { describeInput, parseCounts } from '../../present/input';
import { createProgressStore } from '../input/parseFeed';
import { pageT } from '../common/i18n';

export type { Progress } from '../input/parseFeed';

export type Phase = 'idle' | 'parsing' | 'done' | 'error';

export interface AnalysisState {
  phase: Phase;
  /** Which analysis this is (a new number per file or text analysed): what belongs to one file resets with it. */
  run: number;
  inputName: string | null;
  events: EventSummary[];
  /** Per event (same order): its file, time, cgroup and victim memory, for the list's filters and the timeline. */
  places: EventPlace[];
  /** The names of the files being read, when several were opened (the summary names them when done). */
  fileNames: string[];
  summary: ParseSummary | null;
  /** The status line; null: say what the finished parse found (doneMessage, in the current language). */
  message: string | null;
  selected: number | null;
  detail: EventDetail | null;
  detailLoading: boolean;
  /** The event shown side by side with the selected one (Compare); null when not comparing. */
  compared: number | null;
  /** Its detail once the worker sent it (check its index: it may be an older choice's). */
  comparedDetail: EventDetail | null;
}

const INITIAL: AnalysisState = {
  phase: 'idle',
  run: 0,
  inputName: null,
  events: [],
  places: [],
  fileNames: [],
  summary: null,
  message: null,
  selected: null,
  detail: null,
  detailLoading: false,
  compared: null,
  comparedDetail: null,
};

function isCancel(error: unknown): boolean {
  return error instanceof CancelledError;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The status line after a parse: what was found, or what the input was when it held no event (src/present/input.ts). */
export function doneMessage(summary: ParseSummary, t: Translate): string {
  const n = summary.events.length;
  if (n === 0) return describeInput(summary.input, parseCounts(summary), t);
  const cut = summary.input.gzip?.broken ? ` ${t('input.gzipBroken', { lines: summary.stats.lines })}` : '';
  const done = t('inputPanel.status.done', {
    events: n,
    name: summary.name,
    lines: summary.stats.lines,
    failures: summary.allocationFailures.length,
  });
  return `${done}${cut}`;
}

/** No event, and the input was no text log at all (empty, blank, binary): the parse ends as an error. */
function notALog(summary: ParseSummary): boolean {
  const facts = summary.input;
  return summary.events.length === 0 && (facts.blank || facts.binary !== null || facts.gzip?.broken === true);
}

export function useAnalysis(
  makeClient: () => OomClient,
  initialEvent: number | null,
  initialCompare: number | null = null,
) {
  const [state, setState] = useState<AnalysisState>(INITIAL);
  const clientRef = useRef<OomClient | null>(null);
  const generation = useRef(0);
  const wantedEvent = useRef<number | null>(initialEvent);
  // The comparison the URL asked for: reopened once the first analysis has that event.
  const wantedCompare = useRef<number | null>(initialCompare);
  const cache = useRef(new Map<number, EventDetail>());
  const latestState = useLatest(state);
  // Details asked for and not answered yet. The first event is asked for while the file is read and again when
  // it ends; a large event's detail takes long enough to still be on its way then, and a second copy arriving
  // later would reset what the user did meanwhile in its views (a sorted task table).
  const asked = useRef(new Set<number>());
  // Progress is not app state: only the progress panel subscribes to it (see parseFeed.ts).
  const [progress] = useState(createProgressStore);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const client = useCallback(() => (clientRef.current ??= makeClient()), [makeClient]);

  const fetchDetail = useCallback(
    (index: number, gen: number) => {
      const cached = cache.current.get(index);
      if (cached) {
        setState((s) => ({ ...s, selected: index, detail: cached, detailLoading: false }));
        return;
      }
      setState((s) => ({ ...s, selected: index, detailLoading: true }));
      const pending = asked.current;
      if (pending.has(index)) return;
      pending.add(index);
      client()
        .getEvent(index)
        .then((detail) => {
          // Forgotten in the same turn as the cache learns it (a finally() would leave a turn between the two
          // in which a second ask finds neither).
          pending.delete(index);
          if (gen !== generation.current) return;
          cache.current.set(index, detail);
          setState((s) => (s.selected === index ? { ...s, detail, detailLoading: false } : s));
        })
        .catch((error: unknown) => {
          pending.delete(index);
          if (gen !== generation.current || isCancel(error)) return;
          setState((s) =>
            s.selected === index
              ? {
                  ...s,
                  detailLoading: false,
                  message: pageT('inputPanel.status.eventFailed', { n: index + 1, error: errorText(error) }),
                }
              : s,
          );
        });
    },
    [client],
  );

  /** The compared event's detail: from the same cache, so swapping A and B asks the worker for nothing. */
  const fetchCompared = useCallback(
    (index: number, gen: number) => {
      const cached = cache.current.get(index);
      setState((s) => ({ ...s, compared: index, comparedDetail: cached ?? s.comparedDetail }));
      if (cached) return;
      client()
        .getEvent(index)
        .then((detail) => {
          if (gen !== generation.current) return;
          cache.current.set(index, detail);
          setState((s) => (s.compared === index ? { ...s, comparedDetail: detail } : s));
        })
        .catch((error: unknown) => {
          if (gen !== generation.current || isCancel(error)) return;
          setState((s) =>
            s.compared === index
              ? {
                  ...s,
                  compared: null,
                  message: pageT('inputPanel.status.eventFailed', { n: index + 1, error: errorText(error) }),
                }
              : s,
          );
        });
    },
    [client],
  );

  const analyse = useCallback(
    (input: ParseInput) => {
      const gen = ++generation.current;
      cache.current = new Map();
      asked.current = new Set();
      progress.set(null);
      setState({
        ...INITIAL,
        phase: 'parsing',
        run: gen,
        inputName: input.name,
        fileNames: input.kind === 'files' ? input.files.map((f) => f.name) : [],
        message: pageT('inputBox.reading', { name: input.name }),
      });
      progress.set({ bytesRead: 0, totalBytes: null, eventsFound: 0 });
      let firstShown = false;
      client()
        .parse(input, {
          onProgress: (p) => {
            if (gen === generation.current) progress.set(p);
          },
          // The worker sends events in batches (at most ten a second): one state update per batch.
          onEvents: (found) => {
            if (gen !== generation.current) return;
            setState((s) => ({
              ...s,
              events: [...s.events, ...found.map((f) => f.summary)],
              places: [...s.places, ...found.map((f) => f.place)],
            }));
            // Show the first event (or the one the URL asked for) before the file ends.
            const wanted = wantedEvent.current ?? 0;
            if (!firstShown && found.some((f) => f.summary.index === wanted)) {
              firstShown = true;
              fetchDetail(wanted, gen);
            }
            const comparing = wantedCompare.current;
            if (comparing !== null && found.some((f) => f.summary.index === comparing)) {
              wantedCompare.current = null;
              fetchCompared(comparing, gen);
            }
          },
        })
        .then((summary) => {
          if (gen !== generation.current) return;
          progress.set(null);
          setState((s) => ({
            ...s,
            phase: notALog(summary) ? 'error' : 'done',
            summary,
            events: summary.events,
            places: summary.places,
            message: null,
          }));
          const wanted = wantedEvent.current;
          const target = wanted != null && wanted < summary.events.length ? wanted : summary.events.length ? 0 : null;
          wantedEvent.current = null;
          // A comparison with an event this input does not have is dropped (the URL then forgets it).
          wantedCompare.current = null;
          if (target != null && !cache.current.has(target)) fetchDetail(target, gen);
          else if (target != null)
            setState((s) => ({ ...s, selected: target, detail: cache.current.get(target) ?? null }));
        })
        .catch((error: unknown) => {
          if (gen !== generation.current) return;
          progress.set(null);
          if (isCancel(error)) {
            setState((s) => ({ ...s, phase: 'idle', message: pageT('inputBox.cancelled', { name: input.name }) }));
          } else {
            setState((s) => ({
              ...s,
              phase: 'error',
              message: pageT('inputPanel.status.failed', { name: input.name, error: errorText(error) }),
            }));
          }
        });
    },
    [client, fetchDetail, fetchCompared, progress],
  );

  const cancel = useCallback(() => {
    clientRef.current?.cancel();
  }, []);

  const select = useCallback(
    (index: number) => {
      if (index < 0) return;
      fetchDetail(index, generation.current);
    },
    [fetchDetail],
  );

  /**
   * Says what is happening when it is not a parse: opening a share link (busy), or why it could not be opened
   * (error). Whatever was being parsed is dropped: the page must not show one thing while saying another.
   */
  const announce = useCallback(
    (phase: Phase, message: string) => {
      ++generation.current;
      progress.set(null);
      setState({ ...INITIAL, phase, message });
    },
    [progress],
  );

  /** Shows `index` side by side with the selected event; null ends the comparison. */
  const compare = useCallback(
    (index: number | null) => {
      if (index === null || index < 0) setState((s) => ({ ...s, compared: null }));
      else fetchCompared(index, generation.current);
    },
    [fetchCompared],
  );

  /** The compared event becomes the selected one and the other way round (both details are cached). */
  const swap = useCallback(() => {
    const { selected, compared } = latestState.current;
    if (selected === null || compared === null) return;
    fetchDetail(compared, generation.current);
    fetchCompared(selected, generation.current);
  }, [latestState, fetchDetail, fetchCompared]);

  return { state, progress, analyse, cancel, select, announce, client, compare, swap };
}
