/**
 * A syslog date a bad copy glued onto the end of a line, cut right after the day by a hard wrap
 * (`... +0x39/0x47 Feb 4` then `16:15:16 kernel: [<c011bbc8>] ...`, an LKML post): the date goes
 * back to the record it starts, whose prefix is then read with it. A line ending in a date waits
 * here until the next one shows whether it completes it. Runs after the prefix stripper, before
 * repair/ (which counts the line among the merged records it reports).
 */
import type { PrefixStripper } from './prefix';

/** Receives each line once it is settled; `gluedDate` when a date was taken off its end. */
export type GluedDateOut = (
  line: number,
  text: string,
  time: string | null,
  uptime: number | null,
  gluedDate: boolean,
  source: string | null,
) => void;

export interface GluedDateStage {
  /** One stripped physical line (maybe passed on with the next one). */
  feed(
    line: number,
    text: string,
    time: string | null,
    uptime: number | null,
    source?: string | null,
    timeOnly?: boolean,
  ): void;
  /** Pass on a line still waiting. */
  end(): void;
}

const DATE_AT_END = / ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2})$/;
const TIME_FIRST = /^\d{1,2}:\d{2}:\d{2}(?:\.\d+)? /;

interface Held {
  line: number;
  text: string;
  time: string | null;
  uptime: number | null;
  source: string | null;
  date: string;
}

export function createGluedDateStage(prefix: PrefixStripper, out: GluedDateOut): GluedDateStage {
  let held: Held | null = null;
  return {
    feed(line, text, time, uptime, source = null, timeOnly = false) {
      const h = held;
      held = null;
      if (h !== null && timeOnly) {
        // The prefix stage read `16:15:16 kernel:` as a time-only prefix: the held date is its day.
        out(h.line, h.text.slice(0, -h.date.length - 1), h.time, h.uptime, true, h.source);
        time = `${h.date} ${time}`;
      } else if (h !== null && TIME_FIRST.test(text)) {
        out(h.line, h.text.slice(0, -h.date.length - 1), h.time, h.uptime, true, h.source);
        const record = prefix.strip(`${h.date} ${text}`);
        text = record.text;
        source = record.source;
        // The date brings its record's time.
        if (record.time !== null) ({ time, uptime } = record);
      } else if (h !== null) out(h.line, h.text, h.time, h.uptime, false, h.source);
      const date = endsInDay(text) ? DATE_AT_END.exec(text)?.[1] : undefined;
      if (date !== undefined) held = { line, text, time, uptime, source, date };
      else out(line, text, time, uptime, false, source);
    },
    end() {
      const h = held;
      held = null;
      if (h !== null) out(h.line, h.text, h.time, h.uptime, false, h.source);
    },
  };
}

/** A day (1–2 digits) after one or two blanks after a letter ends the line (most lines: a look at the last characters settles it). */
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
