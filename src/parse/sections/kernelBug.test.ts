import { describe, expect, it } from 'vitest';
import { continuesBug, parseBugLocation, parseKernelBug } from './kernelBug';

describe('parseKernelBug', () => {
  it.each([
    // arm64 (009), x86 4.x and 5.x+ page faults, the Oops line, a GPF, KASAN, BUG at, WARNING in three eras, UBSAN
    ['Unable to handle kernel NULL pointer dereference at virtual address 0000000000000328', 'oops', null],
    ['BUG: unable to handle kernel NULL pointer dereference at 0000000000000008', 'oops', null],
    ['BUG: kernel NULL pointer dereference, address: 0000000000000000', 'oops', null],
    ['BUG: unable to handle page fault for address: ffffeb0400000008', 'oops', null],
    ['Oops: 0000 [#1] SMP NOPTI', 'oops', null],
    [
      'general protection fault, probably for non-canonical address 0xdead000000000100: 0000 [#1] SMP PTI',
      'oops',
      null,
    ],
    ['BUG: KASAN: use-after-free in __show_mem+0x1c4/0x2a0', 'kasan', '__show_mem'],
    ['kernel BUG at mm/slub.c:305!', 'bug', null],
    ['BUG: Bad page state in process swapper/0  pfn:1fe00', 'bug', null],
    [
      'WARNING: CPU: 0 PID: 29 at mm/vmalloc.c:150 vmap_page_range_noflush+0xea/0x19c',
      'warning',
      'vmap_page_range_noflush',
    ],
    ['WARNING: at mm/page_alloc.c:2418 __alloc_pages_nodemask+0x1e9/0x6d0()', 'warning', '__alloc_pages_nodemask'],
    [
      'WARNING: mm/page_alloc.c:4455 at __alloc_pages_slowpath+0xd1/0xc50, CPU#0: kworker/0:1/12',
      'warning',
      '__alloc_pages_slowpath',
    ],
    ['UBSAN: shift-out-of-bounds in mm/page_alloc.c:123:4', 'other', null],
  ])('%s', (text, kind, fn) => {
    expect(parseKernelBug(text, 7)).toEqual({ kind, message: text, function: fn, line: 7 });
  });

  it.each([
    'Code: Unable to access opcode bytes at RIP 0x46a89f.', // an OOM report's own register dump (020)
    'RIP: 0033:0x46a8c9',
    'Out of memory: Killed process 1 (a)',
    'BUG:',
    'kworker/u4:0 invoked oom-killer: gfp_mask=0x40cd0',
  ])('refuses %s', (text) => expect(parseKernelBug(text, 1)).toBeNull());

  it('tells the Oops line that goes on with the bug before it', () => {
    expect(continuesBug('Internal error: Oops: 96000005 [#1] PREEMPT SMP')).toBe(true);
    expect(continuesBug('Oops: 0000 [#1] SMP NOPTI')).toBe(true);
    expect(continuesBug('BUG: KASAN: use-after-free in f+0x1/0x2')).toBe(false);
  });
});

describe('parseBugLocation', () => {
  it.each([
    ['RIP: 0010:queue_oom_reaper+0x30/0x170', 'queue_oom_reaper'],
    ['RIP: 0010:[<ffffffff8110e8f5>]  [<ffffffff8110e8f5>] oom_reap_task+0x15/0x40', 'oom_reap_task'],
    ['EIP is at show_free_areas+0x12/0x34', 'show_free_areas'],
    ['PC is at __show_mem+0x88/0x100', '__show_mem'],
    ['pc : queue_oom_reaper+0x30/0x170', 'queue_oom_reaper'],
    ['NIP [c0000000002b5a1c] __alloc_pages_nodemask+0x1c/0xf80', '__alloc_pages_nodemask'],
  ])('%s', (text, fn) => expect(parseBugLocation(text)).toBe(fn));

  it('names no function for a user-mode register line', () => {
    expect(parseBugLocation('RIP: 0033:0x46a8c9')).toBeNull();
  });
});
