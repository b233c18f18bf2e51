/** Decoding per kernel era: names in %pGg order and what the mask means on that kernel. */
import { describe, expect, it } from 'vitest';
import { decodeGfp } from '../index';

const ids = (notes: { id: string }[]) => notes.map((n) => n.id);

describe('the design document case: 0x200da on 3.13', () => {
  const d = decodeGfp('0x200da', '3.13.0-86-generic');
  it('is simply GFP_HIGHUSER_MOVABLE (0x20000 is __GFP_HARDWALL on 3.13, not a "NORECLAIM" bit)', () => {
    expect(d.printed).toBe('GFP_HIGHUSER_MOVABLE');
    expect(d.flags[0].members).toContain('__GFP_HARDWALL');
    expect(d.flags[0].members).not.toContain('__GFP_NORECLAIM');
  });
  it('is a sleeping, reclaiming, movable user allocation', () => {
    expect(d).toMatchObject({ canSleep: true, canReclaim: true, canIo: true, canFs: true, accounted: false });
    expect(d.targetZone).toBe('Movable');
    expect(d.migrateType).toBe('Movable');
    expect(d.pick).toMatchObject({ tableId: '3.8-3.14', confidence: 'exact' });
  });
});

describe.each([
  // [mask, release, printed, table]
  ['0x280da', '2.6.32-754.el6.x86_64', 'GFP_HIGHUSER_MOVABLE|__GFP_ZERO', 'rhel6-2.6.32'],
  ['0xd0', '2.6.32.69', 'GFP_KERNEL', '2.6.31-2.6.37'],
  ['0x1200d2', '2.6.24', 'GFP_HIGHUSER_MOVABLE', '2.6.23-2.6.30'],
  ['0xd2', '2.6.11', 'GFP_HIGHUSER', '2.6.11'],
  ['0x201da', '3.10.0-514.6.1.el7.x86_64', 'GFP_HIGHUSER_MOVABLE|__GFP_COLD', 'rhel7-3.10.0'],
  ['0x1000d0', '3.10.0-1160.el7.x86_64', 'GFP_KERNEL_ACCOUNT', 'rhel7-3.10.0'],
  ['0x1000d0', '3.10.99', 'GFP_KERNEL|__GFP_KMEMCG', '3.8-3.14'],
  ['0x1000d0', '3.16.0-4-amd64', 'GFP_KERNEL|0x100000', '3.15-4.0'],
  ['0x1000d0', '4.2.0-42-generic', 'GFP_KERNEL|__GFP_NOACCOUNT', '4.1-4.3'],
  ['0x24201ca', '4.4.0-210-generic', 'GFP_HIGHUSER_MOVABLE|__GFP_COLD', '4.4'],
  ['0x24280ca', '4.8.0-22-generic', 'GFP_HIGHUSER_MOVABLE|__GFP_ZERO', '4.8-4.9'],
  ['0x14200ca', '4.13.0-45-generic', 'GFP_HIGHUSER_MOVABLE', '4.13-4.14'],
  ['0x14000c0', '4.15.0-20-generic', 'GFP_KERNEL', '4.15-4.17'],
  ['0x6200ca', '4.18.0-305.el8.x86_64', 'GFP_HIGHUSER_MOVABLE', '4.18-5.0'],
  ['0x6280ca', '4.19.0-17-amd64', 'GFP_HIGHUSER_MOVABLE|__GFP_ZERO', '4.18-5.0'],
  ['0x100cca', '5.4.0-42-generic', 'GFP_HIGHUSER_MOVABLE', '5.1-5.13'],
  ['0x1100cca', '5.15.0-91-generic', 'GFP_HIGHUSER_MOVABLE', '5.14-5.17'],
  ['0x140cca', '6.1.0-18-amd64', 'GFP_HIGHUSER_MOVABLE|__GFP_COMP', '5.18-6.2'],
  ['0x820', '6.5.0', 'GFP_ATOMIC', '6.3-6.7'],
  ['0xa20', '6.1.0', 'GFP_ATOMIC', '5.18-6.2'],
  ['0x2800', '6.8.0-31-generic', 'GFP_NOWAIT', '6.8-6.12'],
  ['0x440dc0', '6.11.0-10669-g11a299a7933e-dirty', 'GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO', '6.8-6.12'],
  ['0x440dc0', '6.14.0-15-generic', 'GFP_KERNEL_ACCOUNT|__GFP_ZERO|__GFP_COMP', '6.13-6.19'],
  ['0x0', '6.6.0', '', '6.3-6.7'],
])('%s on %s', (mask, release, printed, table) => {
  it(`prints ${printed || '(nothing)'} with table ${table}`, () => {
    const d = decodeGfp(mask, release);
    expect(d.printed).toBe(printed);
    expect(d.pick.tableId).toBe(table);
  });
});

describe('leftover bits', () => {
  it('are appended as lowercase hex after the names', () => {
    expect(decodeGfp('0x80000cc0', '5.10.0').printed).toBe('GFP_KERNEL|0x80000000');
  });
  it('get a flag entry that says the table does not name them', () => {
    const d = decodeGfp('0x80000cc0', '5.10.0');
    expect(d.flags[1]).toMatchObject({ name: '0x80000000', composite: false });
    expect(d.flags[1].meaning).toBe('unnamed');
  });
});

describe('reclaim semantics per era', () => {
  it('≤4.3: __GFP_WAIT alone means sleep + direct reclaim; kswapd unless __GFP_NO_KSWAPD', () => {
    expect(decodeGfp('0x10', '3.10.99')).toMatchObject({
      canSleep: true,
      canReclaim: true,
      kswapdReclaim: true,
      canIo: false,
    });
    expect(decodeGfp('0x4352da', '3.16.0')).toMatchObject({ printed: 'GFP_TRANSHUGE', kswapdReclaim: false });
    expect(decodeGfp('0x20', '3.10.99')).toMatchObject({ canSleep: false, usesReserves: true });
  });
  it('4.4+: only __GFP_DIRECT_RECLAIM allows sleeping; GFP_NOWAIT only wakes kswapd', () => {
    expect(decodeGfp('0x800', '5.10.0')).toMatchObject({ printed: 'GFP_NOWAIT', canSleep: false, kswapdReclaim: true });
    expect(decodeGfp('0x10', '4.4.0')).toMatchObject({
      printed: '__GFP_RECLAIMABLE',
      canSleep: false,
      migrateType: 'Reclaimable',
    });
  });
  it('GFP_NOFS may do IO but not enter the filesystem', () => {
    expect(decodeGfp('0x50', '3.10.0-957.el7.x86_64')).toMatchObject({
      printed: 'GFP_NOFS',
      canIo: true,
      canFs: false,
    });
    expect(decodeGfp('0xc40', '5.10.0')).toMatchObject({ printed: 'GFP_NOFS', canIo: true, canFs: false });
  });
  it('accounting: __GFP_ACCOUNT and the 3.x __GFP_KMEMCG', () => {
    expect(decodeGfp('0x400cc0', '5.10.0').accounted).toBe(true);
    expect(decodeGfp('0x1000d0', '3.10.99').accounted).toBe(true);
    expect(decodeGfp('0xcc0', '5.10.0').accounted).toBe(false);
  });
  it('reserves: GFP_ATOMIC (with __GFP_ATOMIC 4.4–6.2) and __GFP_MEMALLOC', () => {
    expect(decodeGfp('0xa20', '5.10.0').usesReserves).toBe(true);
    expect(decodeGfp('0x20cc0', '5.10.0').usesReserves).toBe(true);
    expect(decodeGfp('0xcc0', '5.10.0').usesReserves).toBe(false);
  });
});

describe('target zone (GFP_ZONE_TABLE) and migrate type', () => {
  it.each([
    ['0xcc0', 'Normal', 'Unmovable'],
    ['0xcc1', 'DMA', 'Unmovable'],
    ['0xcc4', 'DMA32', 'Unmovable'],
    ['0x100cc2', 'HighMem', 'Unmovable'],
    ['0x100cca', 'Movable', 'Movable'],
    ['0xcc8', 'Normal', 'Movable'],
    ['0xcc9', 'DMA', 'Movable'],
    ['0xccc', 'DMA32', 'Movable'],
    ['0xcd0', 'Normal', 'Reclaimable'],
  ])('5.x %s → zone %s, %s', (mask, zone, migrate) => {
    const d = decodeGfp(mask, '5.10.0');
    expect(d.targetZone).toBe(zone);
    expect(d.migrateType).toBe(migrate);
  });
  it('notes that HighMem on 64-bit means Normal', () => {
    expect(ids(decodeGfp('0x100cc2', '5.10.0').notes)).toContain('highmem-64bit');
  });
  it('flags an invalid zone combination', () => {
    expect(ids(decodeGfp('0xcc3', '5.10.0').notes)).toContain('bad-zone');
  });
  it('2.6.23–2.6.30: __GFP_MOVABLE is the plain bit 0x100000', () => {
    const d = decodeGfp('0x1200d2', '2.6.24');
    expect(d.targetZone).toBe('Movable');
    expect(d.migrateType).toBe('Movable');
    expect(decodeGfp('0x200d2', '2.6.24').targetZone).toBe('HighMem');
  });
  it('before 2.6.23 there is no mobility grouping', () => {
    const d = decodeGfp('0xd2', '2.6.11');
    expect(d.migrateType).toBe('Unmovable');
    expect(ids(d.notes)).toContain('no-mobility');
  });
  it('≤4.3: 0x80000 is __GFP_RECLAIMABLE', () => {
    expect(decodeGfp('0x800d0', '3.10.99')).toMatchObject({ printed: 'GFP_TEMPORARY', migrateType: 'Reclaimable' });
  });
});

describe('no version at all', () => {
  it('picks an era where the mask could have invoked the OOM killer', () => {
    expect(decodeGfp('0x200da', null)).toMatchObject({ printed: 'GFP_HIGHUSER_MOVABLE', canReclaim: true });
    expect(decodeGfp('0x200da', null).pick).toMatchObject({ confidence: 'guess', fromVersion: null });
    expect(decodeGfp('0xcc0', null).printed).toBe('GFP_KERNEL');
  });
});

describe('robustness', () => {
  it('never throws on a bad mask', () => {
    const d = decodeGfp('GFP_KERNEL', '5.10.0');
    expect(d.names).toEqual([]);
    expect(d.notes[0]).toEqual({ id: 'not-hex', params: { mask: 'GFP_KERNEL' } });
  });
  it('says when the names are our rendering (pre-4.6 kernels printed only hex)', () => {
    expect(ids(decodeGfp('0xd0', '3.10.99').notes)).toContain('hex-only');
    expect(ids(decodeGfp('0xcc0', '5.10.0').notes)).not.toContain('hex-only');
  });
});
