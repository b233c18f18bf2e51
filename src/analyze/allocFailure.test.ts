import { describe, expect, it } from 'vitest';
import { analyzeAllocationFailure } from './allocFailure';

const failure = (gfpMask: string, order: number) => ({
  firstLine: 5,
  lastLine: 40,
  comm: 'kworker/u8:2',
  gfpMask,
  order,
  time: null,
  uptime: null,
});

describe('analyzeAllocationFailure', () => {
  it('a caller with a fallback: __GFP_NOWARN/__GFP_NORETRY, or a costly order', () => {
    // 4.19: GFP_KERNEL|__GFP_NOWARN|__GFP_NORETRY = 0x6000c0 | 0x200 | 0x1000
    const [f] = analyzeAllocationFailure(failure('0x6012c0', 0), '4.19.0');
    expect(f).toMatchObject({ id: 'alloc-failure-has-fallback', severity: 'info', lines: [5] });
    expect(f.params.flags).toBe('__GFP_NORETRY|__GFP_NOWARN');
    expect(analyzeAllocationFailure(failure('0x6000c0', 4), '4.19.0')[0].params).toMatchObject({
      costly: 1,
      flags: null,
    });
  });
  it('an atomic request (no direct reclaim), and a plain shortage', () => {
    expect(analyzeAllocationFailure(failure('0x480020', 0), '4.19.0')[0].id).toBe('alloc-failure-atomic');
    expect(analyzeAllocationFailure(failure('0x6000c0', 0), '4.19.0')[0].id).toBe('alloc-failure-shortage');
  });
  it('nothing to say without a mask', () => {
    expect(analyzeAllocationFailure({ ...failure('', 0), gfpMask: null })).toEqual([]);
  });
});
