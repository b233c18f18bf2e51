/**
 * ESLint rule `layers/imports`: keeps the architecture honest.
 *
 *   input < parse < kernel < analyze < present < worker < views   (cli may use all but worker and views)
 *
 * A file may import from its own layer and the layers below it, with these sharper edges:
 * - input is the one way bytes or text come in (gunzip, decoding, facts about the input) for the worker and the CLI.
 * - views reach the parser only through the worker: from src/worker only `client` and `protocol`; from
 *   src/input, src/parse and src/analyze only TYPES (`import type`), because running them on the main thread
 *   would freeze the page on a large log and bypass the worker's model. src/kernel is plain data and may be used.
 * - present turns analyses into words (i18n catalogues, units, reports) for every output; it is pure too.
 * - input, parse, kernel, analyze and present are pure TypeScript: no React or UI packages and no Node built-ins
 *   (tests of those layers may use Node built-ins to read fixtures). worker and views run in the browser:
 *   no Node built-ins either.
 * The layer of a file is its directory under src/; src/main.tsx counts as views. Files outside src/ are free.
 * Written as a local rule (not no-restricted-imports patterns) so relative paths are resolved, not pattern-matched.
 */
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';

const ORDER = ['input', 'parse', 'kernel', 'analyze', 'present', 'worker', 'views'];
const UI_PACKAGES = /^(react|react-dom|recharts|@tanstack\/|@testing-library\/)/;
const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (spec) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);

/** The layer a path belongs to, or null outside src/. */
export function layerOf(path) {
  const normal = path.replace(/\\/g, '/');
  const at = normal.lastIndexOf('/src/');
  if (at < 0) return null;
  const rest = normal.slice(at + 5);
  if (/^main\.tsx?$/.test(rest)) return 'views';
  const dir = rest.split('/')[0]; // also a bare directory import: '../parse' resolves to src/parse
  return ORDER.includes(dir) || dir === 'cli' ? dir : null;
}

/** Why `from` may not import `spec` (null when it may). `typeOnly`: the import brings in types only. */
export function violation(from, spec, typeOnly) {
  const layer = layerOf(from);
  if (!layer) return null;
  const isTest = /\.test\.tsx?$/.test(from);
  if (!spec.startsWith('.')) {
    if (layer !== 'views' && layer !== 'cli' && UI_PACKAGES.test(spec))
      return `src/${layer} must not use the UI package '${spec}'`;
    if (layer !== 'cli' && !isTest && isNodeBuiltin(spec))
      return `src/${layer} runs in the browser: no Node built-in '${spec}'`;
    return null;
  }
  const target = resolve(dirname(from), spec.split('?')[0]);
  const to = layerOf(target);
  if (!to || to === layer) return null;
  if (to === 'views' || to === 'cli') return `src/${layer} must not import from src/${to}`;
  if (layer === 'cli')
    return to === 'worker' ? 'src/cli must not import from src/worker (it runs the parser directly)' : null;
  if (ORDER.indexOf(to) > ORDER.indexOf(layer)) return `src/${layer} is below src/${to} and must not import from it`;
  if (layer !== 'views' || typeOnly) return null;
  if (to === 'worker' && !/\/worker\/(client|protocol)$/.test(target))
    return 'src/views may use src/worker only through client and protocol';
  if (to === 'input' || to === 'parse' || to === 'analyze')
    return `src/views may import only types from src/${to}; ask the worker client for data`;
  return null;
}

const typeOnlyImport = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

export const importsRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Lower layers never import higher ones; views reach the parser only through the worker client.',
    },
    schema: [],
  },
  create(context) {
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const reason = violation(context.filename, source.value, typeOnly);
      if (reason) context.report({ node: source, message: `Layer rule: ${reason}.` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
    };
  },
};

export default { meta: { name: 'oomscope-layers' }, rules: { imports: importsRule } };
