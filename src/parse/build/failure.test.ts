import { describe, expect, it } from 'vitest';
import { buildFrom, dedent } from '../../../test/support/lines';

describe('allocation-failure warnings of every kind, each with its own dump', () => {
  it('reads ≤4.11’s two lines (vmalloc’s words, then the page-allocation line) as one vmalloc warning', () => {
    const { events, allocationFailures } = buildFrom(
      dedent(`
        vmalloc: allocation failure: 0 bytes
        modprobe: page allocation failure: order:0, mode:0xd0
        Backtrace:
        Function entered at [<c0011e48>] from [<c03b1630>]
         r6:c03ddfa4 r5:000000d0 r4:00000001 r3:00000000
        Mem-info:
        Normal per-cpu:
        CPU    0: hi:   90, btch:  15 usd:  37
        active_anon:113 inactive_anon:0 isolated_anon:0
         free:46701 slab_reclaimable:225 slab_unreclaimable:341
      `),
    );
    expect(events).toEqual([]); // its Mem-Info is never an OOM fragment, over the trace lines not read
    expect(allocationFailures).toMatchObject([
      {
        firstLine: 1,
        lastLine: 10,
        warning: 'vmalloc',
        comm: 'modprobe',
        gfpMask: '0xd0',
        order: 0,
        memInfo: { counters: { active_anon: 113, free: 46701 }, line: 6 },
      },
    ]);
  });

  it('lists vmemmap and vmalloc warnings apart, with their own CPU line and trace', () => {
    const { allocationFailures } = buildFrom(
      dedent(`
        xen-balloon: vmemmap alloc failure: order:9, mode:0x4cc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), nodemask=(null),cpuset=/,mems_allowed=0
        CPU: 1 PID: 34 Comm: xen-balloon Not tainted 5.16.15-1.37.fc32.qubes.x86_64 #1
        Call Trace:
         dump_stack_lvl+0x48/0x5e
         warn_alloc+0x162/0x190
        kmodloader: vmalloc: allocation failure: 425984 bytes, mode:0x14000c0(GFP_KERNEL), nodemask=(null)
      `),
    );
    expect(
      allocationFailures.map((f) => [f.warning, f.comm, f.order, f.gfpPrinted, f.kernel?.pid, f.callTrace?.length]),
    ).toEqual([
      ['vmemmap', 'xen-balloon', 9, 'GFP_KERNEL|__GFP_RETRY_MAYFAIL', 34, 2],
      ['vmalloc', 'kmodloader', null, 'GFP_KERNEL', undefined, 0],
    ]);
  });

  it('joins the warning’s own line cut by a wrap, so a mask cut short is not read as the whole one', () => {
    const { allocationFailures } = buildFrom(
      'xen-balloon: vmemmap alloc failure: order:9, mode:0x4\ncc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), nodemask=(null)',
    );
    expect(allocationFailures).toMatchObject([
      { gfpMask: '0x4cc0', gfpPrinted: 'GFP_KERNEL|__GFP_RETRY_MAYFAIL', lastLine: 2 },
    ]);
  });
});
