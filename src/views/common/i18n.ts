/**
 * The page's one i18next instance (react-i18next's `useTranslation` finds it without a provider, so a view
 * renders translated in tests too). The language comes from what the user picked last time, else from the
 * browser's languages; switching re-renders every translated view and is remembered.
 */
import { initReactI18next } from 'react-i18next';
import { createI18n, isLang, pickLang, type Lang } from '../../present/i18n';

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

export const i18n = createI18n(initialLang());
void i18n.use(initReactI18next).init();
syncDocumentLang(i18n.language as Lang);

function syncDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  syncDocumentLang(lang);
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* not remembered: fine */
  }
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'en';
}
