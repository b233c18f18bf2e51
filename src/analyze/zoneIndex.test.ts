import { describe, expect, it } from 'vitest';
import { configuredZones, reserveIndex } from './zoneIndex';
import { ZONES } from '../../test/support/analyzeTesting';

describe('configuredZones', () => {
  it('x86-64 3.x/4.x: DMA DMA32 Normal printed, 4 entries → Movable is the 4th', () => {
    expect(configuredZones(ZONES, ['DMA', 'DMA32', 'Normal'], 4)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable']);
  });
  it('x86-64 5.x/6.x: 5 entries → Movable and Device', () => {
    expect(configuredZones(ZONES, ['DMA', 'DMA32', 'Normal'], 5)).toEqual([
      'DMA',
      'DMA32',
      'Normal',
      'Movable',
      'Device',
    ]);
  });
  it('6.1+ hides Normal for a DMA32 request, yet Normal is still compiled in', () => {
    expect(configuredZones(ZONES, ['DMA', 'DMA32'], 5)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable', 'Device']);
  });
  it('32-bit: DMA Normal HighMem printed, 4 entries → no DMA32', () => {
    expect(configuredZones(ZONES, ['DMA', 'Normal', 'HighMem'], 4)).toEqual(['DMA', 'Normal', 'HighMem', 'Movable']);
  });
  it('arm64 without a printed DMA zone, 3 entries', () => {
    expect(configuredZones(ZONES, ['DMA32', 'Normal'], 3)).toEqual(['DMA32', 'Normal', 'Movable']);
  });
  it('gives up when the array is shorter than the printed zones', () => {
    expect(configuredZones(ZONES, ['DMA', 'DMA32', 'Normal'], 2)).toBeNull();
  });
});

describe('reserveIndex', () => {
  const x86 = ['DMA', 'DMA32', 'Normal', 'Movable'];
  it('GFP_HIGHUSER_MOVABLE (Movable) uses the Movable column', () => {
    expect(reserveIndex('Movable', x86)).toBe(3);
  });
  it('GFP_KERNEL (Normal) uses the Normal column', () => {
    expect(reserveIndex('Normal', x86)).toBe(2);
  });
  it('HighMem on a 64-bit kernel is Normal (OPT_ZONE_HIGHMEM)', () => {
    expect(reserveIndex('HighMem', x86)).toBe(2);
  });
  it('null without a zone list', () => {
    expect(reserveIndex('Normal', null)).toBeNull();
  });
});
