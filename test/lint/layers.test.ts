/**
 * The layer rule must reject what the architecture forbids and accept what it allows. Each case lints a
 * small source string under a fake path with the project's real ESLint config.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;
// The first lint loads the config and its plugins (seconds on a busy machine): not any one case's time.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('', { filePath: resolve(ROOT, 'src/parse/x.ts') });
}, 60_000);

/** Layer-rule (and pure-global) messages for `code` placed at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages
    .filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-globals' || m.fatal)
    .map((m) => m.message);
}

const BAD: [string, string, RegExp][] = [
  [
    'src/parse/x.ts',
    "import { decodeGfp } from '../kernel/index';\nvoid decodeGfp;",
    /src\/parse is below src\/kernel/,
  ],
  [
    'src/parse/sections/x.ts',
    "import { analyzeEvent } from '../../analyze';\nvoid analyzeEvent;",
    /src\/parse is below src\/analyze/,
  ],
  ['src/parse/x.ts', "import { useState } from 'react';\nvoid useState;", /UI package 'react'/],
  [
    'src/analyze/x.ts',
    "import { createRoot } from 'react-dom/client';\nvoid createRoot;",
    /UI package 'react-dom\/client'/,
  ],
  ['src/parse/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;", /no Node built-in 'node:fs'/],
  ['src/kernel/x.ts', "import zlib from 'zlib';\nvoid zlib;", /no Node built-in 'zlib'/],
  [
    'src/kernel/x.ts',
    "import type { EventAnalysis } from '../analyze/types';\nexport type A = EventAnalysis;",
    /src\/kernel is below src\/analyze/,
  ],
  [
    'src/analyze/x.ts',
    "import { PROTOCOL_VERSION } from '../worker/protocol';\nvoid PROTOCOL_VERSION;",
    /src\/analyze is below src\/worker/,
  ],
  ['src/worker/x.ts', "import { App } from '../views/App';\nvoid App;", /src\/worker must not import from src\/views/],
  ['src/kernel/x.ts', "export * from '../views/format';", /src\/kernel must not import from src\/views/],
  ['src/parse/x.ts', "export const load = () => import('../views/App');", /src\/parse must not import from src\/views/],
  [
    'src/views/X.tsx',
    "import { parseText } from '../parse/index';\nvoid parseText;",
    /views may import only types from src\/parse/,
  ],
  [
    'src/views/X.tsx',
    "import { analyzeEvent } from '../analyze/index';\nvoid analyzeEvent;",
    /views may import only types from src\/analyze/,
  ],
  [
    'src/views/X.tsx',
    "import { createSession } from '../worker/session';\nvoid createSession;",
    /only through client and protocol/,
  ],
  ['src/views/X.tsx', "import W from '../worker/worker?worker&inline';\nvoid W;", /only through client and protocol/],
  [
    'src/main.tsx',
    "import { createParser } from './parse';\nvoid createParser;",
    /views may import only types from src\/parse/,
  ],
  [
    'src/cli/x.ts',
    "import { createClient } from '../worker/client';\nvoid createClient;",
    /src\/cli must not import from src\/worker/,
  ],
  ['src/parse/x.ts', 'export const w = document.title;', /no DOM or Node globals/],
  // The input module is the lowest layer and pure: the worker and the CLI hand it web streams.
  ['src/input/x.ts', "import { parseText } from '../parse/index';\nvoid parseText;", /src\/input is below src\/parse/],
  [
    'src/input/x.ts',
    "import { createReadStream } from 'node:fs';\nvoid createReadStream;",
    /no Node built-in 'node:fs'/,
  ],
  ['src/input/x.ts', 'export const b = Buffer.from([1]);', /no DOM or Node globals/],
  [
    'src/views/X.tsx',
    "import { openInput } from '../input/index';\nvoid openInput;",
    /views may import only types from src\/input/,
  ],
];

const GOOD: [string, string][] = [
  ['src/parse/x.ts', "import type { OomEvent } from './model';\nexport type E = OomEvent;"],
  ['src/kernel/x.ts', "import type { OomEvent } from '../parse/model';\nexport type E = OomEvent;"],
  ['src/parse/x.ts', "import { utf8Length } from '../input/utf8';\nvoid utf8Length;"],
  [
    'src/worker/x.ts',
    "import { openInput } from '../input/index';\nexport const r = new ReadableStream(); void openInput;",
  ],
  ['src/cli/x.ts', "import { openInput } from '../input/index';\nvoid openInput;"],
  ['src/views/X.tsx', "import type { InputFacts } from '../input/index';\nexport type F = InputFacts;"],
  [
    'src/analyze/x.ts',
    "import { decodeGfp } from '../kernel';\nimport { parseText } from '../parse';\nvoid decodeGfp; void parseText;",
  ],
  ['src/parse/x.test.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;"],
  [
    'src/views/X.tsx',
    "import type { OomEvent } from '../parse/model';\nimport { type EventAnalysis } from '../analyze/types';\nimport { createClient } from '../worker/client';\nimport { PROTOCOL_VERSION } from '../worker/protocol';\nimport { useState } from 'react';\nexport type T = [OomEvent, EventAnalysis];\nvoid createClient; void PROTOCOL_VERSION; void useState;",
  ],
  ['src/views/X.tsx', "import { migrateTypeName } from '../kernel';\nvoid migrateTypeName;"],
  [
    'src/main.tsx',
    "import { createRoot } from 'react-dom/client';\nimport { App } from './views/App';\nvoid createRoot; void App;",
  ],
  [
    'src/cli/x.ts',
    "import { readFileSync } from 'node:fs';\nimport { parseText } from '../parse';\nimport { analyzeEvent } from '../analyze';\nvoid readFileSync; void parseText; void analyzeEvent;",
  ],
  [
    'test/x.test.ts',
    "import { App } from '../src/views/App';\nimport { parseText } from '../src/parse';\nvoid App; void parseText;",
  ],
];

describe('layer rule', () => {
  it.each(BAD)('rejects in %s: %s', async (path, code, reason) => {
    const errors = await layerErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
  });

  it.each(GOOD)('accepts in %s: %s', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
