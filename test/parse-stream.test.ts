/**
 * The parser must not care how its input was cut into chunks (a stream delivers arbitrary
 * pieces) nor where a paste ends: these properties hold for every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser, type ParseResult } from '../src/parse/index';

const dir = join(__dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();

function parseInChunks(text: string, size: number): ParseResult {
  const parser = createParser();
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  return parser.end();
}

describe('fixtures are present', () => {
  it('has every corpus log', () => expect(fixtures.length).toBeGreaterThanOrEqual(40));
});

// 1-character chunks over a whole fixture take a while on a busy machine.
describe('every fixture', { timeout: 30_000 }, () => {
  describe.each(fixtures)('%s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const whole = parseInChunks(text, Math.max(1, text.length));

    it('parses the same in 100-character chunks as in one', () => {
      expect(parseInChunks(text, 100)).toEqual(whole);
    });

    it('parses the same in 1-character chunks as in one', () => {
      expect(parseInChunks(text, 1)).toEqual(whole);
    });

    it('parses the same in chunks of 7 and 4096 characters', () => {
      expect(parseInChunks(text, 7)).toEqual(whole);
      expect(parseInChunks(text, 4096)).toEqual(whole);
    });

    it('parses the same with CRLF line endings, apart from byte counts', () => {
      const crlf = parseInChunks(text.replace(/\n/g, '\r\n'), 100);
      expect({ ...crlf, stats: { ...crlf.stats, bytes: 0 } }).toEqual({
        ...whole,
        stats: { ...whole.stats, bytes: 0 },
      });
    });

    it('survives truncation at every 97th line and keeps the earlier complete events', () => {
      const lines = text.split('\n');
      for (let keep = 97; keep < lines.length; keep += 97) {
        const cut = lines.slice(0, keep).join('\n');
        let result: ParseResult | null = null;
        expect(() => (result = parseInChunks(cut, 100))).not.toThrow();
        const truncated = result as unknown as ParseResult;
        for (const event of whole.events.filter((e) => e.complete && e.lastLine <= keep)) {
          expect(truncated.events[event.index]).toEqual(event);
        }
        // Cutting mid-line (a paste that stopped in the middle of a record) must not throw either.
        const midLine = cut + '\n' + lines[keep].slice(0, Math.floor(lines[keep].length / 2));
        expect(() => parseInChunks(midLine, 100)).not.toThrow();
      }
    });
  });
});

describe('prefix variants of one report', () => {
  const stripTimes = (r: ParseResult) => r.events.map((e) => ({ ...e, time: null, uptime: null }));
  for (const era of ['rhel7', 'archlinux_6.1.1']) {
    const plain = parseInChunks(readFileSync(join(dir, `t030_${era}_prefix_kernel-only.log`), 'utf8'), 4096);
    // t040 (journalctl) lays Mem-Info out over more physical lines, so its line numbers differ: not here.
    const variants = fixtures.filter((f) => f.startsWith(`t030_${era}_prefix_`));
    it(`a journalctl -o json export of the ${era} report parses to the same events`, () => {
      const lines = readFileSync(join(dir, `t030_${era}_prefix_kernel-only.log`), 'utf8')
        .replace(/\n$/, '')
        .split('\n');
      const json = lines.map((l, i) =>
        JSON.stringify({ __REALTIME_TIMESTAMP: String(1714564800000000 + i), MESSAGE: l.replace(/^kernel:/, '') }),
      );
      expect(stripTimes(parseInChunks(json.join('\n') + '\n', 4096))).toEqual(stripTimes(plain));
    });
    it.each(variants)(`%s parses to the same events as the ${era} report without prefixes`, (name) => {
      expect(plain.events.length).toBe(1);
      expect(stripTimes(parseInChunks(readFileSync(join(dir, name), 'utf8'), 4096))).toEqual(stripTimes(plain));
    });
  }
});
