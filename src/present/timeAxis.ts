/**
 * Which clock a set of events is shown on, and how its readings are written. Shared by the worker (the
 * busiest hour of the overview) and the page (the timeline's axis), so both read the same clock. Pure.
 *
 * The wall clock when at least as many events carry a date as carry only an uptime, else the uptime; the
 * two are never converted into each other (the log does not say when a machine booted).
 */

interface Stamp {
  wallMs: number | null;
  zoneMin: number | null;
  uptime: number | null;
}

export type AxisClock = 'wall' | 'uptime' | 'none';

export function axisClock(stamps: Iterable<Stamp>): AxisClock {
  let wall = 0;
  let uptime = 0;
  for (const s of stamps) {
    if (s.wallMs !== null) wall++;
    else if (s.uptime !== null) uptime++;
  }
  if (wall === 0 && uptime === 0) return 'none';
  return wall >= uptime ? 'wall' : 'uptime';
}

/**
 * Whether stamps printed different zone offsets (logs from machines in different zones): then they are
 * placed as instants (UTC); otherwise as the clock readings printed, so the axis reads like the log.
 */
export function mixedZones(stamps: Iterable<Stamp>): boolean {
  let first: number | null | undefined;
  for (const s of stamps) {
    if (s.wallMs === null) continue;
    if (first === undefined) first = s.zoneMin;
    else if (s.zoneMin !== first) return true;
  }
  return false;
}

/** A wall-clock stamp's place on the axis (ms). */
export function wallPosition(s: Stamp, mixed: boolean): number | null {
  if (s.wallMs === null) return null;
  return mixed ? s.wallMs - (s.zoneMin ?? 0) * 60_000 : s.wallMs;
}

const HOUR_MS = 3_600_000;

/** The hour a wall position falls in (its start, ms). */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

export interface WallFormat {
  /** The log's dates have no year: do not print one. */
  yearless?: boolean;
  /** What to show: down to the minute (axis ticks, hours) or the second (one event). */
  precision?: 'day' | 'minute' | 'second';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A wall position written in `lang`'s way, in UTC (positions are the printed readings, see mixedZones). */
export function formatWall(
  ms: number,
  lang: string,
  { yearless = false, precision = 'minute' }: WallFormat = {},
): string {
  const key = `${lang}|${yearless}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: yearless ? undefined : 'numeric',
      month: 'short',
      day: 'numeric',
      hour: precision === 'day' ? undefined : '2-digit',
      minute: precision === 'day' ? undefined : '2-digit',
      second: precision === 'second' ? '2-digit' : undefined,
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  return format.format(ms);
}

/** Seconds since boot as `1:02:03` (hours:minutes:seconds), days in front when there are any (`2d 01:02:03`). */
export function formatUptime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const hms = [Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0'));
  return days > 0 ? `${days}d ${hms.join(':')}` : `${Number(hms[0])}:${hms[1]}:${hms[2]}`;
}
