import { describe, expect, it } from 'vitest';
import { parseAllocFailure } from './allocFailure';

describe('parseAllocFailure', () => {
  it('2.6 / RHEL6: `page allocation failure. order:N, mode:0x..`', () => {
    expect(parseAllocFailure('swapper: page allocation failure. order:1, mode:0x20')).toEqual({
      comm: 'swapper',
      gfpMask: '0x20',
      order: 1,
    });
    expect(parseAllocFailure('echo: page allocation failure. order:9, mode:0xd0')).toEqual({
      comm: 'echo',
      gfpMask: '0xd0',
      order: 9,
    });
  });

  it('3.x: colon after failure', () => {
    expect(parseAllocFailure('java: page allocation failure: order:4, mode:0x2040d0')).toEqual({
      comm: 'java',
      gfpMask: '0x2040d0',
      order: 4,
    });
  });

  it('4.6+ with flag names, nodemask and the 5.0+ cpuset tail', () => {
    expect(
      parseAllocFailure('java: page allocation failure: order:4, mode:0x2040d0(__GFP_IO|__GFP_FS|__GFP_COMP)'),
    ).toEqual({
      comm: 'java',
      gfpMask: '0x2040d0',
      order: 4,
    });
    expect(
      parseAllocFailure(
        'kworker/u8:2: page allocation failure: order:0, mode:0xa20(GFP_ATOMIC), nodemask=(null),cpuset=/,mems_allowed=0',
      ),
    ).toEqual({ comm: 'kworker/u8:2', gfpMask: '0xa20', order: 0 });
  });

  it('comm with spaces; no comm; mode cut or missing', () => {
    expect(parseAllocFailure('VM Monitoring Task: page allocation failure: order:2, mode:0x104020')?.comm).toBe(
      'VM Monitoring Task',
    );
    expect(parseAllocFailure('page allocation failure: order:3, mode:0x40d0')).toEqual({
      comm: null,
      gfpMask: '0x40d0',
      order: 3,
    });
    expect(parseAllocFailure('nginx: page allocation failure: order:2, mo')).toEqual({
      comm: 'nginx',
      gfpMask: null,
      order: 2,
    });
    expect(parseAllocFailure('nginx: page allocation failure: order:2, mode:0x4020(GFP_')?.gfpMask).toBe('0x4020');
  });

  it.each([
    'warn_alloc: 2 callbacks suppressed',
    'nginx invoked oom-killer: gfp_mask=0x200da, order=0, oom_score_adj=0',
    'Node 0 Normal free:35640kB min:35748kB low:44684kB high:53620kB',
    'tee: vmalloc error: size 4096, vm_struct allocation failed, mode:0xcc0(GFP_KERNEL), nodemask=(null)',
    'page allocation failure',
  ])('rejects %s', (s) => expect(parseAllocFailure(s)).toBeNull());
});
