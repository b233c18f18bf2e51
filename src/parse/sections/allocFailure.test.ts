import { describe, expect, it } from 'vitest';
import { parseAllocFailure } from './allocFailure';

describe('parseAllocFailure', () => {
  it('2.6 / RHEL6: `page allocation failure. order:N, mode:0x..`', () => {
    expect(parseAllocFailure('swapper: page allocation failure. order:1, mode:0x20')).toMatchObject({
      comm: 'swapper',
      gfpMask: '0x20',
      order: 1,
    });
    expect(parseAllocFailure('echo: page allocation failure. order:9, mode:0xd0')).toMatchObject({
      comm: 'echo',
      gfpMask: '0xd0',
      order: 9,
    });
  });

  it('3.x: colon after failure', () => {
    expect(parseAllocFailure('java: page allocation failure: order:4, mode:0x2040d0')).toMatchObject({
      comm: 'java',
      gfpMask: '0x2040d0',
      order: 4,
    });
  });

  it('4.6+ with flag names, nodemask and the 5.0+ cpuset tail', () => {
    expect(
      parseAllocFailure('java: page allocation failure: order:4, mode:0x2040d0(__GFP_IO|__GFP_FS|__GFP_COMP)'),
    ).toMatchObject({
      comm: 'java',
      gfpMask: '0x2040d0',
      order: 4,
    });
    expect(
      parseAllocFailure(
        'kworker/u8:2: page allocation failure: order:0, mode:0xa20(GFP_ATOMIC), nodemask=(null),cpuset=/,mems_allowed=0',
      ),
    ).toMatchObject({ comm: 'kworker/u8:2', gfpMask: '0xa20', order: 0 });
  });

  it('comm with spaces; no comm; mode cut or missing', () => {
    expect(parseAllocFailure('VM Monitoring Task: page allocation failure: order:2, mode:0x104020')?.comm).toBe(
      'VM Monitoring Task',
    );
    expect(parseAllocFailure('page allocation failure: order:3, mode:0x40d0')).toMatchObject({
      comm: null,
      gfpMask: '0x40d0',
      order: 3,
    });
    expect(parseAllocFailure('nginx: page allocation failure: order:2, mo')).toMatchObject({
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
    // Words about an allocation failure without warn_alloc's mode are not one of its warnings.
    'kmalloc alloc failure, no mode',
    'page allocation failure',
  ])('rejects %s', (s) => expect(parseAllocFailure(s)).toBeNull());

  it('names which warning it was and keeps the flag names printed after the mask', () => {
    expect(parseAllocFailure('java: page allocation failure: order:4, mode:0x2040d0(__GFP_IO|__GFP_FS)')).toEqual({
      comm: 'java',
      gfpMask: '0x2040d0',
      gfpPrinted: '__GFP_IO|__GFP_FS',
      order: 4,
      warning: 'page-allocation',
    });
    expect(parseAllocFailure('a: page allocation failure: order:0, mode:0x0()')?.gfpPrinted).toBe('');
  });

  it('vmalloc in each era: 3.x own line, 4.12+ `vmalloc: allocation failure`, 5.13+ `vmalloc error: size`', () => {
    expect(parseAllocFailure('vmalloc: allocation failure, allocated 12288 of 16384 bytes')).toEqual({
      comm: null,
      gfpMask: null,
      gfpPrinted: null,
      order: null,
      warning: 'vmalloc',
    });
    expect(
      parseAllocFailure(
        'insmod: vmalloc: allocation failure: 1073741824 bytes, mode:0x14000c0(GFP_KERNEL), nodemask=(null)',
      ),
    ).toEqual({ comm: 'insmod', gfpMask: '0x14000c0', gfpPrinted: 'GFP_KERNEL', order: null, warning: 'vmalloc' });
    expect(
      parseAllocFailure(
        'tee: vmalloc error: size 4096, vm_struct allocation failed, mode:0xcc0(GFP_KERNEL), nodemask=(null)',
      ),
    ).toMatchObject({ comm: 'tee', gfpMask: '0xcc0', order: null, warning: 'vmalloc' });
    expect(
      parseAllocFailure(
        'modprobe: vmalloc error: size 8192, page order 1, failed to allocate pages, mode:0xdc0(GFP_KERNEL|__GFP_ZERO), nodemask=(null),cpuset=/,mems_allowed=0',
      ),
    ).toMatchObject({ comm: 'modprobe', order: 1, gfpPrinted: 'GFP_KERNEL|__GFP_ZERO', warning: 'vmalloc' });
  });

  it('vmemmap (memory hot-add) and other warn_alloc callers', () => {
    expect(
      parseAllocFailure(
        'kworker/u16:3: vmemmap alloc failure: order:9, mode:0x4cc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), nodemask=(null),cpuset=/,mems_allowed=0',
      ),
    ).toEqual({
      comm: 'kworker/u16:3',
      gfpMask: '0x4cc0',
      gfpPrinted: 'GFP_KERNEL|__GFP_RETRY_MAYFAIL',
      order: 9,
      warning: 'vmemmap',
    });
    expect(parseAllocFailure('systemd-udevd: page_ext alloc failure: order:2, mode:0xcc0(GFP_KERNEL)')).toMatchObject({
      comm: 'systemd-udevd',
      order: 2,
      warning: 'other',
    });
  });
});
