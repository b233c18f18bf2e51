import { describe, expect, it } from 'vitest';
import { laneLabel } from './labels';

describe('laneLabel', () => {
  it('keeps a short name whole', () => {
    expect(laneLabel('node-1.log')).toBe('node-1.log');
    expect(laneLabel('x'.repeat(20))).toBe('x'.repeat(20));
  });
  it('keeps the start and the end of a long one, 20 characters in all', () => {
    const short = laneLabel('node-1-kern.log-20261204.2.gz');
    expect(short).toBe('node-1-ker…1204.2.gz');
    expect([...short]).toHaveLength(20);
  });
  it('counts characters, not UTF-16 units', () => {
    expect([...laneLabel('日志'.repeat(15))]).toHaveLength(20);
  });
});
