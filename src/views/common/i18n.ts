/**
 * The page's one Lingui instance and the hook views translate with (`useTranslation`, or `useT` for the bare
 * function). The hook reads the instance directly, not through a React provider, so a view renders translated
 * wherever it is rendered (app, component tests). The language comes from what the user picked last time, else
 * from the browser's languages; switching re-renders every translated view and is remembered.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { createI18n, isLang, pickLang, translate, type Lang, type Translate } from '../../present/i18n';

const KEY = 'oomscope-lang';

function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(KEY);
    return isLang(v) ? v : null;
  } catch {
    return null; // storage can be unavailable (file://, privacy modes)
  }
}

export function initialLang(): Lang {
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return storedLang() ?? pickLang(browser);
}

const i18n = createI18n(initialLang());
syncDocumentLang(currentLang());

function syncDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function setLang(lang: Lang): void {
  i18n.activate(lang);
  syncDocumentLang(lang);
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* not remembered: fine */
  }
}

export function currentLang(): Lang {
  return isLang(i18n.locale) ? i18n.locale : 'en';
}

/** The page's message `key` in the current language, outside React (a status line set from a callback). */
export const pageT: Translate = (key, params) => translate(i18n, key, params);

const subscribe = (onChange: () => void) => i18n.on('change', onChange);

/**
 * `t` for the current language and the language itself; a view using it re-renders when the language changes
 * (and `t` is then a new function, so effects and memos that depend on it run again).
 */
export function useTranslation(): { t: Translate; i18n: { language: Lang } } {
  const language = useSyncExternalStore(subscribe, currentLang, currentLang);
  return useMemo(
    () => ({ t: (key, params) => translate(i18n, key, params), i18n: { language } }),
    // `language` is what makes a new `t`: the instance is the same, its active catalogue is not.
    [language],
  );
}
