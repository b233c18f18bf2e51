/**
 * Writes docs/cli-json.schema.json from the valibot schema in src/cli/schema.ts (`npm run schema`).
 * The root is one line of `--json` output (a document, or a file's error); `$defs` also hold the ndjson line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliJsonSchema } from '../src/cli/jsonSchema';

const out = join(import.meta.dirname, '../docs/cli-json.schema.json');
writeFileSync(out, `${JSON.stringify(cliJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
