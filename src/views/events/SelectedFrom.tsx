/** Above the open event, when several files were read: which file it is from (its line numbers are that file's). */
import { useTranslation } from '../common/i18n';
import type { EventBrowser } from './useEventBrowser';

export function SelectedFrom({ browser, selected }: { browser: EventBrowser; selected: number | null }) {
  const { t } = useTranslation();
  const place = selected === null ? undefined : browser.places[selected];
  if (browser.files.length < 2 || !place) return null;
  return (
    <p className="selected-from" data-testid="selected-from">
      {t('eventList.selectedFrom', { number: selected! + 1, file: browser.files[place.file]?.name ?? '' })}
    </p>
  );
}
