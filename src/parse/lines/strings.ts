/** String helpers of the line path: copies that do not pin a chunk, and UTF-8 sizes. */

/** V8 copies strings shorter than this when slicing, so they never pin their parent. */
const MIN_SLICED_LENGTH = 13;

/**
 * A copy of `line` that does not keep the chunk it was cut from alive. V8 makes a slice a view into
 * its parent string, so one kept task name would pin a whole megabyte chunk; concatenating and
 * slicing again flattens the text into a fresh string of the line's own size. Lines are emitted as
 * cheap views; whoever keeps text from one (events, raw lines) detaches it first.
 */
export function detach(line: string): string {
  return line.length < MIN_SLICED_LENGTH ? line : (' ' + line).slice(1);
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_RUNS = /[\x00-\x7f]+/g;

/** UTF-8 size of `text` (the bytes a file of it would hold); pure ASCII costs one regex scan. */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  // Count only the non-ASCII characters one by one: a paste is mostly ASCII with a few umlauts.
  const rest = text.replace(ASCII_RUNS, '');
  let bytes = text.length - rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    // A surrogate is half of a 4-byte character, so 2 bytes each (also when a chunk splits a pair).
    bytes += c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
