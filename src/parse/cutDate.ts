/**
 * A syslog header split by a wrap after a bad copy glued it onto the line before: the date (month,
 * day) ends one line, the time and the rest start the next (`... +0x39/0x47 Feb 4` then
 * `16:15:16 kernel: [<c011bbc8>] ...`). repair.ts gives the date back to its record.
 */

const DATE_AT_END = / ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2})$/;
const TIME_FIRST = /^\d{1,2}:\d{2}:\d{2}(?:\.\d+)? /;

/** The `Mon D` a line ends with after a blank, or null (most lines: a cheap look at the last characters settles it). */
export function dateAtEnd(text: string): string | null {
  return endsInDay(text) ? (DATE_AT_END.exec(text)?.[1] ?? null) : null;
}

/** Whether the line starts with a syslog time (`16:15:16 `): the rest of a cut header. */
export function startsWithTime(text: string): boolean {
  return TIME_FIRST.test(text);
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
