/**
 * Issue 3: truncating every fixture at every 97th line never throws and keeps the complete earlier
 * events intact (same model as in the whole file; only a reaper line past the cut may be missing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OomEvent } from '../src/parse/model';
import { parseFixture } from './support/fixtures';

const dir = join(__dirname, 'fixtures');
const logs = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();

function withoutLateReaper(e: OomEvent, cut: number): OomEvent {
  return e.reaped && e.reaped.line > cut ? { ...e, reaped: null } : e;
}

describe('fixtures truncated every 97 lines', () => {
  for (const name of logs) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const lines = text.split('\n');
      const full = parseFixture(text).events;
      for (let cut = 97; cut < lines.length; cut += 97) {
        const part = parseFixture(lines.slice(0, cut).join('\n'));
        for (const e of full.filter((f) => f.complete && f.lastLine <= cut)) {
          const kept = part.events.find((p) => p.firstLine === e.firstLine);
          expect(kept, `${name} cut at ${cut}: event at line ${e.firstLine}`).toEqual(withoutLateReaper(e, cut));
        }
        // The event the cut went through is still listed, as incomplete (its kill line is gone).
        for (const e of full.filter((f) => f.firstLine <= cut && (f.victim?.line ?? f.lastLine) > cut)) {
          const cutEvent = part.events.find((p) => p.firstLine === e.firstLine);
          expect(cutEvent?.complete, `${name} cut at ${cut}: event at line ${e.firstLine}`).toBe(false);
        }
      }
    });
  }
});
