/**
 * `--since` / `--until`: which events a run keeps, by their first line's timestamp (see clock.ts). A number
 * is seconds since boot and compares with dmesg uptime stamps; a date compares with wall-clock stamps. An
 * event whose stamp cannot be compared with the bound makes the file an error, with the reason, rather than
 * being silently kept or dropped.
 */
import { compareWall, eventClock, parseIsoClock, type WallClock } from '../parse/prefix/clock';

export type Bound = { kind: 'uptime'; seconds: number; text: string } | { kind: 'wall'; wall: WallClock; text: string };

export interface TimeRange {
  since: Bound | null;
  until: Bound | null;
}

/** A bound from the command line, or the usage error. */
export function parseBound(option: string, text: string): Bound | { error: string } {
  if (/^\d+(?:\.\d+)?$/.test(text.trim())) return { kind: 'uptime', seconds: Number(text), text };
  const wall = parseIsoClock(text);
  if (wall) return { kind: 'wall', wall, text };
  return {
    error:
      `${option} "${text}" is neither seconds since boot (e.g. ${option} 3600) nor a date and time ` +
      `(e.g. ${option} 2024-05-07T10:00 or "2024-05-07 10:00:00+02:00")`,
  };
}

export class IncomparableTime extends Error {}

interface Stamped {
  firstLine: number;
  time: string | null;
  uptime: number | null;
}

/** Position of the event relative to the bound: <0 before, 0 at, >0 after. Throws IncomparableTime. */
function compare(event: Stamped, n: number, option: string, bound: Bound): number {
  const clock = eventClock(event.time, event.uptime);
  const which = `event ${n} (line ${event.firstLine}${event.time !== null ? `, stamped "${event.time}"` : ''})`;
  if (bound.kind === 'uptime') {
    if (clock.uptime !== null) return clock.uptime - bound.seconds;
    throw new IncomparableTime(
      `${option} ${bound.text} is seconds since boot, but ${which} has no dmesg uptime stamp; ` +
        `give a date and time instead, or a log with dmesg stamps`,
    );
  }
  if (clock.wall !== null) return compareWall(clock.wall, bound.wall);
  const why = clock.yearless
    ? 'has a date without a year (export the log with one: journalctl -o short-iso, or dmesg -T)'
    : clock.uptime !== null
      ? 'has only seconds since boot, and the log does not say when the machine booted (give seconds: ' +
        `${option} ${Math.floor(clock.uptime)})`
      : 'has no timestamp';
  throw new IncomparableTime(`${option} ${bound.text} is a date, but ${which} ${why}`);
}

/** Whether event number `n` (1-based) is inside the range: at or after --since, at or before --until. */
export function inRange(event: Stamped, n: number, range: TimeRange): boolean {
  const since = range.since ? compare(event, n, '--since', range.since) >= 0 : true;
  const until = range.until ? compare(event, n, '--until', range.until) <= 0 : true;
  return since && until;
}

/** The events inside the range, in order (all of them without bounds). Throws IncomparableTime. */
export function selectByTime<E extends Stamped>(events: readonly E[], range: TimeRange): E[] {
  return events.filter((e, i) => inRange(e, i + 1, range));
}
