import { describe, expect, it } from 'vitest';
import { EVENT } from '../../../test/support/viewData';
import { frameRoles, symbolName } from './callTrace';

describe('call trace roles', () => {
  it('strips offsets and compiler suffixes', () => {
    expect(symbolName('__alloc_pages_slowpath.constprop.0+0xcbd/0xe10')).toBe('__alloc_pages_slowpath');
    expect(symbolName('oom_kill_process.cold+0xb/0x10')).toBe('oom_kill_process');
  });

  it('marks OOM frames, allocator frames and the first reliable caller below them', () => {
    // The Arch 6.1 trace: dump_stack_lvl, dump_header, oom_kill_process, out_of_memory; the allocator from
    // __alloc_pages_slowpath to vma_alloc_folio; then the page fault that asked, __handle_mm_fault first.
    const roles = frameRoles(EVENT.callTrace);
    expect(roles).toEqual([...Array(4).fill('oom'), ...Array(4).fill('alloc'), 'caller', ...Array(5).fill('other')]);
    expect(EVENT.callTrace[roles.indexOf('caller')].symbol).toMatch(/^__handle_mm_fault\+/);
  });

  it('has no caller without allocation frames below', () => {
    expect(frameRoles([])).toEqual([]);
  });
});
