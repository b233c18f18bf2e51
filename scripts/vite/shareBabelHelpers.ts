/**
 * One copy of each Babel helper instead of one per module.
 *
 * Packages compiled by Babel without @babel/runtime (Recharts: 82 of its modules) carry their own copies of
 * `_defineProperty`, `_objectSpread`, `_slicedToArray`, … at the top of every module, each a one-line function.
 * The minifier cannot merge identical functions from different modules, and gzip's 32 kB window finds few of
 * the copies again because every module's names are mangled differently: about 19 kB of the offline file's
 * gzip size was these copies.
 *
 * This transform moves each such line into a virtual module named by a hash of its exact text (and of the
 * helpers it calls), and imports it back under the same name. Two modules share a helper only when their
 * lines are byte for byte the same, so nothing's behaviour changes; a line that does not look like a whole
 * helper, or that calls a helper its module does not define, stays where it is.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The helper names Babel inlines (helpers.js of @babel/helpers); anything else is left alone. */
const HELPER = /^function (_[A-Za-z]+|ownKeys)\(/;
const PREFIX = '\0babel-helper:';

function balanced(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0 && line.trimEnd().endsWith('}');
}

function callsName(text: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\b`).test(text);
}

export function shareBabelHelpers(): Plugin {
  const modules = new Map<string, string>(); // virtual id → its code

  return {
    name: 'oomscope:share-babel-helpers',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/].*\.m?js$/, code: 'function _' },
      handler(code) {
        const lines = code.split('\n');
        const helpers = new Map<string, number>(); // name → line index
        lines.forEach((line, i) => {
          const m = HELPER.exec(line);
          if (m && balanced(line)) helpers.set(m[1], i);
        });
        if (helpers.size === 0) return null;

        // A helper may call others of the same module; anything else it calls must be a global.
        const ids = new Map<string, string | null>();
        const idOf = (name: string, seen: Set<string>): string | null => {
          if (ids.has(name)) return ids.get(name)!;
          const text = lines[helpers.get(name)!];
          const deps = [...helpers.keys()].filter((other) => other !== name && callsName(text, other));
          const deepSeen = new Set(seen).add(name);
          if (deps.some((d) => deepSeen.has(d))) return null; // a cycle: keep it local
          const depIds = deps.map((d) => [d, idOf(d, deepSeen)] as const);
          if (depIds.some(([, id]) => id === null)) return null;
          const body = depIds.map(([d, id]) => `import { ${d} } from ${JSON.stringify(id)};\n`).join('');
          const moduleCode = `${body}export ${text}\n`;
          const id = `${PREFIX}${name}-${createHash('sha256').update(moduleCode).digest('hex').slice(0, 16)}`;
          modules.set(id, moduleCode);
          ids.set(name, id);
          return id;
        };
        const imports: string[] = [];
        for (const [name, index] of helpers) {
          const id = idOf(name, new Set());
          if (id === null) continue;
          lines[index] = '';
          imports.push(`import { ${name} } from ${JSON.stringify(id)};`);
        }
        if (imports.length === 0) return null;
        // One line for all imports keeps every other line where it was, so the source map stays right.
        return { code: `${imports.join(' ')}${lines.join('\n')}`, map: null };
      },
    },
    resolveId: {
      filter: { id: /^\0babel-helper:/ },
      handler: (id) => id,
    },
    load: {
      filter: { id: /^\0babel-helper:/ },
      handler: (id) => modules.get(id) ?? null,
    },
  };
}
