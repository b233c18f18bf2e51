/**
 * Kernel knowledge against real parsed events: every fixture event decodes without a mismatch,
 * and with its release removed the report's shape still brackets the true version (so the shape
 * clues are checked on real logs, not only on hand-made events).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';
import type { OomEvent } from '../parse/model';
import { badnessEraFor, decodeGfpForEvent } from './index';
import { inferVersionWindow } from './shape';
import { pickGfpTable } from './pick';
import { parseKernelVersion } from './version';

const dir = resolve(import.meta.dirname, '../../test/fixtures');
const logs = readdirSync(dir).filter((f) => f.endsWith('.log'));
const events: [string, OomEvent][] = logs.flatMap((f) =>
  parseText(readFileSync(resolve(dir, f), 'utf8')).events.map((e) => [`${f}#${e.index}`, e] as [string, OomEvent]),
);
const withMask = events.filter(([, e]) => e.trigger?.gfpMask);

describe('kernel knowledge on parsed fixture events', () => {
  it('has fixture events with a gfp mask to check', () => {
    expect(withMask.length).toBeGreaterThan(10);
  });

  it.each(withMask)('%s decodes without a mismatch', (_name, e) => {
    const d = decodeGfpForEvent(e);
    expect(d).not.toBeNull();
    expect(d?.mismatch ?? null).toBeNull();
    if (e.trigger?.gfpPrinted != null) expect(d?.printed).toBe(e.trigger.gfpPrinted.replace(/^\((.*)\)$/, '$1'));
  });

  const versioned = withMask.filter(([, e]) => parseKernelVersion(e.kernel?.version));
  it.each(versioned)('%s: without its release the shape window still contains it', (_name, e) => {
    const v = parseKernelVersion(e.kernel?.version);
    const stripped: OomEvent = { ...e, kernel: e.kernel ? { ...e.kernel, version: null } : null };
    const w = inferVersionWindow(stripped);
    expect(v && v.key >= w.lo && v.key <= w.hi, `${e.kernel?.version} in window; clues: ${w.used.join('; ')}`).toBe(
      true,
    );
    // and the shape-picked table decodes the mask the same way the versioned pick does
    const shapePick = pickGfpTable(null, stripped);
    expect(shapePick.fromVersion).toBeNull();
    expect(decodeGfpForEvent(stripped)?.printed).toBe(decodeGfpForEvent(e)?.printed);
    expect(badnessEraFor(null, stripped).reason).toMatch(/report shape/);
  });
});
