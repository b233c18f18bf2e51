/**
 * What the event list and the timeline need of each event besides its EventSummary, and what the worker
 * says about the whole file set (files, reboots, the overview). Part of the protocol (protocol.ts re-exports
 * these); kept small on purpose: a 50 MB log can hold 10,000 events and every one of these crosses to the page.
 */
/** Where an event (or allocation failure) sits in time. */
export interface TimeMark {
  /**
   * The wall-clock reading of its stamp in ms, as if the printed date and time were UTC; a syslog date
   * without a year is read in the file's running year counted from NOMINAL_YEAR (src/parse/prefix/clock.ts).
   * Null when the stamp has no date.
   */
  wallMs: number | null;
  /** The stamp's zone offset in minutes when it printed one (`+02:00`), else null. */
  zoneMin: number | null;
  /** Seconds since boot (dmesg stamp), else null. */
  uptime: number | null;
  /** Boot of its file, counted from 0: a kernel banner (`Linux version …`) or uptime going backwards starts the next. */
  boot: number;
}

/** Per event, in the same order as the summaries. */
export interface EventPlace {
  /** Which of the opened files it is from (0 when one file was opened). */
  file: number;
  at: TimeMark;
  /** Memory the victim held when it was killed (anon + file + shmem rss, KiB); null without a kill line. */
  victimKb: number | null;
  /** The victim's cgroup (`task_memcg=`, `Task in …`), else the cgroup whose limit was hit; null when none is printed. */
  cgroup: string | null;
}

/** An allocation failure on the timeline (ParseSummary.allocationFailures[index]). */
export interface FailureMark {
  index: number;
  file: number;
  at: TimeMark;
  /** Who failed to allocate, and the order asked for (for the timeline's tooltip). */
  comm: string | null;
  order: number | null;
}

/** Where a boot of a file begins (boot 0 begins with the file). */
export interface BootStart {
  boot: number;
  /** The banner's line, or the first line of the event whose uptime went backwards. */
  line: number;
  /** True for a kernel banner, false when only the uptime going backwards told. */
  banner: boolean;
  at: TimeMark;
}

/** One opened file. */
export interface FileInfo {
  name: string;
  lines: number;
  bytes: number;
  events: number;
  /** Its stamps are syslog dates without a year (read in a nominal year). */
  yearless: boolean;
  /** Reboots seen in it (boots after the first). */
  boots: BootStart[];
}

export interface NameCount {
  name: string;
  kills: number;
  /** Memory those victims held, summed (KiB); 0 when no kill line said. */
  freedKb: number;
}

/** The hour with the most events: on the wall clock, or counted from a boot when the log has only uptime. */
export type BusiestHour =
  | { clock: 'wall'; startMs: number; yearless: boolean; events: number }
  | { clock: 'uptime'; file: number; boot: number; hour: number; events: number };

/** What the page shows about the whole file set ("across the file"). */
export interface Overview {
  events: number;
  kills: number;
  /** Victims by name, most kills first (at most OVERVIEW_TOP; `others` counts the rest). */
  victims: NameCount[];
  otherVictims: number;
  /** Cgroups by kill count, most first (at most OVERVIEW_TOP). */
  cgroups: NameCount[];
  otherCgroups: number;
  /** Memory freed per kill (the victim's rss), over the kills that printed it. */
  freed: { kills: number; medianKb: number; maxKb: number; totalKb: number } | null;
  busiestHour: BusiestHour | null;
}
