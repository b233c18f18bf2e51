/**
 * The per-zone part of show_free_areas: the zone line with its watermarks, its `lowmem_reserve[]`
 * line (on a line of its own, or inline on ≤3.x), and the buddy free lists.
 */
import type { BuddyRow, OomEvent, Zone } from '../model';
import { parseBuddy } from '../sections/buddy';
import { parseLowmemReserve, parseZone } from '../sections/zone';
import { dropLast, lateDumpLine, type KindRecords } from './kind';

export interface ZoneReadings {
  zone: { zone: Zone };
  lowmemReserve: { reserve: number[] };
  buddy: { row: BuddyRow };
}

/** Zone lines and buddy lines: `Node N ` or a zone name (DMA32, DMA, Normal, HighMem, Movable, Device). */
const ZONE_STARTS = 'NDHM';

export const ZONE_KINDS = {
  zone: {
    recognise: {
      line: {
        starts: ZONE_STARTS,
        classify(text, line) {
          if (!text.includes('free:') || !text.includes('high:')) return null;
          const zone = parseZone(text, line);
          return zone ? { kind: 'zone', zone } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      if (c.zone.lowmemReserve.length > 0) c.zone.reserveLine = c.zone.reserveLine ?? c.zone.line;
      open.event.zones.push(c.zone);
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    // Only a memory dump prints a zone with its watermarks: one without its header (show_mem output, a paste
    // that lost its first lines) is still a report.
    outside: 'opensFragment',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          dropLast(open.event.zones, old.zone);
        },
      },
      joinedReading: true,
    },
  },
  lowmemReserve: {
    recognise: {
      line: {
        starts: 'lp', // `lowmem_reserve[]:`, ≤2.6.1x `protections[]:`
        classify(text) {
          if (!text.includes('lowmem_reserve') && !text.includes('protections[]')) return null;
          const reserve = parseLowmemReserve(text);
          return reserve ? { kind: 'lowmemReserve', reserve } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      const zone = open.event.zones[open.event.zones.length - 1];
      if (!zone || zone.lowmemReserve.length > 0) return;
      zone.lowmemReserve = c.reserve;
      zone.reserveLine = l.line;
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          const zone = open.event.zones[open.event.zones.length - 1];
          if (zone && zone.lowmemReserve === old.reserve) {
            zone.lowmemReserve = [];
            zone.reserveLine = null;
          }
        },
      },
      joinedReading: true,
      // One number per zone type, the same count on every zone of a report: `0 2780` + `15835 15835`
      // and `0 0 15` + `835 15835` are told apart by the count the zone before had.
      numberList: { length: (c) => c.reserve.length, expected: expectedReserveLength },
    },
  },
  buddy: {
    recognise: {
      line: {
        starts: ZONE_STARTS,
        classify(text, line) {
          if (!text.includes('*') && !text.includes('empty')) return null; // ≤2.6.2x `HighMem: empty`
          const row = parseBuddy(text, line);
          return row ? { kind: 'buddy', row } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      const e = open.event;
      e.buddy.push(c.row);
      if (e.pageSizeKb === null && c.row.blockKb.length > 0) e.pageSizeKb = c.row.blockKb[0];
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          dropLast(open.event.buddy, old.row);
          if (open.event.buddy.length === 0) open.event.pageSizeKb = null;
        },
      },
      joinedReading: true,
    },
  },
} satisfies KindRecords<ZoneReadings>;

/** How many `lowmem_reserve[]` numbers the zones of this report printed so far (0 when none did). */
function expectedReserveLength(e: OomEvent): number {
  const withReserve = e.zones.filter((z) => z.lowmemReserve.length > 0);
  return withReserve.length > 0 ? withReserve[0].lowmemReserve.length : 0;
}
