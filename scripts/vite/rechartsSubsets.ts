/**
 * The parts of its dependencies the built app gives Recharts: a module of src/views/timeline/ in place of each
 * package below, for the build only (dev server and tests use the whole packages).
 *
 * Recharts imports d3 through victory-vendor, d3-scale imports d3-interpolate and d3-format, and Recharts' nice
 * ticks use decimal.js-light; a bundler keeps whatever a kept function might reach: every scale Recharts could
 * look up by name, every curve and symbol, colour interpolation, number formats, decimal arithmetic. The timeline
 * uses a linear scale per axis with its own ticks and reference lines, nothing else (see each subset for what it
 * keeps and why; rechartsSubsets.test.ts). A subset imports its own package by the usual name and gets the real
 * one.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const TIMELINE = resolve(import.meta.dirname, '../../src/views/timeline');

/** Package name as imported → the subset module that stands in for it. */
export const RECHARTS_SUBSETS: Record<string, string> = {
  'victory-vendor/d3-scale': resolve(TIMELINE, 'd3ScaleSubset.ts'),
  'victory-vendor/d3-shape': resolve(TIMELINE, 'd3ShapeSubset.ts'),
  'd3-interpolate': resolve(TIMELINE, 'd3InterpolateSubset.ts'),
  'd3-format': resolve(TIMELINE, 'd3FormatSubset.ts'),
  'decimal.js-light': resolve(TIMELINE, 'decimalSubset.ts'),
};

export function rechartsSubsets(): Plugin {
  const subsets = new Set(Object.values(RECHARTS_SUBSETS));
  return {
    name: 'oomscope:recharts-subsets',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const subset = RECHARTS_SUBSETS[source];
      // The subset's own import of its package is the real package.
      if (!subset || (importer && subsets.has(importer))) return null;
      return subset;
    },
  };
}
