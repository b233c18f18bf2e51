/** The headline's sentences (ids + params from src/analyze/headline.ts) as one paragraph in the chosen language. */
import type { Sentence } from '../analyze/types';
import type { Translate } from './i18n';
import { formatParams } from './params';

export function headlineText(t: Translate, sentences: readonly Sentence[]): string {
  if (sentences.length === 0) return t('headline.none');
  return sentences
    .map((s) => t(`headline.${s.id}`, formatParams(s.params)))
    .join(t('headline.spaced') === 'no' ? '' : ' ');
}
