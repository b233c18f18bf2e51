import { describe, expect, it } from 'vitest';
import { decodeShared, encodeShared, formatFragment, parseFragment } from './fragment';

describe('URL fragment', () => {
  it('reads and writes the selected event and a shared log', () => {
    expect(parseFragment('#event=3')).toEqual({ event: 3, shared: null, sample: null });
    expect(parseFragment('#s=abc_-&event=0')).toEqual({ event: 0, shared: 'abc_-', sample: null });
    expect(parseFragment('')).toEqual({ event: null, shared: null, sample: null });
    expect(parseFragment('#event=x')).toEqual({ event: null, shared: null, sample: null });
    expect(parseFragment('#sample=multi&event=1')).toEqual({ event: 1, shared: null, sample: 'multi' });
    expect(parseFragment('#sample=<x>').sample).toBeNull();
    expect(formatFragment({ event: 1, shared: null, sample: 'multi' })).toBe('#sample=multi&event=1');
    expect(formatFragment({ event: 2, shared: 'q' })).toBe('#s=q&event=2');
    expect(formatFragment({ event: null, shared: null })).toBe('');
  });

  it('round-trips a log through deflate-raw and base64url', async () => {
    const text = 'nginx invoked oom-killer: gfp_mask=0x200da, order=0\n'.repeat(200) + 'ünïcode ✓';
    const encoded = await encodeShared(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(text.length / 5);
    expect(await decodeShared(encoded)).toBe(text);
  });

  it('returns null for a damaged link instead of throwing', async () => {
    expect(await decodeShared('not-deflate')).toBeNull();
    const encoded = await encodeShared('x'.repeat(1000));
    expect(await decodeShared(encoded.slice(0, 3))).toBeNull();
  });
});
