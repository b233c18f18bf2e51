/**
 * Integrity of the table data: ranges tile the versions, every composite is made of bits the same
 * table names, every table cites a source commit, and the values agree with the researched
 * reference (reference/gfp-flags.json, a copy kept in the repo: see reference/README.md) wherever both
 * name the same flag.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOf, upperKeyOf } from '../version';
import { isSingleBit, singleFlagsOf, valueOf } from './pgg';
import { ALL_TABLES, DISTRO_TABLES, TABLE_SOURCES, UPSTREAM_TABLES } from './tables';

describe('gfp table data', () => {
  it('upstream ranges are ordered, contiguous and non-overlapping', () => {
    for (let i = 1; i < UPSTREAM_TABLES.length; i++) {
      const prev = UPSTREAM_TABLES[i - 1];
      const cur = UPSTREAM_TABLES[i];
      expect(keyOf(cur.from), `${prev.id} → ${cur.id}`).toBeGreaterThan(upperKeyOf(prev.to));
    }
  });

  it.each(ALL_TABLES.map((t) => [t.id, t] as const))(
    '%s: names are unique and every composite is made of named bits',
    (_id, t) => {
      const names = t.order.map(([n]) => n);
      expect(new Set(names).size).toBe(names.length);
      for (const [name, value] of t.order) {
        expect(value, name).toBeGreaterThan(0);
        if (isSingleBit(value)) continue;
        const members = singleFlagsOf(value, t);
        const rebuilt = members.reduce((acc, m) => (acc | (valueOf(t, m) ?? 0)) >>> 0, 0);
        expect(rebuilt, `${t.id} ${name}`).toBe(value);
      }
    },
  );

  it.each(ALL_TABLES.map((t) => [t.id, t] as const))('%s: cites a kernel tree and commit', (_id, t) => {
    const sources = TABLE_SOURCES[t.id] ?? [];
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('only 4.6+ tables claim the kernel printed names', () => {
    for (const t of ALL_TABLES) expect(t.printsNames, t.id).toBe(keyOf(t.from) >= keyOf('4.6'));
  });

  it('distribution tables carry a release pattern', () => {
    for (const t of DISTRO_TABLES) expect(t.distro).toBeInstanceOf(RegExp);
  });

  it('composites come before single flags in every order (the %pGg rule)', () => {
    for (const t of ALL_TABLES) {
      const firstSingle = t.order.findIndex(([n, v]) => n.startsWith('__GFP_') && isSingleBit(v));
      const lastMulti = t.order.map(([n, v]) => n.startsWith('GFP_') && !isSingleBit(v)).lastIndexOf(true);
      expect(lastMulti, t.id).toBeLessThan(firstSingle);
    }
  });
});

interface RefRange {
  id: string;
  flags: Record<string, string>;
  composites: Record<string, string>;
}

/** Reference ranges ↔ our tables (ids differ where we split or merged ranges). */
const REF_TO_OURS: Record<string, string[]> = {
  '2.6.11': ['2.6.11'],
  '2.6.18': ['2.6.18'],
  '2.6.23-2.6.30': ['2.6.23-2.6.30'],
  '2.6.31-2.6.3x_upstream': ['2.6.31-2.6.37'],
  'rhel6_2.6.32-xxx.el6': ['rhel6-2.6.32', '2.6.38-3.7'],
  '3.10-3.14_upstream': ['3.8-3.14'],
  'rhel7_3.10.0-xxx.el7': ['rhel7-3.10.0'],
  '3.15-4.3_upstream': ['3.15-4.0', '4.1-4.3'],
  '4.4': ['4.4'],
  '4.5-4.9': ['4.5', '4.6-4.7', '4.8-4.9'],
  '4.10-4.12': ['4.10-4.12'],
  '4.13-4.14': ['4.13-4.14'],
  '4.15-4.17': ['4.15-4.17'],
  '4.18-5.0': ['4.18-5.0'],
  '5.1-5.13': ['5.1-5.13'],
  '5.14-5.17': ['5.14-5.17'],
  '5.18-6.2': ['5.18-6.2'],
  '6.3': ['6.3-6.7'],
  '6.4-6.7': ['6.3-6.7'],
  '6.8': ['6.8-6.12'],
  '6.9': ['6.8-6.12'],
  '6.10-6.19': ['6.8-6.12', '6.13-6.19'],
};

/** Values that legitimately differ inside a reference range (documented in its notes); 0 = config-dependent, skipped. */
const KNOWN_SPLITS = new Set(['4.6-4.7:GFP_TRANSHUGE', '4.8-4.9:GFP_TRANSHUGE']);

const REFERENCE = resolve(import.meta.dirname, 'reference/gfp-flags.json');

describe('agreement with the researched reference gfp-flags.json', () => {
  const ref = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { ranges: RefRange[] };
  it('covers every reference range', () => {
    expect(ref.ranges.map((r) => r.id).sort()).toEqual(Object.keys(REF_TO_OURS).sort());
  });
  it.each(ref.ranges.map((r) => [r.id, r] as const))('%s', (id, r) => {
    const ours = REF_TO_OURS[id];
    expect(ours, `mapping for ${id}`).toBeDefined();
    let compared = 0;
    for (const tableId of ours) {
      const t = ALL_TABLES.find((x) => x.id === tableId);
      expect(t, tableId).toBeDefined();
      if (!t) continue;
      for (const [name, raw] of Object.entries({ ...r.flags, ...r.composites })) {
        const refValue = Number.parseInt(raw, 16);
        const mine = t.order.find(([n]) => n === name)?.[1];
        if (
          mine === undefined ||
          !Number.isFinite(refValue) ||
          refValue === 0 ||
          KNOWN_SPLITS.has(`${tableId}:${name}`)
        )
          continue;
        expect(mine, `${tableId} ${name}`).toBe(refValue);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
