/**
 * The summary across the file set: victims by name, cgroups by kill count, memory freed per kill and the
 * busiest hour. Computed in the worker from what it keeps anyway (the UI
 * receives only these few rows). Pure.
 */
import { axisClock, hourOf, mixedZones, wallPosition } from '../../present/timeAxis';
import type { BusiestHour, EventPlace, NameCount, Overview } from './types';

/** Rows kept per table; the rest is counted. */
export const OVERVIEW_TOP = 10;

export interface OverviewInput {
  victim: string | null;
  place: EventPlace;
}

export function overviewOf(events: readonly OverviewInput[], yearless: (file: number) => boolean): Overview {
  const victims = new Map<string, NameCount>();
  const cgroups = new Map<string, NameCount>();
  const freed: number[] = [];
  let kills = 0;
  for (const e of events) {
    if (e.victim === null) continue;
    kills++;
    const kb = e.place.victimKb ?? 0;
    if (e.place.victimKb !== null) freed.push(e.place.victimKb);
    count(victims, e.victim, kb);
    if (e.place.cgroup !== null) count(cgroups, e.place.cgroup, kb);
  }
  const [topVictims, otherVictims] = top(victims);
  const [topCgroups, otherCgroups] = top(cgroups);
  freed.sort((a, b) => a - b);
  return {
    events: events.length,
    kills,
    victims: topVictims,
    otherVictims,
    cgroups: topCgroups,
    otherCgroups,
    freed: freed.length
      ? {
          kills: freed.length,
          medianKb: freed[Math.floor((freed.length - 1) / 2)],
          maxKb: freed[freed.length - 1],
          totalKb: freed.reduce((a, b) => a + b, 0),
        }
      : null,
    busiestHour: busiestHour(events, yearless),
  };
}

function count(map: Map<string, NameCount>, name: string, kb: number): void {
  const row = map.get(name) ?? { name, kills: 0, freedKb: 0 };
  row.kills++;
  row.freedKb += kb;
  map.set(name, row);
}

function top(map: Map<string, NameCount>): [NameCount[], number] {
  const rows = [...map.values()].sort((a, b) => b.kills - a.kills || a.name.localeCompare(b.name));
  return [rows.slice(0, OVERVIEW_TOP), rows.slice(OVERVIEW_TOP).reduce((n, r) => n + r.kills, 0)];
}

/** On the clock the timeline uses: a wall-clock hour, or an hour counted from a boot of one file. */
function busiestHour(events: readonly OverviewInput[], yearless: (file: number) => boolean): BusiestHour | null {
  const marks = events.map((e) => e.place.at);
  const clock = axisClock(marks);
  if (clock === 'none') return null;
  const counts = new Map<string, { hour: BusiestHour; events: number }>();
  const mixed = mixedZones(marks);
  for (const e of events) {
    const at = e.place.at;
    let key: string;
    let hour: BusiestHour;
    if (clock === 'wall') {
      const position = wallPosition(at, mixed);
      if (position === null) continue;
      const startMs = hourOf(position);
      key = String(startMs);
      hour = { clock, startMs, yearless: yearless(e.place.file), events: 0 };
    } else {
      if (at.uptime === null) continue;
      const h = Math.floor(at.uptime / 3600);
      key = `${e.place.file}/${at.boot}/${h}`;
      hour = { clock, file: e.place.file, boot: at.boot, hour: h, events: 0 };
    }
    const seen = counts.get(key) ?? { hour, events: 0 };
    seen.events++;
    counts.set(key, seen);
  }
  let best: { hour: BusiestHour; events: number } | null = null;
  for (const c of counts.values()) if (!best || c.events > best.events) best = c;
  return best ? { ...best.hour, events: best.events } : null;
}
