import { describe, expect, it } from 'vitest';
import type { GfpTable } from '../types';
import { formatPgg, parseMask, singleFlagsOf, valueOf } from './pgg';
import { pairs } from './tables/format';

const toy: GfpTable = {
  id: 'toy',
  from: '9.0',
  to: '9.0',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs('GFP_BIG=0x7 GFP_DMA=0x1 __GFP_A=0x2 __GFP_B=0x4 __GFP_C=0x10'),
};

describe('formatPgg (the kernel format_flags walk)', () => {
  it('prints a composite first and clears its bits', () => {
    expect(formatPgg(0x17, toy).names).toEqual(['GFP_BIG', '__GFP_C']);
  });
  it('skips a name whose bits are not all set', () => {
    expect(formatPgg(0x6, toy).names).toEqual(['__GFP_A', '__GFP_B']);
  });
  it('appends unnamed bits as one lowercase hex number', () => {
    const r = formatPgg(0x1b8, toy);
    expect(r.names).toEqual(['__GFP_C', '0x1a8']);
    expect(r.leftover).toBe(0x1a8);
  });
  it('prints nothing for 0 (the kernel shows gfp_mask=0x0())', () => {
    expect(formatPgg(0, toy).names).toEqual([]);
  });
  it('handles bit 31 without sign trouble', () => {
    expect(formatPgg(0x80000001, toy).names).toEqual(['GFP_DMA', '0x80000000']);
  });
});

describe('parseMask', () => {
  it('accepts 0x and bare hex in any case', () => {
    expect(parseMask('0x201DA')).toBe(0x201da);
    expect(parseMask('cc0')).toBe(0xcc0);
  });
  it('rejects non-hex', () => {
    expect(parseMask('GFP_KERNEL')).toBeNull();
    expect(parseMask('')).toBeNull();
  });
});

describe('valueOf / singleFlagsOf', () => {
  it('resolves GFP_DMA and __GFP_DMA to the same bit', () => {
    expect(valueOf(toy, '__GFP_DMA')).toBe(1);
    expect(valueOf(toy, 'GFP_DMA')).toBe(1);
  });
  it('lists single flags lowest bit first, zone aliases as __GFP_ names', () => {
    expect(singleFlagsOf(0x17, toy)).toEqual(['__GFP_DMA', '__GFP_A', '__GFP_B', '__GFP_C']);
  });
});
