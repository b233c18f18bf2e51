/**
 * The built catalogues: every message compiled from ICU at build time, so the page and the CLI ship no ICU
 * parser and parse nothing when they start. Replaces `src/present/locales/compiled.ts` (which compiles when it
 * loads, for the dev server and the tests) with its result, written short: the English tree once, holding the
 * English messages, and zh-CN as a list of its messages in the English key order (`shape.ts`). A message with
 * no ICU syntax stays a string. The build reads the catalogues from their sources with tsx, so what ships is
 * exactly what the source says; a message that is not valid ICU, or a key that is missing or not in English,
 * stops the build.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = resolve(import.meta.dirname, '../../src/present/locales');
const COMPILED = resolve(LOCALES, 'compiled.ts');

type Tree = { [key: string]: string | Tree };

export function compileCatalogues(): Plugin {
  return {
    name: 'oomscope:compile-catalogues',
    apply: 'build',
    async transform(_code, id) {
      if (id !== COMPILED) return null;
      const { tsImport } = await import('tsx/esm/api');
      const load = (path: string) => tsImport(resolve(LOCALES, path), import.meta.url);
      const [{ en }, { zhCN }, { valuesInShapeOf }, { compileOne }] = await Promise.all([
        load('en/index.ts'),
        load('zh-CN/index.ts'),
        load('shape.ts'),
        load('compiled.ts'),
      ]);
      const compileTree = (node: Tree): unknown =>
        Object.fromEntries(
          Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? compileOne(v) : compileTree(v)]),
        );
      const zh: unknown[] = (valuesInShapeOf(en, zhCN) as string[]).map(compileOne);
      return {
        code: [
          "import { asMessages, flatInShapeOf } from './shape';",
          `const EN = ${JSON.stringify(compileTree(en))};`,
          `export const MESSAGES = { en: asMessages(flatInShapeOf(EN)), 'zh-CN': asMessages(flatInShapeOf(EN, ${JSON.stringify(zh)})) };`,
        ].join('\n'),
        map: null,
      };
    },
  };
}
