/**
 * The input box as the app uses it: the reducer (inputState.ts) plus what it needs from outside — reading a
 * small opened file into the box, running an analysis of what the box refers to, and remembering the user's
 * log when they asked for that (useRemembered.ts).
 */
import { useCallback, useRef, useState } from 'react';
import { useLatest } from '../common/useLatest';
import { useTranslation } from '../common/i18n';
import type { ParseInput, SharedLog } from '../../worker/protocol';
import {
  boxCard,
  EMPTY_INPUT,
  inputReducer,
  inputToRun,
  SHOW_IN_BOX_CHARS,
  type InputAction,
  type InputState,
} from './inputState';
import type { RememberedLog } from './rememberLog';
import { sampleById } from './samples';
import { useRemembered } from './useRemembered';
import type { LogStore } from './rememberLog';

export function useInputSource(start: (input: ParseInput) => void, makeStore?: () => LogStore | null) {
  const { t } = useTranslation();
  const [state, setState] = useState<InputState>(EMPTY_INPUT);
  const current = useRef(state);
  const remembered = useRemembered(makeStore);
  const startRef = useLatest(start);

  const apply = useCallback((action: InputAction): InputState => {
    const next = inputReducer(current.current, action);
    current.current = next;
    setState(next);
    return next;
  }, []);

  /** Analyses what the box refers to now. */
  const run = useCallback(
    (s: InputState = current.current) => {
      const input = inputToRun(s, t('inputBox.pasted'));
      remembered.track(s.edited ? null : s.source, s.text, input.name);
      startRef.current(input);
    },
    [t, remembered, startRef],
  );

  const loadAndRun = useCallback((action: InputAction) => run(apply(action)), [apply, run]);

  const openFile = useCallback(
    (file: File) => {
      run(apply({ type: 'file', file }));
      // Show a small plain-text file in the box so input and results agree. Large and compressed files stay
      // out of the DOM; the box shows a card naming the file instead.
      if (file.size <= SHOW_IN_BOX_CHARS && !/\.gz$/i.test(file.name)) {
        void file
          .text()
          .then((text) => {
            if (!text.includes('\u0000')) apply({ type: 'file-text', file, text });
          })
          .catch(() => {});
      }
    },
    [apply, run],
  );

  /** Several files into one timeline (never shown in the box). One file opens as before. */
  const openFiles = useCallback(
    (files: File[]) => {
      if (files.length === 1) openFile(files[0]);
      else if (files.length > 1) run(apply({ type: 'files', files, name: t('files.name', { count: files.length }) }));
    },
    [apply, run, openFile, t],
  );

  const loadSample = useCallback(
    (id: string) => {
      const sample = sampleById(id);
      // Named in the reader's language (the status line says "found in <name>").
      if (sample) loadAndRun({ type: 'sample', id, name: t(`inputPanel.sample.${id}`), text: sample.text });
    },
    [loadAndRun, t],
  );

  const openShared = useCallback(
    (log: SharedLog, name: string) => loadAndRun({ type: 'shared', log, name }),
    [loadAndRun],
  );

  /** A log kept by "Remember my last log", reopened as it was. */
  const reopen = useCallback(
    (log: RememberedLog) => {
      if (log.kind === 'file' && log.blob) openFile(new File([log.blob], log.name));
      else if (log.kind === 'shared' && log.text != null)
        openShared(
          {
            name: log.name,
            text: log.text,
            lines: log.lines ?? null,
            view: { event: null, line: null },
            redacted: !!log.redacted,
          },
          log.name,
        );
      else if (log.text != null) loadAndRun({ type: 'paste', text: log.text, name: log.name || t('inputBox.pasted') });
    },
    [openFile, openShared, loadAndRun, t],
  );

  return {
    state,
    card: boxCard(state),
    remembered,
    edit: useCallback((text: string) => void apply({ type: 'edit', text }), [apply]),
    paste: useCallback(
      (text: string) => loadAndRun({ type: 'paste', text, name: t('inputBox.pasted') }),
      [loadAndRun, t],
    ),
    /** The browser pasted into the box itself: the box is the user's text now; analyse it. */
    pastedIntoBox: useCallback(() => run(apply({ type: 'edit', text: current.current.text })), [apply, run]),
    loadSample,
    openFile,
    openFiles,
    openShared,
    reopen,
    restore: useCallback(() => void apply({ type: 'restore' }), [apply]),
    clear: useCallback(() => void apply({ type: 'clear' }), [apply]),
    run,
    /** The name "Try again" reads. */
    runName: inputToRun(state, t('inputBox.pasted')).name,
  };
}
