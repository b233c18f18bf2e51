import { describe, expect, it } from 'vitest';
import { NOMINAL_YEAR } from '../../parse/index';
import { FileClock } from './fileClock';

describe('FileClock', () => {
  it('counts a boot at a kernel banner between events, not at one before any event', () => {
    const clock = new FileClock();
    clock.banner(1, '[    0.000000]', 0);
    expect(clock.mark(10, '[  100.000000]', 100).boot).toBe(0);
    clock.banner(50, '[    0.000000]', 0);
    // The next boot's uptime (5 s) is below the last one (100 s) but the banner already told: one reboot.
    const after = clock.mark(60, '[    5.000000]', 5);
    expect(after).toEqual({ wallMs: null, zoneMin: null, uptime: 5, boot: 1 });
    expect(clock.boots).toEqual([
      { boot: 1, line: 50, banner: true, at: { wallMs: null, zoneMin: null, uptime: 0, boot: 1 } },
    ]);
  });

  it('counts a boot where the uptime goes backwards without a banner', () => {
    const clock = new FileClock();
    expect(clock.mark(1, null, 500).boot).toBe(0);
    expect(clock.mark(2, null, 499.5).boot).toBe(0); // two CPUs' stamps, a little out of order
    expect(clock.mark(3, null, 20).boot).toBe(1);
    expect(clock.boots.map((b) => [b.line, b.banner])).toEqual([[3, false]]);
  });

  it('reads wall-clock stamps with their zone', () => {
    const clock = new FileClock();
    expect(clock.mark(1, '2024-05-01T10:00:00+02:00', null)).toMatchObject({
      wallMs: Date.UTC(2024, 4, 1, 10),
      zoneMin: 120,
    });
  });

  it('moves yearless dates on a year where they go backwards across a new year', () => {
    const clock = new FileClock();
    const dec = clock.mark(1, 'Dec 31 23:59:00', null);
    const jan = clock.mark(2, 'Jan  1 00:01:00', null);
    expect(dec.wallMs).toBe(Date.UTC(NOMINAL_YEAR, 11, 31, 23, 59));
    expect(jan.wallMs).toBe(Date.UTC(NOMINAL_YEAR + 1, 0, 1, 0, 1));
    expect(clock.yearless).toBe(true);
    // Something met late (an allocation failure) in the second year is read in it too.
    expect(clock.markLate(3, 'Jan  2 00:00:00', null).wallMs).toBe(Date.UTC(NOMINAL_YEAR + 1, 0, 2));
    expect(clock.markLate(1, 'Dec 31 23:00:00', null).wallMs).toBe(Date.UTC(NOMINAL_YEAR, 11, 31, 23));
  });

  it('places late items in the boot their line falls in', () => {
    const clock = new FileClock();
    clock.mark(1, null, 100);
    clock.mark(20, null, 3);
    expect(clock.markLate(10, null, 101).boot).toBe(0);
    expect(clock.markLate(30, null, 4).boot).toBe(1);
  });
});
