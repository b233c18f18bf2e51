/** The app shell: header, input, progress and status, the event list and the selected event's views. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createClient, type OomClient } from '../../worker/client';
import { AppFooter, AppHeader, DropOverlay, StatusLine } from './Chrome';
import { EventList } from '../events/EventList';
import { EventView } from '../event/EventView';
import { decodeShared, parseFragment } from '../share/fragment';
import { InputPanel } from '../input/InputPanel';
import { LineJumpContext } from '../source/LineLink';
import { ProgressPanel } from '../input/ProgressPanel';
import { Results } from '../events/Results';
import { shareEvent } from '../share/shareLink';
import { SAMPLES, sampleById } from '../input/samples';
import { SummaryPreview } from '../events/SummaryPreview';
import { doneMessage, useAnalysis } from './useAnalysis';
import { useTranslation } from 'react-i18next';
import { useFragmentSync } from '../share/useFragmentSync';
import { useGlobalInput } from './useGlobalInput';
import { countRender } from './renderProbe';

const SHOW_FILE_BYTES = 1 << 20;

export function App({ makeClient = createClient }: { makeClient?: () => OomClient }) {
  countRender('App');
  const [initial] = useState(() => parseFragment(location.hash));
  const { state, progress, analyse, cancel, select } = useAnalysis(makeClient, initial.event);
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sampleId, setSampleId] = useState('');
  const [highlight, setHighlightLine] = useState<number | null>(null);
  const [marked, setMarked] = useState<number[]>([]);
  const jumpToLine = useCallback((line: number | null, group?: number[]) => {
    setHighlightLine(line);
    setMarked(group ?? []);
  }, []);
  const [shareNote, setShareNote] = useState<string | null>(null);
  const [stash, setStash] = useState<string | null>(null);
  const shared = useRef<string | null>(initial.shared);
  // Whether the textarea holds the user's own words (never overwritten) or something we put there.
  const userText = useRef(false);
  const editText = (value: string) => {
    userText.current = true;
    setText(value);
  };
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = text;
  }, [text]);

  const analyseText = useCallback(
    (value: string, name: string) => {
      jumpToLine(null);
      setShareNote(null);
      analyse({ kind: 'text', text: value, name });
    },
    [analyse, jumpToLine],
  );

  const loadSample = useCallback(
    (id: string) => {
      const sample = sampleById(id);
      if (!sample) return;
      shared.current = null;
      setSampleId(id);
      // Picking a sample replaces the box; the user's own text is kept aside for "Restore my text".
      if (userText.current) setStash(textRef.current);
      userText.current = false;
      setText(sample.text);
      analyseText(sample.text, sample.label);
    },
    [analyseText],
  );

  const openFile = useCallback(
    (file: File) => {
      shared.current = null;
      setSampleId('');
      jumpToLine(null);
      analyse({ kind: 'file', file, name: file.name });
      // Show a small plain-text file in the box so input and results agree, unless that would replace
      // text the user wrote there. Large and compressed files stay out of the DOM.
      if (!userText.current && file.size <= SHOW_FILE_BYTES && !/\.gz$/i.test(file.name)) {
        void file.text().then((content) => {
          if (!userText.current && !content.includes('\u0000')) setText(content);
        });
      }
    },
    [analyse, jumpToLine],
  );

  // On open: a share link's log wins over the built-in sample.
  useEffect(() => {
    let live = true;
    if (initial.shared) {
      void decodeShared(initial.shared).then((decoded) => {
        if (!live) return;
        if (decoded == null) loadSample(SAMPLES[0].id);
        else {
          setText(decoded);
          analyseText(decoded, 'shared link');
        }
      });
    } else {
      // Opening the app starts the sample's analysis in the worker: an effect by nature.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      loadSample(sampleById(initial.sample ?? '')?.id ?? SAMPLES[0].id);
    }
    return () => {
      live = false;
    };
  }, [initial, loadSample, analyseText]);

  useFragmentSync({
    selected: state.selected,
    eventCount: state.events.length,
    select,
    sharedRef: shared,
    sample: sampleId || null,
    onSharedLog: (decoded) => {
      userText.current = false;
      setText(decoded);
      analyseText(decoded, 'shared link');
    },
  });

  const move = (delta: number) => {
    if (!state.events.length) return;
    const current = state.selected ?? 0;
    const next = Math.min(state.events.length - 1, Math.max(0, current + delta));
    if (next !== current) {
      jumpToLine(null);
      select(next);
    }
  };

  // The detail on screen must be the selected event's; until it arrives, show what its summary says.
  const current = state.detail && state.detail.event.index === state.selected ? state.detail : null;
  const preview = current ? null : (state.events.find((e) => e.index === state.selected) ?? null);

  const { dragging } = useGlobalInput({
    onPasteText: (value) => {
      editText(value);
      setSampleId('');
      shared.current = null;
      analyseText(value, 'pasted text');
    },
    onPasteIntoLog: () => {
      userText.current = true;
      setSampleId('');
      shared.current = null;
      analyseText(textRef.current, 'pasted text');
    },
    onFile: openFile,
    onNext: () => move(1),
    onPrevious: () => move(-1),
  });

  // Stable callbacks: the memoised views below re-render only when what they show changes.
  const share = useCallback(() => {
    if (!current) return;
    void shareEvent(current.source).then((result) => {
      if (result.encoded) shared.current = result.encoded;
      setShareNote(result.note);
    });
  }, [current]);
  const selectEvent = useCallback(
    (index: number) => {
      jumpToLine(null);
      select(index);
    },
    [jumpToLine, select],
  );

  return (
    <LineJumpContext.Provider value={jumpToLine}>
      <div className="app" data-testid="app" data-state={state.phase}>
        <a
          className="skip-link"
          href="#results"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('results')?.focus();
          }}
        >
          Skip to results
        </a>
        <AppHeader />
        <main>
          <InputPanel
            text={text}
            onTextChange={editText}
            onAnalyseText={() => {
              setSampleId('');
              shared.current = null;
              analyseText(text, 'pasted text');
            }}
            onFile={openFile}
            sampleId={sampleId}
            onSample={loadSample}
          />
          <StatusLine
            phase={state.phase}
            message={
              state.message ?? (state.summary ? doneMessage(state.summary, (key, params) => t(key, params ?? {})) : '')
            }
            note={shareNote}
            onRestore={
              stash == null
                ? null
                : () => {
                    editText(stash);
                    setStash(null);
                  }
            }
          />
          {state.phase === 'parsing' ? (
            <ProgressPanel store={progress} name={state.inputName} onCancel={cancel} />
          ) : null}
          <div id="results" tabIndex={-1} className="results" aria-label="Results">
            {state.events.length > 0 ? (
              <EventList
                events={state.events}
                selected={state.selected}
                onSelect={selectEvent}
                parsing={state.phase === 'parsing'}
              />
            ) : null}
            <Results summary={state.summary} />
            {current ? (
              <EventView detail={current} highlight={highlight} marked={marked} onShare={share} />
            ) : preview ? (
              <SummaryPreview summary={preview} />
            ) : null}
          </div>
        </main>
        <AppFooter />
        {dragging ? <DropOverlay /> : null}
      </div>
    </LineJumpContext.Provider>
  );
}
