/**
 * Opens a share link or an analysis file: the worker unpacks it (capped, validated part by part), the lines go
 * into the input box at their original numbers, and what was damaged is reported. A link that cannot be
 * opened says why and loads nothing else: never the sample in its place.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from '../common/i18n';
import type { SharedLog, UnpackSource, Unpacked } from '../../worker/protocol';
import type { Phase } from '../app/useAnalysis';
import { problemsText } from './problems';

export interface OpenedShare {
  from: 'link' | 'file';
  /** The analysis file's own name (a link has none). */
  fileName: string | null;
  unpacked: Unpacked;
}

export interface OpenSharedDeps {
  unpack: (source: UnpackSource) => Promise<Unpacked>;
  /** Loads the unpacked lines into the input and analyses them. */
  openLog: (log: SharedLog, name: string) => void;
  /** A .json that is not an analysis file (a journal export, say): read it as a log. */
  openAsLog: (file: File) => void;
  announce: (phase: Phase, message: string) => void;
  highlight: (line: number | null) => void;
}

const failed = (): Unpacked => ({ log: null, version: null, problems: [{ part: 'link', code: 'invalid' }] });

export function useOpenShared({ unpack, openLog, openAsLog, announce, highlight }: OpenSharedDeps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<OpenedShare | null>(null);

  const show = useCallback(
    (share: OpenedShare, log: SharedLog) => {
      setOpened(share);
      openLog(log, log.name ?? t('share.unnamed'));
      if (log.view.line != null) highlight(log.view.line);
    },
    [openLog, highlight, t],
  );

  /** `fragment`: the link's parts (without '#'). Resolves whether anything opened. */
  const openLink = useCallback(
    async (fragment: string): Promise<boolean> => {
      setOpened(null);
      announce('parsing', t('share.opening'));
      const unpacked = await unpack({ kind: 'link', fragment }).catch(failed);
      if (!unpacked.log) {
        setOpened({ from: 'link', fileName: null, unpacked });
        announce('error', t('share.cannotOpen', { reason: problemsText(t, unpacked.problems) }));
        return false;
      }
      show({ from: 'link', fileName: null, unpacked }, unpacked.log);
      return true;
    },
    [unpack, announce, show, t],
  );

  const openFile = useCallback(
    async (file: File): Promise<void> => {
      setOpened(null);
      const unpacked = await unpack({ kind: 'file', file, name: file.name }).catch(failed);
      if (unpacked.problems.some((p) => p.code === 'not-analysis')) return openAsLog(file);
      if (!unpacked.log) {
        setOpened({ from: 'file', fileName: file.name, unpacked });
        announce('error', t('share.cannotOpenFile', { reason: problemsText(t, unpacked.problems) }));
        return;
      }
      show({ from: 'file', fileName: file.name, unpacked }, unpacked.log);
    },
    [unpack, announce, show, openAsLog, t],
  );

  return { opened, openLink, openFile, forget: useCallback(() => setOpened(null), []) };
}
