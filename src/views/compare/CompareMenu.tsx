/**
 * "Compare" in the event's bar: a picker of the other events (by number, time, file, trigger → victim) and
 * a button that shows the chosen one side by side with this one. The options are made only while the picker
 * is open: a log can hold 10,000 events.
 */
import { useId, useState } from 'react';
import { useTranslation } from '../common/i18n';
import { useT } from '../common/useT';
import { useCompareChoices } from './CompareContext';
import { eventLabel } from './eventLabel';
import './compare.css';

export function CompareMenu({ current }: { current: number }) {
  const t = useT();
  const { i18n } = useTranslation();
  const id = useId();
  const offer = useCompareChoices();
  const [open, setOpen] = useState(false);
  const count = offer?.choices.events.length ?? 0;
  // The next event by default (the previous one for the last): the usual question is "what changed since".
  const fallback = current + 1 < count ? current + 1 : current - 1;
  const [picked, setPicked] = useState<number | null>(null);
  const choice = picked !== null && picked !== current && picked < count ? picked : fallback;
  if (!offer) return null;
  return (
    <details className="export-menu compare-menu" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="compare">{t('compare.button')}</summary>
      {open ? (
        <div className="export-panel" role="group" aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`} className="visually-hidden">
            {t('compare.menu')}
          </h2>
          {count < 2 ? (
            <p className="small" data-testid="compare-none">
              {t('compare.onlyOne')}
            </p>
          ) : (
            <form
              className="compare-form"
              onSubmit={(e) => {
                e.preventDefault();
                setOpen(false);
                offer.open(choice);
              }}
            >
              <label htmlFor={`${id}-pick`}>{t('compare.pickLabel', { number: current + 1 })}</label>
              <select
                id={`${id}-pick`}
                data-testid="compare-pick"
                value={choice}
                onChange={(e) => setPicked(Number(e.target.value))}
              >
                {offer.choices.events.map((e) =>
                  e && e.index !== current ? (
                    <option key={e.index} value={e.index}>
                      {eventLabel(t, i18n.language, e.index, offer.choices)}
                    </option>
                  ) : null,
                )}
              </select>
              <button type="submit" data-testid="compare-open">
                {t('compare.show')}
              </button>
              <p className="muted small">{t('compare.help')}</p>
            </form>
          )}
        </div>
      ) : null}
    </details>
  );
}
