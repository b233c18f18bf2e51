import { describe, expect, it } from 'vitest';
import { eventClock } from '../parse/prefix/clock';
import { IncomparableTime, parseBound, selectByTime, type Bound, type TimeRange } from './timeFilter';

const bound = (text: string, option = '--since'): Bound => {
  const b = parseBound(option, text);
  if ('error' in b) throw new Error(b.error);
  return b;
};
const ev = (time: string | null, uptime: number | null = null, firstLine = 1) => ({ firstLine, time, uptime });
const range = (since?: string, until?: string): TimeRange => ({
  since: since === undefined ? null : bound(since),
  until: until === undefined ? null : bound(until, '--until'),
});

describe('eventClock', () => {
  it('reads the stamps the parser keeps', () => {
    expect(eventClock('[  12.500000]', 12.5)).toEqual({ uptime: 12.5, wall: null, yearless: false });
    expect(eventClock('2024-05-07T10:11:12.250+02:00', null).wall).toEqual({
      clockMs: Date.UTC(2024, 4, 7, 10, 11, 12, 250),
      offsetMin: 120,
    });
    expect(eventClock('2024-05-07 10:11:12', null).wall?.offsetMin).toBeNull();
    expect(eventClock('1714564800.123456', null).wall).toEqual({ clockMs: 1714564800123, offsetMin: 0 });
    expect(eventClock('Tue 2024-05-07 10:11:12 CEST', null).wall?.offsetMin).toBeNull();
    expect(eventClock('Tue 2024-05-07 10:11:12 +0200', null).wall?.offsetMin).toBe(120);
    expect(eventClock('Nov 22 11:09:03', null)).toEqual({ uptime: null, wall: null, yearless: true });
  });

  it('reads dmesg -T in several locales', () => {
    const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 3, 54, 3);
    expect(eventClock('Mon Nov 22 03:54:03 2021', null).wall?.clockMs).toBe(at(2021, 11, 22));
    expect(eventClock('Di Mär 12 03:54:03 2025', null).wall?.clockMs).toBe(at(2025, 3, 12));
    expect(eventClock('mar. juil. 12 03:54:03 2025', null).wall?.clockMs).toBe(at(2025, 7, 12));
    expect(eventClock('二 9月  3 03:54:03 2024', null).wall?.clockMs).toBe(at(2024, 9, 3));
    expect(eventClock('Xx Foo 3 03:54:03 2024', null).wall).toBeNull();
  });
});

describe('parseBound', () => {
  it('takes seconds since boot or an ISO date and time, and says what else it wanted', () => {
    expect(bound('3600')).toEqual({ kind: 'uptime', seconds: 3600, text: '3600' });
    expect(bound('2024-05-07')).toMatchObject({
      kind: 'wall',
      wall: { clockMs: Date.UTC(2024, 4, 7), offsetMin: null },
    });
    expect(bound('2024-05-07 10:00:00Z')).toMatchObject({ wall: { offsetMin: 0 } });
    expect(parseBound('--since', 'yesterday')).toEqual({
      error: expect.stringContaining('--since "yesterday" is neither seconds since boot') as string,
    });
    expect(parseBound('--until', '2024-13-01')).toHaveProperty('error');
  });
});

describe('selectByTime', () => {
  const dmesg = [ev('[  10.0]', 10, 1), ev('[ 100.0]', 100, 50), ev('[1000.0]', 1000, 99)];

  it('compares seconds with dmesg uptime, both ends inclusive', () => {
    expect(selectByTime(dmesg, range('100')).map((e) => e.firstLine)).toEqual([50, 99]);
    expect(selectByTime(dmesg, range('10', '100')).map((e) => e.firstLine)).toEqual([1, 50]);
    expect(selectByTime(dmesg, range())).toHaveLength(3);
  });

  it('compares dates as instants when both have a zone, else as the clock readings printed', () => {
    const iso = [ev('2024-05-07T10:00:00+02:00'), ev('2024-05-07T12:00:00+02:00')];
    expect(selectByTime(iso, range('2024-05-07T09:00:00Z'))).toEqual([iso[1]]); // 12:00+02 = 10:00Z
    expect(selectByTime(iso, range('2024-05-07T11:00'))).toEqual([iso[1]]); // zone-less: clock as printed
    expect(selectByTime([ev('Mon May  6 23:59:00 2024')], range(undefined, '2024-05-07'))).toHaveLength(1);
  });

  it('rejects what cannot be compared, saying why and what to give instead', () => {
    expect(() => selectByTime(dmesg, range('2024-05-07'))).toThrow(
      /--since 2024-05-07 is a date, but event 1 \(line 1, stamped "\[  10.0\]"\) has only seconds since boot.*--since 10\)/,
    );
    expect(() => selectByTime([ev('Nov 22 11:09:03')], range('2024-05-07'))).toThrow(/date without a year/);
    expect(() => selectByTime([ev('2024-05-07T10:00:00Z')], range('3600'))).toThrow(IncomparableTime);
    expect(() => selectByTime([ev(null)], range(undefined, '5'))).toThrow(/--until 5 is seconds since boot/);
  });
});
