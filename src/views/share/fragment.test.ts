import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from './fragment';

describe('URL fragment', () => {
  it('reads and writes the selected event, the sample and a share link', () => {
    expect(parseFragment('#event=3')).toEqual({ event: 3, shared: null, sample: null });
    expect(parseFragment('#s=abc_-&event=0')).toEqual({ event: 0, shared: 's=abc_-', sample: null });
    expect(parseFragment('#v=2&n=web%20log&l=5-9&r=1&s=abc&event=1')).toEqual({
      event: 1,
      shared: 'v=2&n=web%20log&l=5-9&r=1&s=abc',
      sample: null,
    });
    expect(parseFragment('')).toEqual({ event: null, shared: null, sample: null });
    expect(parseFragment('#event=x')).toEqual({ event: null, shared: null, sample: null });
    expect(parseFragment('#sample=multi&event=1')).toEqual({ event: 1, shared: null, sample: 'multi' });
    expect(parseFragment('#sample=<x>').sample).toBeNull();
    expect(formatFragment({ event: 1, shared: null, sample: 'multi' })).toBe('#sample=multi&event=1');
    expect(formatFragment({ event: 2, shared: 'v=2&s=q' })).toBe('#v=2&s=q&event=2');
    expect(formatFragment({ event: null, shared: null })).toBe('');
  });

  it('a link cut before its log part is still a link (it must say it is broken, not open a sample)', () => {
    expect(parseFragment('#v=2&n=web.log&l=12').shared).toBe('v=2&n=web.log&l=12');
  });
});
