/**
 * The built page's zh-CN catalogue as a list of messages in the English key order, rebuilt into the usual
 * object when the page loads (src/present/locales/shape.ts says why). The build reads the catalogues from
 * their sources with tsx, so the list is exactly what the source says; a key that is missing or not in
 * English stops the build. Dev server and tests use the source objects.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = resolve(import.meta.dirname, '../../src/present/locales');
const ZH_CN = resolve(LOCALES, 'zh-CN/index.ts');

export function compactCatalogue(): Plugin {
  return {
    name: 'oomscope:compact-catalogue',
    apply: 'build',
    async transform(_code, id) {
      if (id !== ZH_CN) return null;
      const { tsImport } = await import('tsx/esm/api');
      const load = (path: string) => tsImport(resolve(LOCALES, path), import.meta.url);
      const [{ en }, { zhCN }, { valuesInShapeOf }] = await Promise.all([
        load('en/index.ts'),
        load('zh-CN/index.ts'),
        load('shape.ts'),
      ]);
      const values: string[] = valuesInShapeOf(en, zhCN);
      return {
        code: [
          "import { en } from '../en';",
          "import { withShapeOf } from '../shape';",
          `export const zhCN = withShapeOf(en, ${JSON.stringify(values)});`,
        ].join('\n'),
        map: null,
      };
    },
  };
}
