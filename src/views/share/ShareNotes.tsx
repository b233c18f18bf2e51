/** What the page says about a shared event it opened: where it came from, whether it was redacted, what was damaged. */
import { useTranslation } from '../common/i18n';
import type { OpenedShare } from './useOpenShared';
import { problemText } from './problems';
import './share.css';

export function ShareNotes({ opened }: { opened: OpenedShare | null }) {
  const { t } = useTranslation();
  const log = opened?.unpacked.log;
  if (!opened || !log) return null; // a link that did not open is said in the status line
  const ranges = log.lines;
  const first = ranges?.[0]?.[0] ?? 1;
  const last = ranges?.at(-1)?.[1] ?? log.text.split('\n').length;
  const name = log.name ?? t('share.unnamed');
  const problems = opened.unpacked.problems;
  return (
    <div className="share-notes small" data-testid="share-notes">
      <p>
        {opened.from === 'file'
          ? t('share.openedFromFile', { file: opened.fileName, name, first, last })
          : t('share.openedFrom', { name, first, last })}{' '}
        {log.redacted ? t('share.openedRedacted') : null}
      </p>
      {problems.length ? (
        <div role="alert" data-testid="share-problems">
          {t('share.damaged')}
          <ul>
            {problems.map((p) => (
              <li key={`${p.part}-${p.code}`}>{problemText(t, p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
