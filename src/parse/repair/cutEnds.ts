/**
 * A line whose end was cut by a hard wrap in a way the next line's start completes, found before
 * either is read (repair.ts holds the first until the second arrives):
 * - an rsyslog `#012` or journald `\x0a` escape split in two (`...slab_unreclaimable:13708#0` then
 *   `12 mapped:4818 ...`): the escape was a line break, so the two lines are read apart without it;
 * - a syslog date a bad copy glued onto the line, cut after the day (`... +0x39/0x47 Feb 4` then
 *   `16:15:16 kernel: [<c011bbc8>] ...`, an LKML post): the date goes back to the record it starts.
 */

export type Cut =
  /** The first `partial.length` characters of an escaped line break end the line; `rest` must start the next. */
  | { kind: 'escape'; escape: string; partial: string; rest: string }
  /** `date` (`Feb 4`) ends the line after a blank; a syslog time must start the next. */
  | { kind: 'date'; date: string };

/** The escaped line breaks of repair.ts: rsyslog's `#012` and journald's `\x0a`. */
const ESCAPES = ['#012', '\\x0a'];
const DATE_AT_END = / ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2})$/;
const TIME_FIRST = /^\d{1,2}:\d{2}:\d{2}(?:\.\d+)? /;

/** What the end of `text` may have lost to a wrap, or null (most lines: a look at the last characters settles it). */
export function cutAtEnd(text: string): Cut | null {
  const escape = mayEndInEscape(text.charCodeAt(text.length - 1)) ? escapeAtEnd(text) : null;
  if (escape !== null) return escape;
  if (!endsInDay(text)) return null;
  const date = DATE_AT_END.exec(text)?.[1];
  return date === undefined ? null : { kind: 'date', date };
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
      if (text.endsWith(partial)) return { kind: 'escape', escape, partial, rest: escape.slice(k) };
    }
  }
  return null;
}

/** Whether `next` completes the cut: the escape's other part, or a syslog time. */
export function completes(cut: Cut, next: string): boolean {
  return cut.kind === 'escape' ? next.startsWith(cut.rest) : TIME_FIRST.test(next);
}

/** A day (1–2 digits) after one or two blanks after a letter ends the line. */
function endsInDay(text: string): boolean {
  let i = text.length - 1;
  if (!isDigit(text.charCodeAt(i))) return false;
  if (isDigit(text.charCodeAt(i - 1))) i--;
  let blanks = 0;
  while (blanks < 3 && text.charCodeAt(i - 1 - blanks) === 32) blanks++;
  return blanks >= 1 && blanks <= 2 && isLetter(text.charCodeAt(i - 1 - blanks));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
