/** "Remember my last log in this browser" (opt-in) and "Forget it". */
import { useTranslation } from '../common/i18n';
import type { Remembered } from './useRemembered';

export function RememberControls({ remembered }: { remembered: Remembered }) {
  const { t } = useTranslation();
  if (!remembered.available) return <p className="muted small">{t('inputBox.rememberUnavailable')}</p>;
  return (
    <div className="remember small">
      <label>
        <input
          type="checkbox"
          data-testid="remember"
          checked={remembered.enabled}
          onChange={(e) => remembered.setEnabled(e.target.checked)}
        />{' '}
        {t('inputBox.remember')}
      </label>
      {remembered.enabled && remembered.kept ? (
        <button type="button" data-testid="forget" onClick={remembered.forget}>
          {t('inputBox.forget')}
        </button>
      ) : null}
      <span className="muted">{t('inputBox.rememberHelp')}</span>
    </div>
  );
}
