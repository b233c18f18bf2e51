/**
 * The import-cycle rule (scripts/eslint-cycles.js) must fire on an import that closes a cycle and
 * stay quiet otherwise. Each case lints a source string placed at a path in the real tree, with the
 * project's real ESLint config: the other files of the cycle are the real ones on disk.
 */
import { readFileSync } from 'node:fs';
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

async function cycleErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'cycles/no-cycle' || m.fatal).map((m) => m.message);
}

/** kinds/kind.ts is imported (through kinds/index.ts) by the event builder: importing the builder back closes a cycle. */
const KIND = 'src/parse/kinds/kind.ts';

const BAD: [string, string, RegExp][] = [
  [
    KIND,
    "import { createEventBuilder } from '../build/events';\nvoid createEventBuilder;",
    /^Import cycle: src\/parse\/kinds\/kind\.ts -> src\/parse\/build\/events\.ts -> src\/parse\/build\/(?:core|reversed)\.ts -> .* -> src\/parse\/kinds\/kind\.ts\.$/,
  ],
  // A type-only import ties the two modules together all the same.
  [
    KIND,
    "import type { OpenEvent } from '../build/state';\nexport type O = OpenEvent;",
    /^Import cycle: src\/parse\/kinds\/kind\.ts -> src\/parse\/build\/state\.ts -> src\/parse\/kinds\/kind\.ts\.$/,
  ],
  [
    KIND,
    "export * from '../build/state';",
    /^Import cycle: src\/parse\/kinds\/kind\.ts -> src\/parse\/build\/state\.ts/,
  ],
  [
    'src/parse/lines/strings.ts',
    "export { parseText } from '../index';",
    /^Import cycle: src\/parse\/lines\/strings\.ts -> src\/parse\/index\.ts -> /,
  ],
];

const GOOD: [string, string][] = [
  // The real file as it is.
  [KIND, readFileSync(resolve(ROOT, KIND), 'utf8')],
  // A new module may use the registry: nothing imports it back.
  ['src/parse/kinds/x.ts', "import { KINDS } from './index';\nvoid KINDS;"],
  // import() loads later: no cycle at load time.
  [KIND, "export const later = () => import('../build/events');"],
  ['src/parse/x.ts', "import { useState } from 'react';\nvoid useState;"],
];

describe('import-cycle rule', () => {
  it.each(BAD)('fires in %s: %s', async (path, code, reason) => {
    const errors = await cycleErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
  });

  it.each(GOOD)('stays quiet in %s', async (path, code) => {
    expect(await cycleErrors(path, code)).toEqual([]);
  });
});
