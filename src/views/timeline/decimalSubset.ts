/**
 * What the built app gives Recharts for `decimal.js-light` (scripts/vite/rechartsSubsets.ts): nothing that
 * works. Recharts computes "nice" tick values with decimal arithmetic (util/scale/getNiceTickValues.js, its only
 * user), 5.7 kB of the offline file's gzip size. The timeline gives both axes their ticks and sets
 * `niceTicks="none"`, so Recharts never computes them; rechartsSubsets.test.ts checks every axis in src/ says
 * so, and the constructor throws if one ever does not, so it fails the browser tests instead of drawing wrong.
 */
export default class Decimal {
  constructor() {
    throw new Error('oomscope’s decimal.js-light subset has no Decimal: give the axis niceTicks="none"');
  }
}
