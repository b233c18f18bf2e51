import { describe, expect, it } from 'vitest';
import { countTicks, linearTicks, logTicks, niceStep, scaleOf, sizeTicks, symlog, ticksThatFit } from './scale';

describe('chart scales', () => {
  it('picks steps of 1, 2 or 5 × 10^k', () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(66, 4)).toBe(20);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });

  it('ends the ticks at or above the largest value', () => {
    expect(linearTicks(66)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0.4)).toEqual([0, 1]);
  });

  it('puts size ticks on whole binary units', () => {
    // 66 MiB in KiB: ticks every 20 MiB.
    expect(sizeTicks(66 * 1024)).toEqual([0, 20, 40, 60, 80].map((m) => m * 1024));
    expect(sizeTicks(900)).toEqual([0, 500, 1000]);
  });

  it('cuts a narrow axis into fewer parts, so its labels do not run into each other', () => {
    // The RAM chart at 400 px leaves its bars ~130 px: two parts, each wide enough for "10 GiB".
    expect(ticksThatFit(130)).toBe(1);
    expect(ticksThatFit(150)).toBe(2);
    expect(ticksThatFit(1000)).toBe(4);
    expect(ticksThatFit(10)).toBe(1);
    const ticks = sizeTicks(15.7 * 1024 * 1024, ticksThatFit(150));
    expect(ticks).toEqual([0, 10, 20].map((g) => g * 1024 * 1024));
  });

  it('gives powers of ten for the log axis, and symlog keeps 0 at 0', () => {
    expect(logTicks(6676)).toEqual([0, 1, 10, 100, 1000]);
    expect(logTicks(0)).toEqual([0, 1]);
    expect(symlog(0)).toBe(0);
    expect(symlog(9)).toBe(1);
  });

  it('maps the domain onto pixels', () => {
    const x = scaleOf(100, 10, 110);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(60);
    const y = scaleOf(99, 100, 0, true);
    expect(y(0)).toBe(100);
    expect(y(99)).toBe(0);
  });
});
