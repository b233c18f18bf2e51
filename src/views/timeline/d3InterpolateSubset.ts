/**
 * What the built app gives d3-scale for `d3-interpolate` (scripts/vite/rechartsSubsets.ts). A continuous scale
 * interpolates its range with d3's `interpolate(a, b)`, which picks a method by the type of `b`: colours and
 * strings with numbers in them, dates, arrays, objects. Importing any of d3-interpolate keeps its colour spaces
 * and all of d3-color (their set-up runs when the module loads): 4.8 kB of the offline file's gzip size.
 * Recharts' scales map to pixels, numbers only, so this module keeps d3's answers for a missing value, a boolean
 * and a number, and refuses the rest loudly rather than guess. The two number interpolators are d3's own
 * (d3-interpolate 3.0, src/number.js and src/round.js, ISC licence, © Mike Bostock), copied: they are one line
 * each. Unit tests use the whole d3-interpolate; rechartsSubsets.test.ts checks this agrees with it.
 */

export function interpolateNumber(a: number, b: number): (t: number) => number {
  const [x, y] = [+a, +b];
  return (t) => x * (1 - t) + y * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  const [x, y] = [+a, +b];
  return (t) => Math.round(x * (1 - t) + y * t);
}

export function interpolate(a: unknown, b: unknown): (t: number) => unknown {
  // d3-interpolate's value.js, its first branches: a constant for null, undefined and booleans; numbers.
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  throw new Error(
    `oomscope's d3-interpolate subset interpolates numbers only, not ${typeof b}: see rechartsSubsets.ts`,
  );
}

/** Only the sequential and diverging scales use it, which the d3-scale subset leaves out. */
export function piecewise(): never {
  throw new Error('oomscope’s d3-interpolate subset has no piecewise: see scripts/vite/rechartsSubsets.ts');
}
