/** The JSON Schema (draft-07) of the CLI's output, generated from schema.ts: what docs/cli-json.schema.json holds. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema, EventLineSchema, EventSchema, FileErrorSchema, FindingSchema, OutputSchema } from './schema';

export const SCHEMA_ID = 'https://oomscope.invalid/cli-json.schema.json';

export function cliJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(OutputSchema, {
    definitions: {
      Document: DocumentSchema,
      FileError: FileErrorSchema,
      EventLine: EventLineSchema,
      Event: EventSchema,
      Finding: FindingSchema,
    },
  });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'oomscope --json / --format ndjson output (schemaVersion 1)',
    description:
      'One line of `oomscope --json` output is a Document (or a FileError for a file that could not be read); ' +
      'one line of `--format ndjson` or `--follow` is an EventLine ($defs/EventLine). See docs/cli-json.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
