import { describe, expect, it } from 'vitest';
import type { EventPlace, FailureMark, FileInfo } from '../../worker/protocol';
import { buildAxis, uptimeAt, UPTIME_WIDTH } from './axis';
import { ticksFor } from './ticks';
import { dotsIn, SINGLE_LIMIT, type DotItem } from './dots';

const at = (wallMs: number | null, uptime: number | null, boot = 0) => ({ wallMs, zoneMin: null, uptime, boot });
const place = (file: number, mark: ReturnType<typeof at>): EventPlace => ({
  file,
  at: mark,
  victimKb: 10,
  cgroup: null,
});
const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 4, 1);

describe('buildAxis', () => {
  it('puts dated events on one wall-clock axis and marks where a boot began', () => {
    const places = [
      place(0, at(T0, 50)),
      place(0, at(T0 + HOUR, 3650)),
      place(0, at(T0 + 2 * HOUR, 20, 1)),
      place(0, at(null, null)),
    ];
    const failures: FailureMark[] = [{ index: 0, file: 0, at: at(T0 + 3 * HOUR, 3000, 1), comm: 'kworker', order: 4 }];
    const axis = buildAxis(places, failures, []);
    expect(axis.clock).toBe('wall');
    expect([...axis.eventX].slice(0, 3)).toEqual([T0, T0 + HOUR, T0 + 2 * HOUR]);
    expect(axis.eventX[3]).toBeNaN();
    expect(axis.unplaced).toBe(1);
    expect(axis.failureX[0]).toBe(T0 + 3 * HOUR);
    expect(axis.reboots).toEqual([{ x: T0 + 2 * HOUR, file: 0, boot: 1 }]);
    expect(axis.domain[0]).toBeLessThan(T0);
    expect(axis.domain[1]).toBeGreaterThan(T0 + 3 * HOUR);
  });

  it('takes a reboot’s place from the banner the worker found', () => {
    const files = [
      { boots: [{ boot: 1, line: 9, banner: true, at: at(T0 + 90 * 60_000, 0, 1) }] } as unknown as FileInfo,
    ];
    const axis = buildAxis([place(0, at(T0, 5)), place(0, at(T0 + 2 * HOUR, 30, 1))], [], files);
    expect(axis.reboots[0].x).toBe(T0 + 90 * 60_000);
  });

  it('lays each boot of each file side by side when the log has only uptime', () => {
    const places = [
      place(0, at(null, 100)),
      place(0, at(null, 1100)),
      place(0, at(null, 10, 1)),
      place(1, at(null, 500)),
    ];
    const axis = buildAxis(places, [], []);
    expect(axis.clock).toBe('uptime');
    expect(axis.segments.map((s) => [s.file, s.boot, s.from, s.to])).toEqual([
      [0, 0, 100, 1100],
      [0, 1, 10, 10],
      [1, 0, 500, 500],
    ]);
    const [a, b, c] = axis.segments;
    expect(a.x0).toBe(0);
    expect(b.x0).toBeGreaterThan(a.x1); // a gap: the break between boots
    expect(c.x1).toBeCloseTo(UPTIME_WIDTH);
    expect(axis.eventX[0]).toBe(a.x0);
    expect(axis.eventX[1]).toBe(a.x1);
    expect(axis.eventX[2]).toBe((b.x0 + b.x1) / 2);
    expect(uptimeAt(axis, (a.x0 + a.x1) / 2)?.uptime).toBeCloseTo(600);
    expect(uptimeAt(axis, (a.x1 + b.x0) / 2)).toBeNull();
  });

  it('has nothing to draw without stamps', () => {
    const axis = buildAxis([place(0, at(null, null))], [], []);
    expect(axis.clock).toBe('none');
    expect(axis.unplaced).toBe(1);
  });
});

describe('ticksFor', () => {
  it('steps the wall clock in round units', () => {
    const axis = buildAxis([place(0, at(T0, null)), place(0, at(T0 + 6 * HOUR, null))], [], []);
    const ticks = ticksFor(axis, [T0, T0 + 6 * HOUR], 7);
    expect(ticks.stepMs).toBe(HOUR);
    expect(ticks.values).toEqual([0, 1, 2, 3, 4, 5, 6].map((h) => T0 + h * HOUR));
  });

  it('puts uptime ticks inside each boot’s segment', () => {
    const axis = buildAxis([place(0, at(null, 0)), place(0, at(null, 3600)), place(0, at(null, 5, 1))], [], []);
    const ticks = ticksFor(axis, axis.domain, 7);
    const [a, b] = axis.segments;
    expect(ticks.values.length).toBeGreaterThan(2);
    for (const x of ticks.values) expect((x >= a.x0 && x <= a.x1) || (x >= b.x0 && x <= b.x1)).toBe(true);
  });
});

describe('ticksFor keeps to about the number asked for', () => {
  it('over thousands of short boots', () => {
    const places = Array.from({ length: 3000 }, (_, boot) => place(0, at(null, 10, boot)));
    const axis = buildAxis(places, [], []);
    expect(axis.segments.length).toBeGreaterThan(1000);
    expect(ticksFor(axis, axis.domain, 7).values.length).toBeLessThanOrEqual(7);
  });

  it('over decades of wall clock', () => {
    const axis = buildAxis([place(0, at(T0, null)), place(0, at(T0 + 40 * 365 * 24 * HOUR, null))], [], []);
    expect(ticksFor(axis, axis.domain, 7).values.length).toBeLessThanOrEqual(7);
  });
});

describe('dotsIn', () => {
  const item = (index: number, x: number, lane = 0, kind = 'memcg'): DotItem => ({
    index,
    x,
    lane,
    kind,
    kb: 100,
    failure: false,
  });

  it('draws few events one by one, and only those in view', () => {
    const dots = dotsIn([item(0, 1), item(1, 2), item(2, 50)], [0, 10], 100);
    expect(dots.map((d) => [d.members, d.x, d.count])).toEqual([
      [[0], 1, 1],
      [[1], 2, 1],
    ]);
  });

  it('aggregates many events per slice, lane and kind, summing their memory', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(i, i / 10_000, i % 2, i % 3 ? 'memcg' : 'global'));
    const dots = dotsIn(many, [0, 1], 200);
    expect(dots.length).toBeLessThanOrEqual(200 * 2 * 2);
    expect(dots.length).toBeGreaterThan(SINGLE_LIMIT);
    expect(dots.reduce((n, d) => n + d.count, 0)).toBe(10_000);
    expect(dots.reduce((n, d) => n + d.kb, 0)).toBe(10_000 * 100);
    expect(dots.every((d) => d.maxKb === 100)).toBe(true);
    const first = dots.find((d) => d.members.includes(0));
    expect(first).toMatchObject({ lane: 0, kind: 'global' });
    expect(first!.x0).toBe(0);
  });
});
