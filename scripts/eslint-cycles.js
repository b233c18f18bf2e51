/**
 * ESLint rule `cycles/no-cycle`: no import cycles. A module that imports one that (directly or
 * through others) imports it back cannot be read, tested or moved on its own, and its values may be
 * undefined while the cycle loads. Type-only imports count too: they tie two modules together all
 * the same (issue 11 named one, journalJson <-> prefix). Dynamic `import()` does not: it loads later.
 *
 * Written as a local rule because the maintained plugin (eslint-plugin-import-x, `no-cycle`) skips
 * type-only imports. Other files' imports are read with TypeScript's parser (a dev dependency) and
 * cached by modification time; relative specifiers resolve as the bundler does (`.ts`, `.tsx`,
 * `index.ts`). Packages are never followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative specifier names, or null (a package, or nothing there). */
export function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.split('?')[0]);
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return existsSync(base) && statSync(base).isFile() ? base : null;
}

/** Static imports and re-exports of a source text (type-only ones included). */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const specs = [];
  for (const statement of source.statements) {
    const spec = statement.moduleSpecifier;
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && spec && ts.isStringLiteral(spec))
      specs.push(spec.text);
  }
  return specs;
}

const cache = new Map();

/** The files `path` imports (resolved), read from disk. */
function dependenciesOf(path) {
  if (!/\.(ts|tsx|js|mjs)$/.test(path)) return [];
  let mtime;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return [];
  }
  const known = cache.get(path);
  if (known && known.mtime === mtime) return known.deps;
  const deps = importsOf(path, readFileSync(path, 'utf8'))
    .map((spec) => resolveImport(path, spec))
    .filter((p) => p !== null);
  cache.set(path, { mtime, deps });
  return deps;
}

/** A chain of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set();
  const parent = new Map();
  const stack = [start];
  seen.add(start);
  while (stack.length > 0) {
    const file = stack.pop();
    for (const dep of dependenciesOf(file)) {
      if (dep === target) {
        const chain = [dep, file];
        for (let at = file; parent.has(at); at = parent.get(at)) chain.push(parent.get(at));
        return chain.reverse();
      }
      if (seen.has(dep)) continue;
      seen.add(dep);
      parent.set(dep, file);
      stack.push(dep);
    }
  }
  return null;
}

export const noCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbids import cycles (type-only imports included, dynamic import() excluded).' },
    schema: [],
  },
  create(context) {
    const self = resolve(context.filename);
    const root = context.cwd ?? process.cwd();
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = resolveImport(self, source.value);
      if (target === null || target === self) return;
      const chain = pathBack(target, self);
      if (chain === null) return;
      const shown = [self, ...chain].map((p) => relative(root, p).replace(/\\/g, '/')).join(' -> ');
      context.report({ node: source, message: `Import cycle: ${shown}.` });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'oomscope-cycles' }, rules: { 'no-cycle': noCycleRule } };
