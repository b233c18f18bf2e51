import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { flatInShapeOf, valuesInShapeOf } from './shape';

describe('a translation as a list of messages in English key order', () => {
  it('gives zh-CN exactly from its list (what the built page does)', () => {
    const values = valuesInShapeOf(en, zhCN);
    expect(values.length).toBeGreaterThan(500);
    const fromList = flatInShapeOf(en, values);
    expect(fromList).toEqual(flatInShapeOf(zhCN));
    expect(fromList['app.language']).toBe(zhCN.app.language);
  });

  it('flattens a tree to dot paths, compiled messages (lists) being leaves', () => {
    expect(flatInShapeOf({ a: 'x', b: { c: ['y', ['n']], d: { e: 'z' } } })).toEqual({
      a: 'x',
      'b.c': ['y', ['n']],
      'b.d.e': 'z',
    });
  });

  it('refuses a translation whose keys differ from the English ones', () => {
    expect(() => valuesInShapeOf({ a: 'x', b: { c: 'y' } }, { a: '甲', b: { c: '乙', d: '丙' } })).toThrow(/b\.d/);
    expect(() => valuesInShapeOf({ a: 'x', b: { c: 'y' } }, { a: '甲', b: {} })).toThrow(/b\.c/);
    expect(() => flatInShapeOf({ a: 'x' }, ['甲', '乙'])).toThrow();
  });
});
