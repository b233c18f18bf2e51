/**
 * "Export" in the event's bar: the Markdown ticket report (src/present/markdown.ts, in the chosen language;
 * copied or saved) and the event as the CLI's JSON document. The task table's CSV and the charts' pictures are
 * exported from their own panels, which know what they show.
 */
import { useId, useRef, useState } from 'react';
import { markdownReport } from '../../present/markdown';
import type { EventDetail } from '../../worker/protocol';
import { useT } from '../common/useT';
import { copyText, downloadText } from './download';
import { useExportFileName } from './exportName';

export function ExportMenu({
  detail,
  name,
  eventJson,
}: {
  detail: EventDetail;
  /** The log's name as the user knows it. */
  name: string;
  /** The event's JSON document (made with the worker's help); absent where there is no worker (tests). */
  eventJson?: (detail: EventDetail) => Promise<string>;
}) {
  const t = useT();
  const id = useId();
  const fileName = useExportFileName();
  const menu = useRef<HTMLDetailsElement>(null);
  const [note, setNote] = useState('');
  const markdown = () =>
    markdownReport(detail.event, detail.analysis, { t, file: name, number: detail.event.index + 1 });

  const saveMarkdown = () => {
    const file = fileName('report', 'md');
    downloadText(markdown(), file, 'text/markdown');
    setNote(t('exports.saved', { file }));
  };
  const copyMarkdown = async () => setNote(t((await copyText(markdown())) ? 'exports.copied' : 'exports.copyFailed'));
  const saveJson = async () => {
    if (!eventJson) return;
    try {
      const file = fileName('event', 'json');
      downloadText(await eventJson(detail), file, 'application/json');
      setNote(t('exports.saved', { file }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNote(/still being read/.test(message) ? t('exports.notReady') : t('exports.failed', { error: message }));
    }
  };

  return (
    <details className="export-menu" ref={menu}>
      <summary data-testid="export">{t('exports.title')}</summary>
      <div className="export-panel" role="group" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className="visually-hidden">
          {t('exports.menu')}
        </h2>
        <div className="export-row">
          <strong>{t('exports.markdown')}</strong>
          <button type="button" data-testid="export-markdown-copy" onClick={() => void copyMarkdown()}>
            {t('exports.copyMarkdown')}
          </button>
          <button type="button" data-testid="export-markdown" onClick={saveMarkdown}>
            {t('exports.downloadMarkdown')}
          </button>
          <p className="muted small">{t('exports.markdownHelp')}</p>
        </div>
        {eventJson ? (
          <div className="export-row">
            <strong>{t('exports.json')}</strong>
            <button type="button" data-testid="export-json" onClick={() => void saveJson()}>
              {t('exports.saveJson')}
            </button>
            <p className="muted small">{t('exports.jsonHelp')}</p>
          </div>
        ) : null}
        <p className="muted small">{t('exports.elsewhere')}</p>
        <p role="status" className="small" data-testid="export-note">
          {note}
        </p>
      </div>
    </details>
  );
}
