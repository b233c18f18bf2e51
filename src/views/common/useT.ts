/** The present layer's Translate for the page's current language (re-renders when the language changes). */
import type { Translate } from '../../present/i18n';
import { useTranslation } from './i18n';

export function useT(): Translate {
  return useTranslation().t;
}
