/**
 * gfp tables for 3.8 – 4.5: the last __GFP_WAIT kernels, RHEL7, and 4.4/4.5 after the reclaim
 * split. None printed names (4.6 added %pGg), so `order` is our rendering in the 4.6 style.
 */
import type { GfpTable, KernelSource } from '../../types';
import { pairs, src } from './format';

/** 3.8–3.14: __GFP_KMEMCG (0x100000) existed only in this window. */
export const GFP_3_8: GfpTable = {
  id: '3.8-3.14',
  from: '3.8',
  to: '3.14',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352da GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0
    GFP_TEMPORARY=0x800d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_IOFS=0xc0 GFP_THISNODE=0x41200
    GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8 __GFP_WAIT=0x10 __GFP_HIGH=0x20
    __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200 __GFP_REPEAT=0x400
    __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_MEMALLOC=0x2000 __GFP_COMP=0x4000
    __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000
    __GFP_RECLAIMABLE=0x80000 __GFP_KMEMCG=0x100000 __GFP_NOTRACK=0x200000 __GFP_NO_KSWAPD=0x400000
    __GFP_OTHER_NODE=0x800000 __GFP_WRITE=0x1000000`),
  verified: ['3.10', '3.11', '3.12', '3.13'],
  notes: [
    '0x20000 is __GFP_HARDWALL here (GFP_HIGHUSER_MOVABLE = 0x200da), not a reclaim flag;',
    'the same value is in a 3.0.8 gfp.h (weilaidb/PythonExample @ f505d523) and every kernel up to 5.0.',
  ],
};
export const GFP_3_8_SOURCES: readonly KernelSource[] = [
  src('3.10.99', 'harviswang/linux-3.10.99', '8072c307a15fcaaac0de6e59734ab0cd158786e4'),
  src('3.13.11', 'penhoi/linux-3.13.11.lbrpmu', 'f015ce0783943a8d8711d8f64f1ace629ebfcef0'),
];

/** RHEL/CentOS 7 3.10.0-*.el7: the 3.x layout but 0x100000 is the backported __GFP_ACCOUNT. */
export const GFP_RHEL7: GfpTable = {
  id: 'rhel7-3.10.0',
  from: '3.10',
  to: '3.10',
  distro: /\.el7/,
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352da GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0
    GFP_TEMPORARY=0x800d0 GFP_KERNEL_ACCOUNT=0x1000d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_IOFS=0xc0
    GFP_THISNODE=0x41200 GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8
    __GFP_WAIT=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200
    __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_MEMALLOC=0x2000
    __GFP_COMP=0x4000 __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000
    __GFP_THISNODE=0x40000 __GFP_RECLAIMABLE=0x80000 __GFP_ACCOUNT=0x100000 __GFP_NOTRACK=0x200000
    __GFP_NO_KSWAPD=0x400000 __GFP_OTHER_NODE=0x800000 __GFP_WRITE=0x1000000`),
  verified: ['3.10'],
  notes: ['Read on 3.10.0-1160.el7; older el7 builds may lack __GFP_ACCOUNT (then 0x100000 is unnamed).'],
};
export const GFP_RHEL7_SOURCES: readonly KernelSource[] = [
  src('3.10.0-1160.el7', 'tremb1e/linux-3.10.0-1160.el7', 'de8b6b6f944c8466ab1beadb1df497a0bd9f6f3c'),
];

export const GFP_3_15: GfpTable = {
  id: '3.15-4.0',
  from: '3.15',
  to: '4.0',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352da GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0
    GFP_TEMPORARY=0x800d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_IOFS=0xc0 GFP_THISNODE=0x41200
    GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8 __GFP_WAIT=0x10 __GFP_HIGH=0x20
    __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200 __GFP_REPEAT=0x400
    __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_MEMALLOC=0x2000 __GFP_COMP=0x4000
    __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000
    __GFP_RECLAIMABLE=0x80000 __GFP_NOTRACK=0x200000 __GFP_NO_KSWAPD=0x400000
    __GFP_OTHER_NODE=0x800000 __GFP_WRITE=0x1000000`),
  verified: ['3.15', '3.16', '3.17', '3.18', '3.19'],
  notes: ['4.0 was not read.'],
};
export const GFP_3_15_SOURCES: readonly KernelSource[] = [
  src('3.16', 'jyizheng/linux-3.16', 'ea68156974843a84d7236ac44b53ce9dae28e0b4'),
  src('3.19.8', 'yuanguohuo/linux-3.19.8', '5efb20db82bf1b8fe32fdb7165db81de3f1dc319'),
];

/** 4.1–4.3: kmem accounting became opt-out per allocation with __GFP_NOACCOUNT. */
export const GFP_4_1: GfpTable = {
  id: '4.1-4.3',
  from: '4.1',
  to: '4.3',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352da GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0
    GFP_TEMPORARY=0x800d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_IOFS=0xc0 GFP_THISNODE=0x41200
    GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8 __GFP_WAIT=0x10 __GFP_HIGH=0x20
    __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200 __GFP_REPEAT=0x400
    __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_MEMALLOC=0x2000 __GFP_COMP=0x4000
    __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000
    __GFP_RECLAIMABLE=0x80000 __GFP_NOACCOUNT=0x100000 __GFP_NOTRACK=0x200000 __GFP_NO_KSWAPD=0x400000
    __GFP_OTHER_NODE=0x800000 __GFP_WRITE=0x1000000`),
  verified: [],
  notes: [
    '3.x layout plus __GFP_NOACCOUNT (0x100000) from "gfp: add __GFP_NOACCOUNT" (Vladimir Davydov, May 2015, for 4.1);',
    'seen in a 4.1-era gfp.h listing and the patch mail, no 4.1–4.3 tree was read.',
  ],
};
export const GFP_4_1_SOURCES: readonly KernelSource[] = [
  src('3.16', 'jyizheng/linux-3.16', 'ea68156974843a84d7236ac44b53ce9dae28e0b4'),
  src('3.19.8', 'yuanguohuo/linux-3.19.8', '5efb20db82bf1b8fe32fdb7165db81de3f1dc319'),
];

/** 4.4: __GFP_WAIT split into __GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM; 0x10 is now RECLAIMABLE. */
export const GFP_4_4: GfpTable = {
  id: '4.4',
  from: '4.4',
  to: '4.4',
  printsNames: false,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352ca GFP_HIGHUSER_MOVABLE=0x24200ca GFP_HIGHUSER=0x24200c2 GFP_USER=0x24200c0
    GFP_TEMPORARY=0x24000d0 GFP_KERNEL=0x24000c0 GFP_NOFS=0x2400040 GFP_ATOMIC=0x2080020
    GFP_NOIO=0x2400000 GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8
    __GFP_RECLAIMABLE=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100
    __GFP_NOWARN=0x200 __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000
    __GFP_MEMALLOC=0x2000 __GFP_COMP=0x4000 __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000
    __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000 __GFP_ATOMIC=0x80000 __GFP_NOACCOUNT=0x100000
    __GFP_NOTRACK=0x200000 __GFP_DIRECT_RECLAIM=0x400000 __GFP_OTHER_NODE=0x800000
    __GFP_WRITE=0x1000000 __GFP_KSWAPD_RECLAIM=0x2000000`),
};
export const GFP_4_4_SOURCES: readonly KernelSource[] = [
  src('4.4.121', 'AnTuanHa/linux-stable-v4.4.121', '14240454b979462c44301309e14d90d0876c207f'),
];

/** 4.5: 4.4's bits with __GFP_ACCOUNT (opt-in kmem accounting) instead of __GFP_NOACCOUNT. */
export const GFP_4_5: GfpTable = {
  id: '4.5',
  from: '4.5',
  to: '4.5',
  printsNames: false,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352ca GFP_HIGHUSER_MOVABLE=0x24200ca GFP_HIGHUSER=0x24200c2 GFP_USER=0x24200c0
    GFP_TEMPORARY=0x24000d0 GFP_KERNEL_ACCOUNT=0x25000c0 GFP_KERNEL=0x24000c0 GFP_NOFS=0x2400040
    GFP_ATOMIC=0x2080020 GFP_NOIO=0x2400000 GFP_NOWAIT=0x2000000 GFP_DMA=0x1 __GFP_HIGHMEM=0x2
    GFP_DMA32=0x4 __GFP_HIGH=0x20 __GFP_ATOMIC=0x80000 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100
    __GFP_NOWARN=0x200 __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_COMP=0x4000
    __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_MEMALLOC=0x2000 __GFP_HARDWALL=0x20000
    __GFP_THISNODE=0x40000 __GFP_RECLAIMABLE=0x10 __GFP_MOVABLE=0x8 __GFP_ACCOUNT=0x100000
    __GFP_NOTRACK=0x200000 __GFP_WRITE=0x1000000 __GFP_RECLAIM=0x2400000
    __GFP_DIRECT_RECLAIM=0x400000 __GFP_KSWAPD_RECLAIM=0x2000000 __GFP_OTHER_NODE=0x800000`),
  notes: ['Names are rendered in the order 4.6 introduced for %pGg; 4.5 itself printed only the hex.'],
};
export const GFP_4_5_SOURCES: readonly KernelSource[] = [
  src('4.5.0', 'arthur-lucena/linux-4.5-hw-so', 'f21e75bffa6d60e806ed07d87fc60f259e6816bf'),
];
