/** Every catalogue message is valid ICU in its language, and every finding and headline id has its text. */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, SENTENCE_IDS } from '../analyze/ids';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

function messages(tree: object, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[[...path, k].join('.'), v] as [string, string]] : messages(v as object, [...path, k]),
  );
}

describe('catalogues', () => {
  for (const [lang, tree] of [
    ['en', en],
    ['zh-CN', zhCN],
  ] as const) {
    it(`${lang}: every message parses as ICU MessageFormat`, () => {
      const broken = messages(tree).filter(([, text]) => {
        try {
          compileMessageOrThrow(text);
          return false;
        } catch {
          return true;
        }
      });
      expect(broken.map(([key]) => key)).toEqual([]);
    });
    it(`${lang}: no message holds a backslash (the translator carries those of params past Lingui, i18n.ts)`, () => {
      expect(messages(tree).filter(([, text]) => text.includes('\\'))).toEqual([]);
    });
  }
  it('every finding id has a title and a detail; every headline sentence has a text', () => {
    const f = en.findings as Record<string, unknown>;
    expect(FINDING_IDS.filter((id) => typeof (f[id] as { title?: string })?.title !== 'string')).toEqual([]);
    expect(FINDING_IDS.filter((id) => typeof (f[id] as { detail?: string })?.detail !== 'string')).toEqual([]);
    // The event list's filter names each finding briefly.
    expect(Object.keys(en.findingNames).sort()).toEqual([...FINDING_IDS].sort());
    const h = en.headline as Record<string, unknown>;
    expect(SENTENCE_IDS.filter((id) => typeof h[id] !== 'string')).toEqual([]);
  });
});
