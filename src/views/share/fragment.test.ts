import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from './fragment';

describe('URL fragment', () => {
  it('reads and writes the selected event, the sample and a share link', () => {
    expect(parseFragment('#event=3')).toEqual({ event: 3, shared: null, compare: null, sample: null });
    expect(parseFragment('#s=abc_-&event=0')).toEqual({ event: 0, shared: 's=abc_-', compare: null, sample: null });
    expect(parseFragment('#v=2&n=web%20log&l=5-9&r=1&s=abc&event=1')).toEqual({
      event: 1,
      compare: null,
      shared: 'v=2&n=web%20log&l=5-9&r=1&s=abc',
      sample: null,
    });
    expect(parseFragment('')).toEqual({ event: null, shared: null, compare: null, sample: null });
    expect(parseFragment('#event=x')).toEqual({ event: null, shared: null, compare: null, sample: null });
    expect(parseFragment('#sample=multi&event=1')).toEqual({ event: 1, compare: null, shared: null, sample: 'multi' });
    expect(parseFragment('#sample=<x>').sample).toBeNull();
    expect(formatFragment({ event: 1, shared: null, sample: 'multi' })).toBe('#sample=multi&event=1');
    expect(formatFragment({ event: 2, shared: 'v=2&s=q' })).toBe('#v=2&s=q&event=2');
    expect(formatFragment({ event: null, shared: null })).toBe('');
  });

  it('keeps the compared event beside the selected one (a reload reopens the comparison)', () => {
    expect(parseFragment('#sample=multi&event=0&compare=1')).toEqual({
      event: 0,
      compare: 1,
      shared: null,
      sample: 'multi',
    });
    expect(formatFragment({ event: 0, compare: 1, shared: null, sample: 'multi' })).toBe(
      '#sample=multi&event=0&compare=1',
    );
    // A share link's parts never carry the view: compare is the page's, like event.
    expect(parseFragment('#v=2&s=abc&event=2&compare=0')).toMatchObject({ event: 2, compare: 0, shared: 'v=2&s=abc' });
    // Nothing to compare with: no event; a number that is no number.
    expect(parseFragment('#compare=1').compare).toBeNull();
    expect(parseFragment('#event=1&compare=x').compare).toBeNull();
    expect(formatFragment({ event: null, compare: 3, shared: null })).toBe('');
  });

  it('a link cut before its log part is still a link (it must say it is broken, not open a sample)', () => {
    expect(parseFragment('#v=2&n=web.log&l=12').shared).toBe('v=2&n=web.log&l=12');
  });
});
