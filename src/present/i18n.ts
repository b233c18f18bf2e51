/**
 * One Lingui setup for every entry (page, worker-free views, CLI): ICU MessageFormat messages compiled ahead
 * (`./locales/compiled.ts`; compiled at build time for the page and the CLI), both catalogues bundled (no loading
 * over the network), ready synchronously.
 *
 * Kernel identifiers (GFP_KERNEL, Normal, oom_score_adj) stay as the kernel prints them in every language;
 * only the words around them are translated.
 */
import { setupI18n, type I18n } from '@lingui/core';
import { MESSAGES } from './locales/compiled';

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Translate `key` (dot path into the catalogue) with ICU `params`. A key with no message gives `defaultValue`
 * when the params have one, else the key itself.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A new Lingui instance with both catalogues, `lang` active (each caller owns its own: no global state). */
export function createI18n(lang: Lang): I18n {
  // A missing message shows its id, quietly (as the catalogue tests look for).
  return setupI18n({ locale: lang, messages: MESSAGES, missing: (_locale, id) => id });
}

/**
 * Lingui decodes `\xHH` and `\uHHHH` in a formatted message, text from the params included; a log's own text
 * must stay as printed (systemd writes `-` as `\x2d` in unit and cgroup names). Each backslash in a param is
 * followed by a word joiner while formatting, and the pair turned back into the backslash after: a backslash
 * so followed never starts an escape, and the catalogues hold no backslash (catalogue.test.ts).
 */
const SHIELD = '\\\u2060';
const shielded = (params: Record<string, unknown>): Record<string, unknown> | null => {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string' || !v.includes('\\')) continue;
    out ??= { ...params };
    out[k] = v.replaceAll('\\', SHIELD);
  }
  return out;
};

/** `instance`'s message `key` in its active language (see `Translate`). */
export function translate(instance: I18n, key: string, params?: Record<string, unknown>): string {
  if (!params) return instance._(key);
  if (params.defaultValue !== undefined && !Object.hasOwn(instance.messages, key)) return String(params.defaultValue);
  const safe = shielded(params);
  return safe ? instance._(key, safe).replaceAll(SHIELD, '\\') : instance._(key, params);
}

/** A plain translate function for `lang` (CLI, Markdown export, tests). */
export function translator(lang: Lang): Translate {
  const instance = createI18n(lang);
  return (key, params) => translate(instance, key, params);
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
