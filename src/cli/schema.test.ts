/**
 * The JSON Schema in docs/ is generated from src/cli/schema.ts and up to date, and the CLI's output for every
 * fixture validates against that committed file (with ajv, as a script outside the project would check it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cliTesting';
import { cliJsonSchema, SCHEMA_ID } from './jsonSchema';

const root = join(import.meta.dirname, '../..');
const committed = JSON.parse(readFileSync(join(root, 'docs/cli-json.schema.json'), 'utf8')) as Record<string, unknown>;
const fixtures = readdirSync(join(root, 'test/fixtures'))
  .filter((f) => f.endsWith('.log'))
  .map((f) => join(root, 'test/fixtures', f));

let validateLine: (data: unknown) => ErrorObject[];
let validateDocument: (data: unknown) => ErrorObject[];
let validateEventLine: (data: unknown) => ErrorObject[];
beforeAll(() => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(committed);
  const wrap = (validate: ReturnType<Ajv['compile']>) => (data: unknown) =>
    validate(data) ? [] : (validate.errors ?? []);
  validateLine = wrap(ajv.getSchema(SCHEMA_ID)!);
  validateDocument = wrap(ajv.compile({ $ref: `${SCHEMA_ID}#/$defs/Document` }));
  validateEventLine = wrap(ajv.compile({ $ref: `${SCHEMA_ID}#/$defs/EventLine` }));
});

/** The failures as "path: message" once each, so a missing field reads as one line per field. */
function explain(errors: ErrorObject[]): string[] {
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const path = e.instancePath.replace(/\/\d+/g, '/*');
    const what =
      e.keyword === 'required'
        ? `missing ${String(e.params.missingProperty)}`
        : e.keyword === 'additionalProperties'
          ? `unexpected ${String(e.params.additionalProperty)}`
          : (e.message ?? e.keyword);
    seen.add(`${path || '/'}: ${what}`);
  }
  return [...seen].sort();
}

describe('docs/cli-json.schema.json', () => {
  it('is generated from src/cli/schema.ts (run `npm run schema` after changing it)', () => {
    expect(committed).toEqual(cliJsonSchema());
  });

  it('rejects a document that lacks a contract field or carries an unknown one', async () => {
    const doc = JSON.parse((await runCli([fixtures[0], '--json'])).stdout) as Record<string, unknown>;
    expect(validateLine({ ...doc, events: undefined })).not.toEqual([]);
    expect(explain(validateDocument({ ...doc, events: undefined, surprise: 1 }))).toEqual(
      expect.arrayContaining(['/: missing events', '/: unexpected surprise']),
    );
    expect(validateLine({ file: 'x.log', error: 'cannot read x.log: no such file' })).toEqual([]);
  });

  it('accepts the --json output of every fixture', { timeout: 120_000 }, async () => {
    const failures: Record<string, string[]> = {};
    for (const file of fixtures) {
      const r = await runCli([file, '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as unknown;
      // The root is "a document or a file's error": a failing document is explained against Document alone.
      if (validateLine(doc).length) failures[file.slice(root.length + 1)] = explain(validateDocument(doc));
    }
    // On failure this names each field per fixture (e.g. "/events/*: missing scope").
    expect(failures).toEqual({});
  });

  it('accepts every --format ndjson line (the --follow lines)', async () => {
    const r = await runCli([...fixtures.slice(0, 3), '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.flatMap((l) => explain(validateEventLine(JSON.parse(l))))).toEqual([]);
  });
});
