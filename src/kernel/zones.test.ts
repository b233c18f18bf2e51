import { describe, expect, it } from 'vitest';
import {
  describeOrder,
  effectiveTargetZone,
  isCostlyOrder,
  lowmemReserveIndex,
  orderToBytes,
  orderToPages,
  PAGE_ALLOC_COSTLY_ORDER,
  usableZones,
  ZONE_ORDER,
} from './zones';

describe('zones', () => {
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
    expect(effectiveTargetZone('Movable', ['DMA', 'DMA32', 'Normal'])).toBe('Normal');
  });
  it('32-bit: a movable user page can use HighMem, Normal and DMA', () => {
    expect(usableZones('Movable', ['DMA', 'Normal', 'HighMem'])).toEqual(['HighMem', 'Normal', 'DMA']);
  });
  it('never hands out ZONE_DEVICE and ignores unknown names', () => {
    expect(usableZones('Movable', ['Normal', 'Device', 'Movable'])).toEqual(['Movable', 'Normal']);
    expect(usableZones('Bogus', ['Normal'])).toEqual([]);
  });
  it('lowmem_reserve index follows the compiled zone enum', () => {
    // x86_64: DMA DMA32 Normal Movable (Device) — GFP_HIGHUSER_MOVABLE uses the Movable column
    expect(lowmemReserveIndex('Movable', ['DMA', 'DMA32', 'Normal'], 4)).toBe(3);
    expect(lowmemReserveIndex('Movable', ['DMA', 'DMA32', 'Normal'], 5)).toBe(3);
    expect(lowmemReserveIndex('Normal', ['DMA', 'DMA32', 'Normal'], 5)).toBe(2);
    expect(lowmemReserveIndex('HighMem', ['DMA', 'DMA32', 'Normal'], 4)).toBe(2);
    expect(lowmemReserveIndex('DMA32', ['DMA', 'DMA32', 'Normal'], 4)).toBe(1);
    // 32-bit: DMA Normal HighMem Movable
    expect(lowmemReserveIndex('HighMem', ['DMA', 'Normal', 'HighMem'], 4)).toBe(2);
    expect(lowmemReserveIndex('Normal', ['DMA', 'Normal'], 9)).toBeNull();
  });
});

describe('orders', () => {
  it('pages = 2^order and bytes follow the page size', () => {
    expect(orderToPages(0)).toBe(1);
    expect(orderToPages(3)).toBe(8);
    expect(orderToPages(-1)).toBe(0);
    expect(orderToBytes(9, 4)).toBe(2 * 1024 * 1024);
    expect(orderToBytes(0, 64)).toBe(64 * 1024);
    expect(orderToBytes(1, null)).toBe(8192);
  });
  it('costly means above PAGE_ALLOC_COSTLY_ORDER (3)', () => {
    expect(PAGE_ALLOC_COSTLY_ORDER).toBe(3);
    expect(isCostlyOrder(3)).toBe(false);
    expect(isCostlyOrder(4)).toBe(true);
  });
  it('describes an order in words', () => {
    expect(describeOrder(0)).toBe('order 0 = 1 page = 4 KiB');
    expect(describeOrder(2)).toMatch(/^order 2 = 4 pages = 16 KiB \(needs 4 physically contiguous/);
    expect(describeOrder(9)).toMatch(/2 MiB \(costly/);
    expect(describeOrder(-1)).toMatch(/SysRq/);
  });
});
