import { describe, expect, it } from 'vitest';
import {
  compiledZones,
  isCostlyOrder,
  lowmemReserveColumn,
  PAGE_ALLOC_COSTLY_ORDER,
  requestKb,
  requestPages,
  usableZones,
  ZONE_ORDER,
} from './zones';

describe('usableZones', () => {
  it('ZONE_ORDER is the kernel enum order', () => {
    expect(ZONE_ORDER).toEqual(['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device']);
  });
  it('an allocation may use its target zone and every lower zone present, highest first', () => {
    expect(usableZones('Normal', ['DMA', 'DMA32', 'Normal'])).toEqual(['Normal', 'DMA32', 'DMA']);
    expect(usableZones('DMA32', ['DMA', 'DMA32', 'Normal'])).toEqual(['DMA32', 'DMA']);
    expect(usableZones('DMA', ['DMA', 'DMA32', 'Normal'])).toEqual(['DMA']);
  });
  it('64-bit: HighMem and an unconfigured Movable fall through to Normal', () => {
    expect(usableZones('HighMem', ['DMA', 'DMA32', 'Normal'])).toEqual(['Normal', 'DMA32', 'DMA']);
    expect(usableZones('Movable', ['DMA', 'DMA32', 'Normal'])[0]).toBe('Normal');
  });
  it('32-bit: a movable user page can use HighMem, Normal and DMA', () => {
    expect(usableZones('Movable', ['DMA', 'Normal', 'HighMem'])).toEqual(['HighMem', 'Normal', 'DMA']);
  });
  it('never hands out ZONE_DEVICE and ignores unknown names', () => {
    expect(usableZones('Movable', ['Normal', 'Device', 'Movable'])).toEqual(['Movable', 'Normal']);
    expect(usableZones('Bogus', ['Normal'])).toEqual([]);
  });
});

describe('compiledZones', () => {
  it('x86-64 3.x/4.x: DMA DMA32 Normal printed, 4 entries → Movable is the 4th', () => {
    expect(compiledZones(['DMA', 'DMA32', 'Normal'], 4, 64)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable']);
  });
  it('x86-64 5.x/6.x: 5 entries → Movable and Device', () => {
    expect(compiledZones(['DMA', 'DMA32', 'Normal'], 5, 64)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable', 'Device']);
  });
  it('DMA32 + Normal with 4 numbers (DMA not printed): DMA is still compiled in, before Normal', () => {
    // The case two implementations used to disagree on: DMA comes before Device in how often it is there.
    expect(compiledZones(['DMA32', 'Normal'], 4, 64)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable']);
    expect(lowmemReserveColumn('Normal', ['DMA32', 'Normal'], 4, 64)).toBe(2);
  });
  it('6.1+ hides Normal for a DMA32 request, yet Normal is still compiled in', () => {
    expect(compiledZones(['DMA', 'DMA32'], 5, 64)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable', 'Device']);
  });
  it('32-bit: DMA Normal HighMem printed, 4 entries → no DMA32', () => {
    expect(compiledZones(['DMA', 'Normal', 'HighMem'], 4, null)).toEqual(['DMA', 'Normal', 'HighMem', 'Movable']);
  });
  it('32-bit with HighMem compiled in but not printed (2.6.24 i386, "0 pages of HIGHMEM")', () => {
    expect(compiledZones(['DMA', 'Normal'], 4, 32)).toEqual(['DMA', 'Normal', 'HighMem', 'Movable']);
  });
  it('x86-64 2.6.1x with an empty HighMem zone printed and no Movable yet', () => {
    expect(compiledZones(['DMA', 'DMA32', 'Normal', 'HighMem'], 4, 64)).toEqual(['DMA', 'DMA32', 'Normal', 'HighMem']);
  });
  it('arm64 without a printed DMA zone, 3 entries', () => {
    expect(compiledZones(['DMA32', 'Normal'], 3, 64)).toEqual(['DMA32', 'Normal', 'Movable']);
  });
  it('gives up when the array is shorter than the printed zones', () => {
    expect(compiledZones(['DMA', 'DMA32', 'Normal'], 2, 64)).toBeNull();
  });
});

describe('lowmemReserveColumn', () => {
  it('GFP_HIGHUSER_MOVABLE (Movable) uses the Movable column, GFP_KERNEL the Normal one', () => {
    expect(lowmemReserveColumn('Movable', ['DMA', 'DMA32', 'Normal'], 4, 64)).toBe(3);
    expect(lowmemReserveColumn('Movable', ['DMA', 'DMA32', 'Normal'], 5, 64)).toBe(3);
    expect(lowmemReserveColumn('Normal', ['DMA', 'DMA32', 'Normal'], 5, 64)).toBe(2);
    expect(lowmemReserveColumn('DMA32', ['DMA', 'DMA32', 'Normal'], 4, 64)).toBe(1);
  });
  it('HighMem on a 64-bit kernel is Normal (OPT_ZONE_HIGHMEM)', () => {
    expect(lowmemReserveColumn('HighMem', ['DMA', 'DMA32', 'Normal'], 4, 64)).toBe(2);
  });
  it('32-bit: GFP_KERNEL → Normal (1), GFP_HIGHUSER → HighMem (2)', () => {
    expect(lowmemReserveColumn('Normal', ['DMA', 'Normal', 'HighMem'], 4, 32)).toBe(1);
    expect(lowmemReserveColumn('HighMem', ['DMA', 'Normal', 'HighMem'], 4, 32)).toBe(2);
  });
  it('arm64 6.9 printing DMA and Normal with 4 numbers: GFP_KERNEL takes column 2', () => {
    expect(lowmemReserveColumn('Normal', ['DMA', 'Normal'], 4, 64)).toBe(2);
  });
  it('null when the layout cannot be rebuilt', () => {
    expect(lowmemReserveColumn('Normal', ['DMA', 'Normal'], 9, null)).toBeNull();
  });
});

describe('request size', () => {
  it('pages = 2^order; kB follow the page size; SysRq -1 is no request', () => {
    expect(requestPages(0)).toBe(1);
    expect(requestPages(3)).toBe(8);
    expect(requestPages(-1)).toBeNull();
    expect(requestPages(null)).toBeNull();
    expect(requestKb(9, 4)).toBe(2048);
    expect(requestKb(0, 64)).toBe(64);
  });
  it('costly means above PAGE_ALLOC_COSTLY_ORDER (3)', () => {
    expect(PAGE_ALLOC_COSTLY_ORDER).toBe(3);
    expect(isCostlyOrder(3)).toBe(false);
    expect(isCostlyOrder(4)).toBe(true);
  });
});
