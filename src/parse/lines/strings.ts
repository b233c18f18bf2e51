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

/** UTF-8 size of text: one definition, in the input module (the lowest layer). */
export { utf8Length } from '../../input/utf8';
