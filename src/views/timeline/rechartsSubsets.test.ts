/** The parts of its dependencies the build gives Recharts (scripts/vite/rechartsSubsets.ts) cover what the app's charts use. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as d3 from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { RECHARTS_SUBSETS } from '../../../scripts/vite/rechartsSubsets';
import * as interpolateSubset from './d3InterpolateSubset';
import Decimal from './decimalSubset';
import * as scaleSubset from './d3ScaleSubset';

const SRC = join(import.meta.dirname, '../..');
const MODULES = join(import.meta.dirname, '../../../node_modules');

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), name) : name.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const rechartsFiles = files(SRC, /\.tsx?$/).filter((f) => /from 'recharts'/.test(readFileSync(f, 'utf8')));

/** Every name imported from `pkg` by the ES modules in `files` (`import { a, b as c } from 'pkg'`). */
function namesImported(sources: string[], pkg: string): string[] {
  const quoted = pkg.replace(/[/-]/g, (c) => `\\${c}`);
  const re = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${quoted}['"]`, 'g');
  const names = sources.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(re)].flatMap((m) =>
      m[1]
        .split(',')
        .map((s) => s.trim().split(/\s+as\s+/)[0])
        // A type brings no code into the build.
        .filter((s) => s && !s.startsWith('type ')),
    ),
  );
  return [...new Set(names)].sort();
}

describe('the dependencies the build gives Recharts', () => {
  it('has every scale a Recharts component in src/ asks for', () => {
    expect(rechartsFiles.length).toBeGreaterThan(0);
    const asked = rechartsFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bscale=(?:"(\w+)"|\{)/g)].map((m) => m[1] ?? `an expression in ${f}`),
    );
    const missing = asked.filter(
      (name) => name !== 'auto' && !(`scale${name[0].toUpperCase()}${name.slice(1)}` in scaleSubset),
    );
    expect(missing).toEqual([]);
  });

  it('were checked for exactly the Recharts parts the app uses (a new one: check the subsets, then add it)', () => {
    // None of these draws with d3-shape, formats with d3-format or interpolates anything but pixel numbers;
    // the browser tests draw the timeline with the subsets (test/browser/events.test.ts).
    expect(namesImported(rechartsFiles, 'recharts')).toEqual([
      'ReferenceArea',
      'ReferenceLine',
      'ScatterChart',
      'XAxis',
      'YAxis',
    ]);
  });

  it('export every name their importers ask for', async () => {
    const recharts = files(join(MODULES, 'recharts/es6'), /\.js$/);
    const d3Scale = [join(MODULES, 'd3-scale/dist/d3-scale.mjs')];
    for (const [pkg, importers] of [
      ['victory-vendor/d3-shape', recharts],
      ['d3-interpolate', d3Scale],
      ['d3-format', d3Scale],
    ] as const) {
      const subset = (await import(/* @vite-ignore */ RECHARTS_SUBSETS[pkg])) as Record<string, unknown>;
      const asked = namesImported(importers, pkg);
      expect(asked.length, pkg).toBeGreaterThan(0);
      expect(
        asked.filter((name) => typeof subset[name] !== 'function'),
        pkg,
      ).toEqual([]);
    }
  });

  it('never need decimal.js-light: every axis has its ticks and no nice ones', () => {
    // Recharts computes nice ticks with decimal.js-light (util/scale/getNiceTickValues.js), which the build
    // leaves out: an axis must bring its own ticks and say niceTicks="none".
    const recharts = files(join(MODULES, 'recharts/es6'), /\.js$/);
    const users = recharts.filter((f) => /from 'decimal\.js-light'/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => f.slice(f.indexOf('recharts/es6/'))).sort()).toEqual([
      'recharts/es6/util/scale/getNiceTickValues.js',
      'recharts/es6/util/scale/util/arithmetic.js',
    ]);
    const axes = rechartsFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/<([XYZ]Axis)\b([\s\S]*?)\/>/g)].map((m) => ({
        file: f,
        axis: m[1],
        props: m[2],
      })),
    );
    expect(axes.length).toBeGreaterThan(0);
    const without = axes.filter((a) => !/\bniceTicks="none"/.test(a.props) || !/\bticks=\{/.test(a.props));
    expect(without).toEqual([]);
    expect(() => new Decimal()).toThrow(/niceTicks/);
  });

  it('interpolate as d3 does for what a chart’s range holds, and refuse the rest', () => {
    for (const [a, b] of [
      [0, 800],
      [412.5, -3],
      [7, 7],
      [0, Number.NaN],
    ]) {
      for (const t of [0, 0.25, 0.5, 1, 1.5]) {
        expect(interpolateSubset.interpolate(a, b)(t)).toBe(d3.interpolate(a, b)(t));
        expect(interpolateSubset.interpolateNumber(a, b)(t)).toBe(d3.interpolateNumber(a, b)(t));
        expect(interpolateSubset.interpolateRound(a, b)(t)).toBe(d3.interpolateRound(a, b)(t));
      }
    }
    for (const b of [null, undefined, true, false]) expect(interpolateSubset.interpolate(0, b)(0.5)).toBe(b);
    for (const b of ['red', '10px', new Date(0), [1, 2], { x: 1 }])
      expect(() => interpolateSubset.interpolate(0, b)).toThrow(/numbers only/);
  });
});
