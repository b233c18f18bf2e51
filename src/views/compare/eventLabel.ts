/**
 * An event named the way the event list names it: its number, when (wall clock to the second, or the stamp
 * as printed, or its first line), its file when several were opened, and who asked → who was killed.
 */
import type { Translate } from '../../present/i18n';
import { formatWall } from '../../present/timeAxis';
import type { CompareChoices } from './CompareContext';

export interface EventName {
  number: number;
  when: string;
  /** The file it is from; null when one file was opened. */
  file: string | null;
  who: string;
}

export function eventName(t: Translate, lang: string, index: number, choices: CompareChoices['choices']): EventName {
  const { events, places, files } = choices;
  const e = events[index];
  const place = places[index];
  const file = files.length > 1 && place ? (files[place.file]?.name ?? null) : null;
  const wall = place?.at.wallMs ?? null;
  const when =
    wall !== null
      ? formatWall(wall, lang, { yearless: files[place!.file]?.yearless, precision: 'second' })
      : (e?.time ?? (e ? t('eventList.line', { line: String(e.firstLine) }) : ''));
  const who = e
    ? `${e.trigger?.comm ?? t('eventList.unknownTrigger')} → ${e.victim ? e.victim.comm : t('eventList.noKill')}`
    : '';
  return { number: index + 1, when, file, who };
}

/** One line: "#2 · Mar 3, 14:03:04 · web-2.log · tee → java". */
export function eventLabel(t: Translate, lang: string, index: number, choices: CompareChoices['choices']): string {
  const n = eventName(t, lang, index, choices);
  return t('compare.eventLabel', { ...n, file: n.file ?? '', has_file: n.file ? '1' : '0' });
}
