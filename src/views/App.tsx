/** The app shell: header, input, progress and status, the event list and the selected event's views. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { version } from '../../package.json';
import { createClient, type OomClient } from '../worker/client';
import { EventList } from './EventList';
import { EventView } from './EventView';
import { encodeShared, decodeShared, formatFragment, parseFragment } from './fragment';
import { InputPanel } from './InputPanel';
import { LineJumpContext } from './LineLink';
import { ProgressPanel } from './ProgressPanel';
import { Results } from './Results';
import { SAMPLES, sampleById } from './samples';
import { SummaryPreview } from './SummaryPreview';
import { ThemeToggle } from './ThemeToggle';
import { useAnalysis } from './useAnalysis';
import { useGlobalInput } from './useGlobalInput';

const SHOW_FILE_BYTES = 1 << 20;
/** Browsers cope with URLs of about 2 MB; stay well below so the link survives chat tools and mail. */
const MAX_SHARE_CHARS = 512 * 1024;

export function App({ makeClient = createClient }: { makeClient?: () => OomClient }) {
  const [initial] = useState(() => parseFragment(location.hash));
  const { state, analyse, cancel, select } = useAnalysis(makeClient, initial.event);
  const [text, setText] = useState('');
  const [sampleId, setSampleId] = useState('');
  const [highlight, setHighlight] = useState<number | null>(null);
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
      setHighlight(null);
      setShareNote(null);
      analyse({ kind: 'text', text: value, name });
    },
    [analyse],
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
      setHighlight(null);
      analyse({ kind: 'file', file, name: file.name });
      // Show a small plain-text file in the box so input and results agree, unless that would replace
      // text the user wrote there. Large and compressed files stay out of the DOM.
      if (!userText.current && file.size <= SHOW_FILE_BYTES && !/\.gz$/i.test(file.name)) {
        void file.text().then((content) => {
          if (!userText.current && !content.includes('\u0000')) setText(content);
        });
      }
    },
    [analyse],
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
    } else loadSample(SAMPLES[0].id);
    return () => {
      live = false;
    };
  }, [initial, loadSample, analyseText]);

  // The fragment remembers the selected event (and keeps a shared log).
  useEffect(() => {
    if (state.selected == null) return;
    const hash = formatFragment({ shared: shared.current, event: state.selected });
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [state.selected]);

  const move = (delta: number) => {
    if (!state.events.length) return;
    const current = state.selected ?? 0;
    const next = Math.min(state.events.length - 1, Math.max(0, current + delta));
    if (next !== current) {
      setHighlight(null);
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

  const share = async () => {
    if (!current) return;
    const encoded = await encodeShared(current.source.map((l) => l.raw).join('\n'));
    if (encoded.length > MAX_SHARE_CHARS) {
      setShareNote(
        `This event is too large for a link (${Math.ceil(encoded.length / 1024)} KiB compressed); share the log file instead.`,
      );
      return;
    }
    const url = `${location.origin}${location.pathname}${location.search}#s=${encoded}`;
    shared.current = encoded;
    history.replaceState(null, '', `#s=${encoded}`);
    try {
      await navigator.clipboard.writeText(url);
      setShareNote(
        `Share link copied (${Math.ceil(url.length / 1024)} KiB). It carries this event’s lines in the link itself; nothing is uploaded.`,
      );
    } catch {
      setShareNote('The share link is now in the address bar: copy it from there. Nothing is uploaded.');
    }
  };

  return (
    <LineJumpContext.Provider value={setHighlight}>
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
        <header className="app-header">
          <div className="brand">
            <h1>oomscope</h1>
            <span className="version">v{version}</span>
            <span className="tagline muted">Linux OOM-killer reports, explained. Runs entirely in your browser.</span>
          </div>
          <ThemeToggle />
        </header>
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
          <div className={`status status-${state.phase}`}>
            <p data-testid="status-message" role="status">
              {state.message}
            </p>
            {shareNote ? <p className="muted small">{shareNote}</p> : null}
            {stash != null ? (
              <button
                type="button"
                data-testid="restore-text"
                onClick={() => {
                  editText(stash);
                  setStash(null);
                }}
              >
                Restore my text
              </button>
            ) : null}
          </div>
          {state.phase === 'parsing' && state.progress ? (
            <ProgressPanel progress={state.progress} name={state.inputName} onCancel={cancel} />
          ) : null}
          <div id="results" tabIndex={-1} className="results" aria-label="Results">
            {state.events.length > 0 ? (
              <EventList
                events={state.events}
                selected={state.selected}
                onSelect={(i) => {
                  setHighlight(null);
                  select(i);
                }}
                parsing={state.phase === 'parsing'}
              />
            ) : null}
            <Results summary={state.summary} />
            {current ? (
              <EventView detail={current} highlight={highlight} onShare={() => void share()} />
            ) : preview ? (
              <SummaryPreview summary={preview} />
            ) : null}
          </div>
        </main>
        <footer className="app-footer muted small">
          oomscope {version} — no network requests, no analytics: your log never leaves this page.
        </footer>
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop a log file (.log, .txt or .gz) to analyse it</p>
          </div>
        ) : null}
      </div>
    </LineJumpContext.Provider>
  );
}
