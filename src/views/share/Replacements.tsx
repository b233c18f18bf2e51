/** The list of what "hide identifying details" replaces: how many of each kind, and each original → placeholder. */
import { useTranslation } from '../common/i18n';
import type { Replacement } from '../../present/redact/redact';

export function Replacements({ replacements }: { replacements: readonly Replacement[] }) {
  const { t } = useTranslation();
  if (replacements.length === 0) return <p className="small">{t('share.replacedNone')}</p>;
  return (
    <details className="share-replacements" data-testid="share-replacements">
      <summary>{t('share.replacedCount', { count: replacements.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('share.original')}</th>
            <th scope="col">{t('share.placeholder')}</th>
          </tr>
        </thead>
        <tbody>
          {replacements.map((r) => (
            <tr key={`${r.kind}:${r.placeholder}`}>
              <td>
                <span className="muted small">{t(`share.kind.${r.kind}`)}</span> <code>{r.original}</code>
              </td>
              <td>
                <code>{r.placeholder}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
