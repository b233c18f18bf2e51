/** The present layer's Translate for the page's current language (re-renders when the language changes). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../present/i18n';
// The page's instance: a view that speaks through useT works wherever it is rendered (app, tests).
import './i18n';

export function useT(): Translate {
  const { t } = useTranslation();
  return useCallback<Translate>((key, params) => t(key, params ?? {}) as string, [t]);
}
