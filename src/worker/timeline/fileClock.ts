/**
 * One file's clock for the timeline: reads each event's printed stamp as a TimeMark, counting boots and
 * the year of yearless syslog dates as the file goes on.
 *
 * - A boot ends at a kernel banner (`Linux version …`, found by banners.ts) or where the uptime goes backwards
 *   from one event to the next. A banner before anything was seen does not start a new boot (a log that
 *   begins at boot).
 * - A syslog date has no year: it is read in NOMINAL_YEAR, and a date more than half a year before the
 *   previous one means the log crossed a new year.
 * Events come in file order (the parser announces them as they close); allocation failures are only known
 * at the end, so they are placed from the recorded change points (`markLate`).
 */
import { eventClock, yearlessClock } from '../../parse/index';
import type { BootStart, TimeMark } from './types';

/** An uptime this much below the previous one is a reboot, not stamps printed out of order by two CPUs. */
const BACKWARDS_S = 1;
const HALF_YEAR_MS = 183 * 86_400_000;

interface Banner {
  line: number;
  time: string | null;
  uptime: number | null;
}

export class FileClock {
  readonly boots: BootStart[] = [];
  yearless = false;
  private pending: Banner[] = [];
  private boot = 0;
  private seen = false;
  private lastUptime: number | null = null;
  /** Years added to yearless dates, and where each change began (line). */
  private years = 0;
  private lastYearless: number | null = null;
  private yearStarts: { line: number; years: number }[] = [];

  /** A kernel banner at `line` (banners come in line order, before the events after them). */
  banner(line: number, time: string | null, uptime: number | null): void {
    this.pending.push({ line, time, uptime });
  }

  /** The next event (or anything else in file order) at `line`. */
  mark(line: number, time: string | null, uptime: number | null): TimeMark {
    while (this.pending.length && this.pending[0].line < line) this.takeBanner(this.pending.shift()!);
    if (uptime !== null && this.lastUptime !== null && uptime < this.lastUptime - BACKWARDS_S && this.seen)
      this.startBoot(line, false, time, uptime);
    if (uptime !== null) this.lastUptime = uptime;
    this.seen = true;
    return { ...this.read(line, time, true), uptime, boot: this.boot };
  }

  /** Something met out of file order (allocation failures, known at the end): placed by the change points. */
  markLate(line: number, time: string | null, uptime: number | null): TimeMark {
    let boot = 0;
    for (const b of this.boots) if (b.line <= line) boot = b.boot;
    return { ...this.read(line, time, false), uptime, boot };
  }

  /** The banners after the last event. */
  end(): void {
    for (const b of this.pending) this.takeBanner(b);
    this.pending = [];
  }

  private takeBanner(b: Banner): void {
    if (this.seen) this.startBoot(b.line, true, b.time, b.uptime);
    this.lastUptime = b.uptime;
  }

  private startBoot(line: number, banner: boolean, time: string | null, uptime: number | null): void {
    this.boot++;
    this.seen = false;
    this.boots.push({
      line,
      banner,
      boot: this.boot,
      at: { ...this.read(line, time, false), uptime, boot: this.boot },
    });
  }

  /** The wall-clock part; `advance`: this stamp is the newest so far (moves the yearless year on). */
  private read(line: number, time: string | null, advance: boolean): Pick<TimeMark, 'wallMs' | 'zoneMin'> {
    const wall = eventClock(time, null).wall;
    if (wall) return { wallMs: wall.clockMs, zoneMin: wall.offsetMin };
    const nominal = yearlessClock(time);
    if (!nominal) return { wallMs: null, zoneMin: null };
    this.yearless = true;
    if (!advance) {
      let years = 0;
      for (const y of this.yearStarts) if (y.line <= line) years = y.years;
      return { wallMs: shiftYears(nominal.clockMs, years), zoneMin: null };
    }
    if (this.lastYearless !== null && shiftYears(nominal.clockMs, this.years) < this.lastYearless - HALF_YEAR_MS) {
      this.years++;
      this.yearStarts.push({ line, years: this.years });
    }
    const wallMs = shiftYears(nominal.clockMs, this.years);
    this.lastYearless = wallMs;
    return { wallMs, zoneMin: null };
  }
}

/** The same date and time `years` later (Feb 29 of a leap year becomes Mar 1). */
function shiftYears(ms: number, years: number): number {
  if (years === 0) return ms;
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}
