import { describe, expect, it } from 'vitest';
import { kernelOf, wordSizeOf } from './machine';
import { emptySummary, makeEvent, makeKernel, makeVictim, makeZone } from '../../../test/support/model';
import { keyOf } from '../../kernel/version';

describe('kernelOf', () => {
  it('reads the era from the release, and says when it is a pre-release', () => {
    expect(kernelOf(makeEvent({ kernel: makeKernel('4.4.0-rc6-next-20151222', 3) }))).toMatchObject({
      lo: keyOf('4.4'),
      exact: true,
      prerelease: true,
      line: 3,
    });
    expect(kernelOf(makeEvent({ kernel: makeKernel('2.6.24-24-server') })).hi).toBe(keyOf('2.6.24'));
  });
  it('without a release, the window from the report’s shape', () => {
    expect(kernelOf(makeEvent()).exact).toBe(false);
  });
});

describe('wordSizeOf', () => {
  const k = (v: string | null) => kernelOf(makeEvent({ kernel: makeKernel(v) }));
  it('64-bit from a DMA32 zone, a 64-bit release or an address space above 4 GiB', () => {
    const dma32 = makeZone({ zone: 'DMA32', presentKb: 3127220, line: 7 });
    expect(wordSizeOf(makeEvent({ zones: [dma32] }), k(null))).toEqual({ bits: 64, highmem: false, lines: [7] });
    expect(wordSizeOf(makeEvent(), k('3.10.0-514.el7.x86_64')).bits).toBe(64);
    expect(wordSizeOf(makeEvent({ victim: { ...makeVictim(1), totalVmKb: 11165614668 } }), k(null)).bits).toBe(64);
  });
  it('32-bit with HighMem from a HighMem zone holding memory; an empty one (x86_64 2.6.1x) says nothing', () => {
    const high = makeZone({ zone: 'HighMem', presentKb: 3114256, line: 39 });
    expect(wordSizeOf(makeEvent({ zones: [high] }), k(null))).toEqual({ bits: 32, highmem: true, lines: [39] });
    const empty = makeZone({ zone: 'HighMem', presentKb: 0, freeKb: 0 });
    expect(wordSizeOf(makeEvent({ zones: [empty] }), k(null)).bits).toBeNull();
  });
  it('an empty DMA32 next to HighMem (i386 2.6.1x prints every zone index) is 32-bit, not 64-bit', () => {
    const dma32 = makeZone({ zone: 'DMA32', presentKb: 0, freeKb: 0, line: 3 });
    const high = makeZone({ zone: 'HighMem', presentKb: 3276800, line: 7 });
    expect(wordSizeOf(makeEvent({ zones: [dma32, high] }), k(null))).toEqual({ bits: 32, highmem: true, lines: [7] });
    expect(wordSizeOf(makeEvent({ zones: [dma32] }), k(null)).bits).toBeNull();
  });
  it('32-bit from the ≤3.11 CONFIG_HIGHMEM line "pages of HIGHMEM", even with no HighMem zone printed', () => {
    const e = makeEvent({ summary: { ...emptySummary(), highmemPages: 0, lines: { highmemPages: 40 } } });
    expect(wordSizeOf(e, k('2.6.24-24-server'))).toEqual({ bits: 32, highmem: false, lines: [40] });
    // 3.12+ prints "pages HighMem/MovableOnly" on 64-bit too: not a proof.
    expect(wordSizeOf(e, k('5.8.0-32-generic')).bits).toBeNull();
  });
});
