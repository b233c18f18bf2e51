/**
 * One i18next setup for every entry (page, worker-free views, CLI): ICU MessageFormat through i18next-icu,
 * catalogues bundled (no loading over the network), initialised synchronously.
 *
 * Kernel identifiers (GFP_KERNEL, Normal, oom_score_adj) stay as the kernel prints them in every language;
 * only the words around them are translated.
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** Translate `key` (dot path into the catalogue) with ICU `params`. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export const RESOURCES = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
};

/** A new, initialised i18next instance (each caller owns its own: no global state shared between tests or files). */
export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; the CLI prints plain text
    returnNull: false,
  });
  return instance;
}

/** A plain translate function for `lang` (CLI, Markdown export, tests). */
export function translator(lang: Lang): Translate {
  const instance = createI18n(lang);
  return (key, params) => instance.t(key, params ?? {}) as string;
}

/** The best supported language for a list of BCP 47 tags (e.g. navigator.languages): any `zh` picks zh-CN. */
export function pickLang(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const t = tag.toLowerCase();
    if (t === 'en' || t.startsWith('en-')) return 'en';
    if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  }
  return 'en';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
