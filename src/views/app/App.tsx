/** The app shell: header, input, progress and status, the event list and the selected event's views. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../common/i18n';
import { createClient, type OomClient } from '../../worker/client';
import type { ParseInput } from '../../worker/protocol';
import { AppFooter, AppHeader, DropOverlay, StatusLine } from './Chrome';
import { EventView } from '../event/EventView';
import { useLastDetail } from '../event/useLastDetail';
import { StagingOn } from '../common/Staged';
import { EventsPanel } from '../events/EventsPanel';
import { CompareProvider } from '../compare/CompareContext';
import { CompareView } from '../compare/CompareView';
import { SelectedFrom } from '../events/SelectedFrom';
import { useBrowseInput } from '../events/browseInput';
import { useEventBrowser } from '../events/useEventBrowser';
import { parseFragment } from '../share/fragment';
import { PrintSource } from './PrintSource';
import { InputPanel } from '../input/InputPanel';
import { LineJumpContext } from '../source/LineLink';
import { LineBackContext, useLineJump } from '../source/useLineJump';
import { ProgressPanel } from '../input/ProgressPanel';
import { Results } from '../events/Results';
import { SAMPLES, sampleById } from '../input/samples';
import { ShareDialog } from '../share/ShareDialog';
import { ShareNotes } from '../share/ShareNotes';
import { SummaryPreview } from '../events/SummaryPreview';
import { doneMessage, useAnalysis } from './useAnalysis';
import { useDocumentTitle } from './useDocumentTitle';
import { useFragmentSync } from '../share/useFragmentSync';
import { useGlobalInput } from './useGlobalInput';
import { useInputSource } from '../input/useInputSource';
import { useOpenShared } from '../share/useOpenShared';
import { useStartup } from './useStartup';
import { useEventJson } from '../export/useEventJson';
import type { LogStore } from '../input/rememberLog';
import { countRender } from './renderProbe';
import { afterNextFrame } from '../common/staging';
import './print.css';

/** The page's client: a parse starts after the frame that answers the drop (see ParseStart in worker/client.ts). */
const pageClient = () => createClient(afterNextFrame);

export function App({
  makeClient = pageClient,
  makeLogStore,
}: {
  makeClient?: () => OomClient;
  /** Where "remember my last log" keeps it (IndexedDB unless a test gives a stand-in). */
  makeLogStore?: () => LogStore | null;
}) {
  countRender('App');
  const { t } = useTranslation();
  const [initial] = useState(() => parseFragment(location.hash));
  const { state, progress, analyse, cancel, select, announce, client, compare, swap } = useAnalysis(
    makeClient,
    initial.event,
    initial.compare ?? null,
  );
  const { highlight, marked, jumpToLine, lineBack } = useLineJump();
  const [sharing, setSharing] = useState(false);
  // The share link the current analysis came from: the fragment keeps it so a reload reopens the same event.
  const sharedLink = useRef<string | null>(initial.shared);

  const start = useCallback(
    (input: ParseInput) => {
      jumpToLine(null);
      analyse(input);
    },
    [analyse, jumpToLine],
  );
  const input = useInputSource(start, makeLogStore);
  const shared = useOpenShared({
    unpack: (source) => client().unpack(source),
    openLog: input.openShared,
    openAsLog: input.openFile,
    announce,
    highlight: jumpToLine,
  });
  const { forget: forgetShared, openLink } = shared;

  // Anything the user loads replaces a shared event: its link leaves the address bar and its notes go.
  const leaveShared = useCallback(() => {
    sharedLink.current = null;
    forgetShared();
  }, [forgetShared]);
  const openLinkFragment = useCallback(
    (fragment: string) => {
      sharedLink.current = fragment;
      void openLink(fragment);
    },
    [openLink],
  );
  const openFile = useCallback(
    (file: File) => {
      leaveShared();
      if (/\.json$/i.test(file.name)) void shared.openFile(file);
      else input.openFile(file);
    },
    [leaveShared, shared, input],
  );
  const openFiles = useCallback(
    (files: File[]) => {
      leaveShared();
      input.openFiles(files);
    },
    [leaveShared, input],
  );
  const loadSample = useCallback(
    (id: string) => {
      leaveShared();
      input.loadSample(id);
    },
    [leaveShared, input],
  );

  const startupNote = useStartup({
    initial,
    openLink: openLinkFragment,
    loadSample: (id) => input.loadSample(sampleById(id)?.id ?? SAMPLES[0].id),
    reopen: input.remembered.reopen,
    reopenLog: input.reopen,
  });

  const source = input.state.source;
  const sampleId = source?.kind === 'sample' && !input.state.edited ? source.id : '';
  useFragmentSync({
    selected: state.selected,
    compared: state.compared,
    eventCount: state.events.length,
    select,
    compare,
    sharedRef: sharedLink,
    sample: sampleId || null,
    onSharedLink: openLinkFragment,
  });

  // j/k move through the events the list shows (its filters and range apply).
  const browseInput = useBrowseInput(state);
  const browser = useEventBrowser(browseInput, state.run);
  const move = (delta: number) => {
    const next = browser.step(state.selected, delta);
    if (next !== null && next !== state.selected) {
      jumpToLine(null);
      select(next);
    }
  };

  // The detail on screen must be the selected event's; until it arrives, show what its summary says.
  const current = state.detail && state.detail.event.index === state.selected ? state.detail : null;
  const preview = current ? null : (state.events.find((e) => e.index === state.selected) ?? null);
  const logName = state.inputName ?? t('inputBox.pasted');
  const shown = useLastDetail(current, logName);
  useDocumentTitle(state.events.find((e) => e.index === state.selected) ?? null, current);

  const { dragging } = useGlobalInput({
    onPasteText: (value) => {
      leaveShared();
      input.paste(value);
    },
    onPasteIntoLog: () => {
      leaveShared();
      input.pastedIntoBox();
    },
    onFile: openFile,
    onFiles: openFiles,
    onNext: () => move(1),
    onPrevious: () => move(-1),
  });

  // Stable callbacks: the memoised views below re-render only when what they show changes.
  const share = useCallback(() => setSharing(true), []);
  const selectEvent = useCallback(
    (index: number) => {
      jumpToLine(null);
      select(index);
    },
    [jumpToLine, select],
  );
  // Compare: the picked event side by side with the selected one, in the event view's place.
  const [compareOpenedHere, setCompareOpenedHere] = useState(false);
  const refocusCompare = useRef(false);
  const openCompare = useCallback(
    (index: number) => {
      setCompareOpenedHere(true);
      compare(index);
    },
    [compare],
  );
  const closeCompare = useCallback(() => {
    refocusCompare.current = true;
    compare(null);
  }, [compare]);
  // Back in the event view, the keyboard continues from the button that opened the comparison.
  useEffect(() => {
    if (state.compared !== null || !refocusCompare.current) return;
    refocusCompare.current = false;
    document.querySelector<HTMLElement>('[data-testid=compare]')?.focus();
  }, [state.compared]);
  const compareOffer = useMemo(() => ({ choices: browseInput, open: openCompare }), [browseInput, openCompare]);
  const comparing = state.compared !== null && state.selected !== null;
  const comparedDetail = state.comparedDetail?.event.index === state.compared ? state.comparedDetail : null;

  const cancelled = state.phase === 'idle' && state.inputName != null;
  const eventJson = useEventJson(client, state.summary, logName);

  return (
    <StagingOn value={true}>
      <CompareProvider value={compareOffer}>
        <LineJumpContext.Provider value={jumpToLine}>
          <LineBackContext.Provider value={lineBack}>
            <div className="app" data-testid="app" data-state={state.phase}>
              <a
                className="skip-link"
                href="#results"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById('results')?.focus();
                }}
              >
                {t('inputPanel.skip')}
              </a>
              <AppHeader />
              <main>
                <InputPanel
                  text={input.state.text}
                  onTextChange={input.edit}
                  onAnalyseText={() => {
                    // Re-running an untouched shared event keeps its link; anything else replaces it.
                    if (input.state.edited || input.state.source?.kind !== 'shared') leaveShared();
                    input.run();
                  }}
                  onFile={openFile}
                  onFiles={openFiles}
                  sampleId={sampleId}
                  onSample={loadSample}
                  card={input.card}
                  onClear={input.clear}
                  remembered={input.remembered}
                />
                <StatusLine
                  phase={state.phase}
                  message={
                    state.message ??
                    (state.summary
                      ? doneMessage(state.summary, (key, params) => t(key, params ?? {}))
                      : state.phase === 'idle'
                        ? t('inputPanel.status.initial')
                        : '')
                  }
                  note={startupNote ? t(startupNote.key, startupNote.params) : null}
                  onRestore={input.state.stash == null ? null : input.restore}
                  retry={cancelled ? { name: input.runName, run: () => input.run() } : null}
                >
                  <ShareNotes opened={shared.opened} />
                </StatusLine>
                {state.phase === 'parsing' ? (
                  <ProgressPanel store={progress} name={state.inputName} onCancel={cancel} />
                ) : null}
                <div id="results" tabIndex={-1} className="results" aria-label={t('inputPanel.results')}>
                  {state.events.length > 0 ? (
                    <EventsPanel
                      browser={browser}
                      overview={state.summary?.overview ?? null}
                      selected={state.selected}
                      onSelect={selectEvent}
                      parsing={state.phase === 'parsing'}
                    />
                  ) : null}
                  <SelectedFrom browser={browser} selected={state.selected} />
                  {/* Cheap to mount with the end of a read: its lists are drawn only when opened (Disclosure). */}
                  <Results summary={state.summary} />
                  {preview && !comparing ? <SummaryPreview summary={preview} /> : null}
                  {comparing ? (
                    <CompareView
                      a={current}
                      aIndex={state.selected!}
                      b={comparedDetail}
                      bIndex={state.compared!}
                      choices={browseInput}
                      onSwap={swap}
                      onClose={closeCompare}
                      focusOnOpen={compareOpenedHere}
                    />
                  ) : shown ? (
                    <EventView
                      detail={shown.detail}
                      retiring={shown.retiring}
                      highlight={highlight}
                      marked={marked}
                      onShare={share}
                      name={shown.name}
                      eventJson={eventJson}
                    />
                  ) : null}
                  {current ? <PrintSource source={current.source} /> : null}
                </div>
              </main>
              <AppFooter />
              {dragging ? <DropOverlay /> : null}
              {sharing && current ? (
                <ShareDialog
                  source={current.source}
                  name={state.inputName ?? t('inputBox.pasted')}
                  highlight={highlight}
                  pack={(request) => client().pack(request)}
                  onClose={() => setSharing(false)}
                />
              ) : null}
            </div>
          </LineBackContext.Provider>
        </LineJumpContext.Provider>
      </CompareProvider>
    </StagingOn>
  );
}
