/**
 * What the built app gives Recharts for `victory-vendor/d3-scale` (vite.config.ts aliases it here): the scales
 * Recharts picks itself for `scale="auto"` — linear for a number axis, band and point for a category axis.
 *
 * Recharts imports d3-scale as a namespace to look a scale up by name, so no bundler can leave out the ones no
 * chart names: log, pow, time (with all of d3-time and d3-time-format), quantile, sequential, … were 7.7 kB of
 * the offline file's gzip size. The timeline's axes are `type="number"` with no `scale` prop;
 * `d3ScaleSubset.test.ts` fails when a Recharts component is given a scale this module does not have.
 * Unit tests render with the whole d3-scale (the alias is the build's only).
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
