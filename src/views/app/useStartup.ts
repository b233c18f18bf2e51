/**
 * What the page opens with, once: a share link in the URL wins (and if it is broken, the page says so and opens
 * nothing else); then a sample named in the URL; then the user's last log if they asked this browser to keep
 * it; else the built-in sample, saying so when the user's own log from before the reload was not kept.
 */
import { useEffect, useRef, useState } from 'react';
import { useLatest } from '../common/useLatest';
import type { FragmentState } from '../share/fragment';
import { SAMPLES } from '../input/samples';
import { unkeptLog, type RememberedLog } from '../input/rememberLog';

export interface StartupNote {
  key: string;
  params: Record<string, string>;
}

export interface StartupDeps {
  initial: FragmentState;
  openLink: (fragment: string) => void;
  loadSample: (id: string) => void;
  reopen: () => Promise<RememberedLog | null>;
  reopenLog: (log: RememberedLog) => void;
}

export function useStartup(deps: StartupDeps): StartupNote | null {
  const [note, setNote] = useState<StartupNote | null>(null);
  const latest = useLatest(deps);
  const started = useRef(false);

  useEffect(() => {
    // Once per page, also under StrictMode's double effects in development.
    if (started.current) return;
    started.current = true;
    const { initial, openLink, loadSample, reopen } = latest.current;
    if (initial.shared) return openLink(initial.shared);
    if (initial.sample) return loadSample(initial.sample);
    void reopen().then((log) => {
      if (log) {
        latest.current.reopenLog(log);
        setNote({
          key: 'inputBox.remembered',
          params: { name: log.name, date: new Date(log.savedAt).toLocaleString() },
        });
        return;
      }
      const unkept = unkeptLog.get();
      if (unkept) setNote({ key: 'inputBox.notKept', params: { name: unkept } });
      latest.current.loadSample(SAMPLES[0].id);
    });
  }, [latest]);

  return note;
}
