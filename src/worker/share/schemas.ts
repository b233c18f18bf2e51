/**
 * valibot schemas for each part of a share link and of an analysis file. Every part is checked on its own,
 * so a damaged part is reported and the rest still opens (a bad name costs the name, not the event).
 */
import * as v from 'valibot';
import { readRanges, rangesAreSane } from './lineRanges';
import { MAX_FRAGMENT_CHARS, MAX_LINE_NUMBER, MAX_NAME_CHARS, MAX_RANGES } from './limits';

const CONTROL = /[\u0000-\u001f\u007f]/;

function decodesAsUri(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name: printable, not too long, no path separators needed (it is only shown and used to save). */
export const nameSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_NAME_CHARS),
  v.check((s) => !CONTROL.test(s)),
);

/** The link's `n=`: percent-encoded name. */
export const linkNameSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_NAME_CHARS * 9),
  v.check(decodesAsUri),
  v.transform(decodeURIComponent),
  nameSchema,
);

export const versionSchema = v.pipe(v.string(), v.regex(/^\d{1,6}$/), v.transform(Number));

const RANGE_TEXT = /^\d{1,9}(?:-\d{1,9})?(?:,\d{1,9}(?:-\d{1,9})?)*$/;

/** The link's `l=`: original line numbers, e.g. `120-340`. */
export const linkLinesSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_RANGES * 20),
  v.regex(RANGE_TEXT),
  v.transform(readRanges),
  v.maxLength(MAX_RANGES),
  v.check((ranges) => rangesAreSane(ranges, MAX_LINE_NUMBER)),
);

/** The link's `s=`: base64url of the deflated lines. */
export const payloadSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_FRAGMENT_CHARS),
  v.regex(/^[A-Za-z0-9_-]+$/),
);

export const flagSchema = v.pipe(
  v.string(),
  v.picklist(['0', '1']),
  v.transform((s) => s === '1'),
);

const lineNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LINE_NUMBER));

/** `event=` / `h=` in a link. */
export const linkNumberSchema = v.pipe(v.string(), v.regex(/^\d{1,8}$/), v.transform(Number));

/** The analysis file's view state. */
export const fileViewSchema = v.object({
  event: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)), null),
  line: v.nullish(lineNumber, null),
});

/** The analysis file's lines, when every entry is whole. */
export const fileLinesSchema = v.pipe(
  v.array(v.object({ n: lineNumber, text: v.string() })),
  v.minLength(1),
  v.check((lines) => lines.every((l, i) => i === 0 || l.n > lines[i - 1].n), 'line numbers must ascend'),
);

/** The texts alone, when the numbers are damaged: the lines still open, numbered from 1. */
export const fileTextsSchema = v.pipe(v.array(v.object({ text: v.string() })), v.minLength(1));

export const fileHeadSchema = v.object({
  format: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
