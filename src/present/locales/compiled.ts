/**
 * Both catalogues as Lingui loads them: per language, a flat map from a message's id (its dot path in the
 * catalogue, `findings.oom-kill.title`) to the message compiled from its ICU text.
 *
 * Here the messages are compiled when this module loads (dev server, unit tests). The page's and the CLI's builds
 * replace this module with its result, compiled at build time (scripts/vite/compileCatalogues.ts), so no ICU
 * parser ships and nothing is parsed when the page starts.
 */
import type { Messages } from '@lingui/core';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { en } from './en';
import { zhCN } from './zh-CN';
import { asMessages, flatInShapeOf, valuesInShapeOf } from './shape';

/** One message compiled; a text with no ICU syntax stays a plain string (`asMessages` wraps it back). */
export function compileOne(text: string): CompiledMessage | string {
  const parts = compileMessageOrThrow(text);
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
}

export const MESSAGES: Record<'en' | 'zh-CN', Messages> = {
  en: asMessages(flatInShapeOf(en, valuesInShapeOf(en, en).map(compileOne))),
  'zh-CN': asMessages(flatInShapeOf(en, valuesInShapeOf(en, zhCN).map(compileOne))),
};
