/**
 * One file (or stdin) through the input module into the parser: the same reading, gunzip and decoding as
 * the page's worker, so both say the same about the same bytes.
 */
import { openInput, type InputFacts, type InputSource } from '../input/index';
import { createParser, type ParserOptions } from '../parse/index';
import type { ParseResult } from '../parse/model';

/** A file we could not read; the message is one line, fit for stderr. */
export class UnreadableError extends Error {}

export async function parseSource(
  source: InputSource,
  options: ParserOptions = {},
): Promise<{ result: ParseResult; facts: InputFacts }> {
  const parser = createParser(options);
  const input = openInput(source);
  for (let r = await input.text.read(); !r.done; r = await input.text.read()) parser.push(r.value.text, r.value.bytes);
  return { result: parser.end(), facts: input.facts };
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

export function describeError(err: unknown): string {
  if (err instanceof UnreadableError) return err.message;
  const code = (err as { code?: string } | null)?.code;
  if (code && ERRNO[code]) return ERRNO[code];
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0];
}
