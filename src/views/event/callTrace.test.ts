import { describe, expect, it } from 'vitest';
import { EVENT } from '../../../test/support/viewData';
import { frameRoles, symbolName } from './callTrace';

describe('call trace roles', () => {
  it('strips offsets and compiler suffixes', () => {
    expect(symbolName('__alloc_pages_slowpath.constprop.0+0xcbd/0xe10')).toBe('__alloc_pages_slowpath');
    expect(symbolName('oom_kill_process.cold+0xb/0x10')).toBe('oom_kill_process');
  });

  it('marks OOM frames, allocator frames and the first reliable caller below them', () => {
    const roles = frameRoles(EVENT.callTrace);
    expect(roles).toEqual(['oom', 'oom', 'oom', 'alloc', 'alloc', 'alloc', 'alloc', 'other', 'caller']);
  });

  it('has no caller without allocation frames below', () => {
    expect(frameRoles([])).toEqual([]);
  });
});
