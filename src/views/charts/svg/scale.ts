/**
 * Axis arithmetic for the hand-drawn SVG charts: nice linear ticks, size ticks on binary unit boundaries
 * (0, 20 MiB, 40 MiB… rather than 19.5 MiB), and the symmetric log the buddy histogram uses so one free block
 * at a high order stays visible next to thousands of order-0 pages. Pure.
 */

/** A step of 1, 2 or 5 × 10^k that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** 0 and multiples of a nice step up to the first one at or above `max`. */
export function linearTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** Whole-number ticks (block counts): a step below 1 is no use for counting blocks. */
export function countTicks(max: number, count = 4): number[] {
  const step = Math.max(1, niceStep(max, count));
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** Ticks for a size in KiB on the boundaries of the binary unit the largest value is shown in. */
export function sizeTicks(maxKb: number, count = 4): number[] {
  let unit = 1;
  while (maxKb / unit >= 1024 && unit < 1024 ** 4) unit *= 1024;
  return linearTicks(maxKb / unit, count).map((v) => v * unit);
}

/**
 * How many parts an axis `px` wide can be cut into with room for each tick label (a size such as "15 GiB" is
 * ~40 px at 11 px; 72 px keeps a gap), at most `most`: on a phone a chart gets fewer ticks, not labels on top
 * of each other.
 */
export function ticksThatFit(px: number, most = 4, perTick = 72): number {
  return Math.max(1, Math.min(most, Math.floor(px / perTick)));
}

/** 0, 1, 10, 100, … up to the largest value: readable ticks on a symlog axis. */
export function logTicks(max: number): number[] {
  const ticks = [0];
  for (let t = 1; t <= Math.max(max, 1); t *= 10) ticks.push(t);
  return ticks;
}

/** The symmetric log: linear around 0, logarithmic beyond 1; defined for 0 (an empty order). */
export const symlog = (v: number): number => Math.sign(v) * Math.log10(1 + Math.abs(v));

/** Maps [0, domainMax] onto [from, to] (pixels), linearly or through symlog. */
export function scaleOf(domainMax: number, from: number, to: number, log = false): (v: number) => number {
  const f = log ? symlog : (v: number) => v;
  const top = f(domainMax) || 1;
  return (v) => from + (f(Math.max(0, v)) / top) * (to - from);
}
