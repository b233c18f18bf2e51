/** Pasted text: handed on in slices so the consumer can report progress and give way between them. */
import type { TextChunk } from './bytes';
import type { FactsCollector } from './facts';
import { formatOfText } from './signatures';
import { utf8Length } from './utf8';

/** Characters per slice. */
export const TEXT_SLICE_CHARS = 1 << 20;

export async function* readText(text: string, collector: FactsCollector): AsyncGenerator<TextChunk> {
  const facts = collector.facts;
  // A binary file pasted (or read as text elsewhere) still shows its signature.
  const format = formatOfText(text);
  if (format !== null) {
    facts.binary = { format };
    facts.bytesRead = utf8Length(text);
    return;
  }
  for (let at = 0; at < text.length; at += TEXT_SLICE_CHARS) {
    const slice = text.slice(at, at + TEXT_SLICE_CHARS);
    const bytes = utf8Length(slice);
    facts.bytesRead += bytes;
    collector.see(slice, bytes);
    yield { text: slice, bytes };
  }
}
