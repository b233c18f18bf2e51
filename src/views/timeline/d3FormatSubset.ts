/**
 * What the built app gives d3-scale for `d3-format` (scripts/vite/rechartsSubsets.ts): nothing that works. d3-scale
 * needs d3-format only for `scale.tickFormat()`, which Recharts never calls (it writes ticks with the axis's
 * `tickFormatter`, or `String`); the timeline writes its own tick labels. Each name throws if ever called, so a
 * new use shows at once in the browser tests instead of formatting wrong.
 */
const absent =
  (name: string) =>
  (..._args: unknown[]): never => {
    throw new Error(`oomscope's d3-format subset has no ${name}: see scripts/vite/rechartsSubsets.ts`);
  };

export const format = absent('format');
export const formatPrefix = absent('formatPrefix');
export const formatSpecifier = absent('formatSpecifier');
export const precisionFixed = absent('precisionFixed');
export const precisionPrefix = absent('precisionPrefix');
export const precisionRound = absent('precisionRound');
