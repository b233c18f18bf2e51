import { describe, expect, it } from 'vitest';
import { migrateLetterOrder, migrateTypeName } from './migrate';

describe('migrateTypeName', () => {
  it.each([
    ['U', 'Unmovable'],
    ['M', 'Movable'],
    ['E', 'Reclaimable'],
    ['C', 'CMA'],
    ['I', 'Isolate'],
  ])('%s is %s in every era', (letter, name) => {
    expect(migrateTypeName(letter, '3.10.0-514.el7.x86_64')).toBe(name);
    expect(migrateTypeName(letter, '6.1.1')).toBe(name);
    expect(migrateTypeName(letter, null)).toBe(name);
  });
  it('R (Reserve) exists only before 4.4, H (HighAtomic) only from 4.4', () => {
    expect(migrateTypeName('R', '3.19.8')).toBe('Reserve');
    expect(migrateTypeName('R', '5.10.0')).toMatch(/^Unknown/);
    expect(migrateTypeName('H', '4.4.0')).toBe('HighAtomic');
    expect(migrateTypeName('H', '4.3.0')).toMatch(/^Unknown/);
  });
  it('unknown letters say so', () => {
    expect(migrateTypeName('Z', null)).toBe('Unknown (Z)');
  });
  it('letter order follows the enum of the era', () => {
    expect(migrateLetterOrder('3.10.0').join('')).toBe('UEMRCI');
    expect(migrateLetterOrder('4.4.0').join('')).toBe('UMEHCI');
  });
});
