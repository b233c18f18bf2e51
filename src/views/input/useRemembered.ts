/**
 * The opt-in memory of the user's last log (rememberLog.ts) as React state: whether it is on, what is kept,
 * saving the log being analysed, forgetting it, and what to reopen on load.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLatest } from '../common/useLatest';
import { forgetSafely, indexedDbStore, optIn, unkeptLog, type LogStore, type RememberedLog } from './rememberLog';
import type { Source } from './inputState';

export interface Remembered {
  available: boolean;
  enabled: boolean;
  /** What is kept now (name and when), if anything. */
  kept: { name: string; savedAt: number } | null;
  setEnabled(on: boolean): void;
  forget(): void;
  /** Called when an analysis of `source` (null: the box's own text) starts; `name` is what it runs as. */
  track(source: Source | null, text: string, name: string): void;
  /** The kept log, when the option is on (once, on load). */
  reopen(): Promise<RememberedLog | null>;
}

function recordOf(source: Source | null, text: string, name: string): RememberedLog | null {
  const savedAt = Date.now();
  if (!source) return text.trim() ? { kind: 'text', name, text, savedAt } : null;
  switch (source.kind) {
    case 'sample':
      return null;
    case 'files':
      return null; // several files are not kept (the store holds one log)
    case 'text':
      return { kind: 'text', name: source.name, text, savedAt };
    case 'file':
      return { kind: 'file', name: source.name, blob: source.file, savedAt };
    case 'shared':
      return {
        kind: 'shared',
        name: source.name,
        text: source.log.text,
        lines: source.log.lines,
        redacted: source.log.redacted,
        savedAt,
      };
  }
}

export function useRemembered(makeStore: () => LogStore | null = indexedDbStore): Remembered {
  const [store] = useState(() => {
    const made = makeStore();
    return made && forgetSafely(made);
  });
  const [enabled, setOn] = useState(() => store !== null && optIn.get());
  const [kept, setKept] = useState<Remembered['kept']>(null);
  const enabledRef = useLatest(enabled);

  useEffect(() => {
    if (!store || !enabled) return;
    let live = true;
    store
      .load()
      // A log saved while this load was on its way is newer than what it found: keep that.
      .then((log) => live && setKept((now) => now ?? (log ? { name: log.name, savedAt: log.savedAt } : null)))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [store, enabled]);

  const forget = useCallback(() => {
    setKept(null);
    void store?.clear().catch(() => {});
  }, [store]);

  const setEnabled = useCallback(
    (on: boolean) => {
      if (!store || !optIn.set(on)) return;
      setOn(on);
      if (!on) forget();
    },
    [store, forget],
  );

  const track = useCallback(
    (source: Source | null, text: string, name: string) => {
      const record = recordOf(source, text, name);
      if (!record) {
        unkeptLog.set(null); // a sample: the URL brings it back on reload
        return;
      }
      if (store && enabledRef.current) {
        unkeptLog.set(null);
        store
          .save(record)
          .then(() => setKept({ name: record.name, savedAt: record.savedAt }))
          .catch(() => unkeptLog.set(record.name));
      } else {
        // Gone on reload (a share link in the URL is reopened before this note could show).
        unkeptLog.set(record.name);
      }
    },
    [store, enabledRef],
  );

  const reopen = useCallback(async () => {
    if (!store || !enabledRef.current) return null;
    return store.load().catch(() => null);
  }, [store, enabledRef]);

  return { available: store !== null, enabled, kept, setEnabled, forget, track, reopen };
}
