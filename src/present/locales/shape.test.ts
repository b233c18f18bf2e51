import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { valuesInShapeOf, withShapeOf } from './shape';

describe('a translation as a list of messages in English key order', () => {
  it('rebuilds zh-CN exactly from its list (what the built page does)', () => {
    const values = valuesInShapeOf(en, zhCN);
    expect(values.length).toBeGreaterThan(500);
    expect(withShapeOf(en, values)).toEqual(zhCN);
  });

  it('refuses a translation whose keys differ from the English ones', () => {
    expect(() => valuesInShapeOf({ a: 'x', b: { c: 'y' } }, { a: '甲', b: { c: '乙', d: '丙' } })).toThrow(/b\.d/);
    expect(() => valuesInShapeOf({ a: 'x', b: { c: 'y' } }, { a: '甲', b: {} })).toThrow(/b\.c/);
    expect(() => withShapeOf({ a: 'x' }, ['甲', '乙'])).toThrow();
  });
});
