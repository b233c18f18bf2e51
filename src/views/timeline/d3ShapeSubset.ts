/**
 * What the built app gives Recharts for `victory-vendor/d3-shape` (scripts/vite/rechartsSubsets.ts): nothing that
 * works. d3-shape draws lines, areas, symbols and stacks, for Recharts' Line, Area, Scatter, Legend and stacked
 * bars; the timeline uses none of them (its dots are on a canvas, Recharts draws only axes and reference lines:
 * TimelineChart.tsx). Every name Recharts imports is here, as a function that throws if ever called, so a chart
 * that starts using one fails the browser tests at once; rechartsSubsets.test.ts lists the Recharts components the
 * subsets were checked for.
 */
const absent =
  (name: string) =>
  (..._args: unknown[]): never => {
    throw new Error(`oomscope's d3-shape subset has no ${name}: see scripts/vite/rechartsSubsets.ts`);
  };

export const area = absent('area');
export const line = absent('line');
export const stack = absent('stack');
export const stackOffsetExpand = absent('stackOffsetExpand');
export const stackOffsetNone = absent('stackOffsetNone');
export const stackOffsetSilhouette = absent('stackOffsetSilhouette');
export const stackOffsetWiggle = absent('stackOffsetWiggle');
export const stackOrderNone = absent('stackOrderNone');
export const symbol = absent('symbol');
export const symbolCircle = absent('symbolCircle');
export const symbolCross = absent('symbolCross');
export const symbolDiamond = absent('symbolDiamond');
export const symbolSquare = absent('symbolSquare');
export const symbolStar = absent('symbolStar');
export const symbolTriangle = absent('symbolTriangle');
export const symbolWye = absent('symbolWye');
export const curveBasis = absent('curveBasis');
export const curveBasisClosed = absent('curveBasisClosed');
export const curveBasisOpen = absent('curveBasisOpen');
export const curveBumpX = absent('curveBumpX');
export const curveBumpY = absent('curveBumpY');
export const curveLinear = absent('curveLinear');
export const curveLinearClosed = absent('curveLinearClosed');
export const curveMonotoneX = absent('curveMonotoneX');
export const curveMonotoneY = absent('curveMonotoneY');
export const curveNatural = absent('curveNatural');

export const curveStep = absent('curveStep');
export const curveStepAfter = absent('curveStepAfter');
export const curveStepBefore = absent('curveStepBefore');
