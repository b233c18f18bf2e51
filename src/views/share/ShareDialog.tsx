/**
 * "Share…": before anything is made, shows exactly what a link would carry (the lines, their numbers, the file
 * name) with "hide identifying details" on by default and the list of what it replaces; then the link, its
 * length (with a warning above ~8 KB, where chat tools cut links), and the analysis file as the alternative.
 * The link is made by the worker (client.pack), which also reads it back when it is opened.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../common/i18n';
import { formatKb } from '../../present/units';
import type { PackRequest, SourceLine } from '../../worker/protocol';
import { Replacements } from './Replacements';
import { analysisFileName, LINK_WARN_CHARS, MAX_LINK_CHARS, pageAddress, shareable } from './shareable';
import './share.css';

export interface ShareDialogProps {
  source: readonly SourceLine[];
  /** The log's name (file name, sample, "pasted text"). */
  name: string;
  highlight: number | null;
  pack: (request: PackRequest) => Promise<string>;
  onClose: () => void;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ShareDialog({ source, name, highlight, pack, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [redact, setRedact] = useState(true);
  const made = useMemo(() => shareable(source, name, { redact, highlight }), [source, name, redact, highlight]);
  const [link, setLink] = useState<{ of: typeof made; url: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // A modal dialog where the browser has one (focus stays inside, Esc closes); jsdom only knows `open`.
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
  }, []);

  useEffect(() => {
    let live = true;
    pack({ target: 'link', log: made.log })
      .then((fragment) => live && setLink({ of: made, url: `${pageAddress(location.href)}#${fragment}` }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [made, pack]);

  const url = link?.of === made ? link.url : null;
  const lineCount = source.length;
  const first = source[0]?.line ?? 0;
  const last = source.at(-1)?.line ?? 0;
  const tooLarge = url != null && url.length > MAX_LINK_CHARS;

  const copy = async () => {
    if (!url || tooLarge) return;
    try {
      await navigator.clipboard.writeText(url);
      setNote(t('share.copied'));
    } catch {
      setNote(t('share.copyFailed'));
    }
  };
  const save = async () => {
    const fileName = analysisFileName(made.log.name ?? name);
    download(await pack({ target: 'file', log: made.log }), fileName);
    setNote(t('share.saved', { file: fileName }));
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      data-testid="share-dialog"
      aria-labelledby={`${id}-h`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-h`}>{t('share.title')}</h2>
      <p className="muted small">{t('share.intro')}</p>
      <label className="share-redact">
        <input
          type="checkbox"
          data-testid="share-redact"
          checked={redact}
          onChange={(e) => setRedact(e.target.checked)}
        />{' '}
        {t('share.redact')}
      </label>
      <p className="muted small">{t('share.redactHelp')}</p>
      {redact ? <Replacements replacements={made.replacements} /> : null}
      <p data-testid="share-carries">
        {t('share.carries', { lines: lineCount, first, last, name: made.log.name ?? name })}{' '}
        {redact ? t('share.carriesRedacted') : null}
      </p>
      <pre className="share-preview" data-testid="share-preview" tabIndex={0} aria-label={t('share.title')}>
        {made.log.text}
      </pre>
      {location.protocol === 'file:' ? (
        <p className="share-warning" data-testid="share-file-warning">
          {t('share.fileUrl')}
        </p>
      ) : null}
      <label className="share-link">
        <span>{t('share.linkLabel')}</span>
        <input
          readOnly
          data-testid="share-link"
          value={url && !tooLarge ? url : ''}
          placeholder={url ? '' : t('share.making')}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <p data-testid="share-size" className="small">
        {url
          ? t('share.size', {
              size: url.length < 1024 ? '< 1 KiB' : formatKb(url.length / 1024),
              chars: url.length.toLocaleString(),
            })
          : t('share.making')}
      </p>
      {tooLarge ? (
        <p className="share-warning" role="alert" data-testid="share-long">
          {t('share.tooLarge', { size: formatKb((url?.length ?? 0) / 1024) })}
        </p>
      ) : url && url.length > LINK_WARN_CHARS ? (
        <p className="share-warning" role="alert" data-testid="share-long">
          {t('share.tooLongForChat')}
        </p>
      ) : null}
      <div className="share-actions">
        <button
          type="button"
          className="primary"
          data-testid="share-copy"
          disabled={!url || tooLarge}
          onClick={() => void copy()}
        >
          {t('share.copy')}
        </button>
        <button type="button" data-testid="share-save" onClick={() => void save()}>
          {t('share.saveFile')}
        </button>
        <button type="button" data-testid="share-close" onClick={() => dialog.current?.close()}>
          {t('share.close')}
        </button>
      </div>
      <p className="small muted">{t('share.saveFileHelp')}</p>
      <p role="status" className="small" data-testid="share-note">
        {note}
      </p>
    </dialog>
  );
}
