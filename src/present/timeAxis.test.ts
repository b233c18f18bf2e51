import { describe, expect, it } from 'vitest';
import { axisClock, formatUptime, formatWall, hourOf, mixedZones, wallPosition } from './timeAxis';

const at = (wallMs: number | null, uptime: number | null, zoneMin: number | null = null) => ({
  wallMs,
  uptime,
  zoneMin,
});

describe('timeAxis', () => {
  it('uses the wall clock when at least as many stamps carry a date as carry only an uptime', () => {
    expect(axisClock([at(1, 5), at(null, 6)])).toBe('wall');
    expect(axisClock([at(1, null), at(null, 6), at(null, 7)])).toBe('uptime');
    expect(axisClock([at(null, null)])).toBe('none');
    expect(axisClock([])).toBe('none');
  });

  it('places stamps as printed, or as instants when their zones differ', () => {
    const a = at(Date.UTC(2024, 0, 1, 12), null, 120);
    const b = at(Date.UTC(2024, 0, 1, 12), null, 0);
    expect(mixedZones([a, a])).toBe(false);
    expect(mixedZones([a, b])).toBe(true);
    expect(wallPosition(a, false)).toBe(Date.UTC(2024, 0, 1, 12));
    expect(wallPosition(a, true)).toBe(Date.UTC(2024, 0, 1, 10));
    expect(wallPosition(at(null, 3), true)).toBeNull();
  });

  it('writes readings in the reader’s language, without a year for yearless logs', () => {
    const ms = Date.UTC(2024, 4, 7, 9, 5, 3);
    expect(formatWall(ms, 'en')).toBe('May 7, 2024, 09:05');
    expect(formatWall(ms, 'en', { yearless: true, precision: 'second' })).toBe('May 7, 09:05:03');
    expect(formatWall(ms, 'zh-CN', { yearless: true })).toBe('5月7日 09:05');
    expect(hourOf(ms)).toBe(Date.UTC(2024, 4, 7, 9));
  });

  it('writes uptime as hours:minutes:seconds, with days when there are any', () => {
    expect(formatUptime(5)).toBe('0:00:05');
    expect(formatUptime(3723.9)).toBe('1:02:03');
    expect(formatUptime(2 * 86400 + 3723)).toBe('2d 01:02:03');
  });
});
