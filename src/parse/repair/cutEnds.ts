/**
 * A line whose end was cut by a hard wrap in a way the next line's start completes, found before
 * either is read (repair.ts holds the first until the second arrives): an rsyslog `#012` or
 * journald `\x0a` escape split in two (`...slab_unreclaimable:13708#0` then `12 mapped:4818 ...`).
 * The escape was a line break, so the two lines are read apart without it.
 * (A syslog date cut off the same way belongs to the prefix stage: prefix/gluedDate.ts.)
 */

/** The first `partial.length` characters of an escaped line break end the line; `rest` must start the next. */
export interface Cut {
  escape: string;
  partial: string;
  rest: string;
}

/** The escaped line breaks of repair.ts: rsyslog's `#012` and journald's `\x0a`. */
const ESCAPES = ['#012', '\\x0a'];

/** What the end of `text` may have lost to a wrap, or null (most lines: a look at the last character settles it). */
export function cutAtEnd(text: string): Cut | null {
  return mayEndInEscape(text.charCodeAt(text.length - 1)) ? escapeAtEnd(text) : null;
}

/** The last characters an escape's start can end a line with: `#`, `0`, `1` of `#012`; `\\`, `x`, `0` of `\\x0a`. */
function mayEndInEscape(c: number): boolean {
  return c === 35 || c === 48 || c === 49 || c === 92 || c === 120;
}

function escapeAtEnd(text: string): Cut | null {
  for (const escape of ESCAPES) {
    // Longest start first: `#01` before `#0` before `#`.
    for (let k = escape.length - 1; k >= 1; k--) {
      const partial = escape.slice(0, k);
      if (text.endsWith(partial)) return { escape, partial, rest: escape.slice(k) };
    }
  }
  return null;
}

/** Whether `next` completes the cut: it starts with the escape's other part. */
export function completes(cut: Cut, next: string): boolean {
  return next.startsWith(cut.rest);
}
