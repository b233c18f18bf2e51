/** The headline's sentences (ids + params from src/analyze/headline.ts) as one paragraph in the chosen language. */
import type { Sentence } from '../analyze/types';
import type { Translate } from './i18n';
import { formatParams } from './params';
import { formatKb } from './units';

export function headlineText(t: Translate, sentences: readonly Sentence[]): string {
  if (sentences.length === 0) return t('headline.none');
  return sentences
    .map((s) => t(`headline.${s.id}`, formatParams(s.params)))
    .join(t('headline.spaced') === 'no' ? '' : ' ');
}

/** The request as the event's panels word it: "order 2 = 16 KiB", or the order alone when its size is unknown. */
export function requestText(
  t: Translate,
  order: number | null | undefined,
  requestKb: number | null | undefined,
): string {
  if (order == null) return '—';
  return requestKb != null
    ? t('event.requestSize', { order: String(order), kb: formatKb(requestKb) })
    : t('event.order', { order: String(order) });
}

/** Why an event names no victim: nothing was killable, the kernel panicked, or the kill line is not in the log. */
export function noVictimText(t: Translate, event: { noKillable?: boolean | null; panic?: unknown }): string {
  return event.noKillable
    ? t('event.nothingNoKillable')
    : event.panic
      ? t('event.nothingPanicked')
      : t('event.notInLog');
}
