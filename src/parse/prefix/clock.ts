/**
 * Reading the timestamps the parser keeps as printed (OomEvent.time) as points in time, for --since and
 * --until. Two clocks that are never converted into each other: seconds since boot (dmesg `[ 123.456]`,
 * kmsg records), and the wall clock (ISO, `dmesg -T`, `journalctl -o short-full/short-unix`). The log does
 * not say when the machine booted (and `dmesg -T` itself drifts after a suspend), so a boot time is never
 * guessed. A wall-clock reading without a time zone is a "clock reading as printed".
 */

/** A wall-clock reading: `clockMs` is the printed date and time as if it were UTC; `offsetMin` its zone, if printed. */
export interface WallClock {
  clockMs: number;
  offsetMin: number | null;
}

/** What the printed stamp of an event tells. */
export interface EventClock {
  uptime: number | null;
  wall: WallClock | null;
  /** The stamp has a date but no year (`Nov 22 11:09:03`, journalctl's default): not comparable with a date. */
  yearless: boolean;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Parses `2024-05-07`, `2024-05-07T10:11`, `2024-05-07 10:11:12.5+02:00`, `…Z`; null when it is none of them. */
export function parseIsoClock(text: string): WallClock | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const clockMs = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0.${frac || '0'}`) * 1000));
  if (Number.isNaN(clockMs) || +mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  return { clockMs, offsetMin: zone === undefined ? null : zoneOffset(zone) };
}

function zoneOffset(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * Month names `dmesg -T` prints in the locales seen in real logs (its stamp is strftime's `%a %b %e`),
 * by their first three letters (French June/July need four). CJK stamps write the month as `9月` / `9월`.
 */
const MONTHS: Record<string, number> = {};
const NAMES = [
  'jan feb mar apr may jun jul aug sep oct nov dec', // English
  'jan feb mär apr mai jun jul aug sep okt nov dez', // German
  'jan fév mar avr mai juin juil aoû sep oct nov déc', // French
  'ene feb mar abr may jun jul ago sep oct nov dic', // Spanish
  'gen feb mar apr mag giu lug ago set ott nov dic', // Italian
  'jan fev mar abr mai jun jul ago set out nov dez', // Portuguese
  'jan feb mrt apr mei jun jul aug sep okt nov dec', // Dutch
  'янв фев мар апр мая июн июл авг сен окт ноя дек', // Russian
];
for (const line of NAMES) line.split(' ').forEach((name, i) => (MONTHS[name] = i + 1));

function monthOf(token: string): number | null {
  const cjk = /^(\d{1,2})[月월]$/.exec(token);
  if (cjk) return Number(cjk[1]);
  const word = token.toLowerCase().replace(/\.$/, '');
  return MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)] ?? null;
}

/** `Mon Nov 22 11:09:03 2021`, `Di Aug 12 03:54:03 2025`, `二 9月  3 10:00:00 2024` (dmesg -T, no zone). */
const CTIME = /^\S+ +(\S+) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
/** `Tue 2024-05-07 10:11:12 CEST` (journalctl -o short-full): a zone name is not an offset, `+0200` is. */
const FULL = /^\S+ (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)(?: ([A-Z]{2,5}|[+-]\d{4}))?$/;
const UNIX = /^\d{9,11}\.\d{1,9}$/;
const SYSLOG = /^[A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2}/;

/** The clocks an event's printed stamp (`time`) and its uptime carry. */
export function eventClock(time: string | null, uptime: number | null): EventClock {
  const out: EventClock = { uptime, wall: null, yearless: false };
  if (time === null || time.startsWith('[')) return out; // `[ 12.3]`: the uptime is all it says
  if (UNIX.test(time)) {
    out.wall = { clockMs: Math.round(Number(time) * 1000), offsetMin: 0 };
    return out;
  }
  const full = FULL.exec(time);
  if (full) {
    const zone = full[2];
    const wall = parseIsoClock(full[1]);
    if (wall && zone !== undefined && /^[+-]\d{4}$|^(?:UTC|GMT)$/.test(zone)) wall.offsetMin = zoneOffset(zone);
    out.wall = wall;
    return out;
  }
  const iso = parseIsoClock(time);
  if (iso) {
    out.wall = iso;
    return out;
  }
  const c = CTIME.exec(time);
  const month = c ? monthOf(c[1]) : null;
  if (c && month !== null) {
    out.wall = { clockMs: Date.UTC(+c[6], month - 1, +c[2], +c[3], +c[4], +c[5]), offsetMin: null };
    return out;
  }
  out.yearless = SYSLOG.test(time);
  return out;
}

const YEARLESS = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})/;

/** The year a yearless syslog date is read in: a leap year, so `Feb 29` exists. */
export const NOMINAL_YEAR = 2000;

/**
 * A syslog date without a year (`Nov 22 11:09:03`) as a clock reading in NOMINAL_YEAR, for placing the
 * events of one log on a time axis (the caller moves on a year where the dates go backwards across a
 * new year). Null for any other stamp.
 */
export function yearlessClock(time: string | null): WallClock | null {
  const m = time === null ? null : YEARLESS.exec(time);
  const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
  if (!m || month === undefined) return null;
  return { clockMs: Date.UTC(NOMINAL_YEAR, month - 1, +m[2], +m[3], +m[4], +m[5]), offsetMin: null };
}

/**
 * Compares two wall-clock readings: as instants when both carry a zone, else as the clock readings printed
 * (a log without zones was written in its machine's local time, which oomscope cannot know).
 */
export function compareWall(a: WallClock, b: WallClock): number {
  if (a.offsetMin !== null && b.offsetMin !== null) {
    return a.clockMs - a.offsetMin * 60_000 - (b.clockMs - b.offsetMin * 60_000);
  }
  return a.clockMs - b.clockMs;
}
