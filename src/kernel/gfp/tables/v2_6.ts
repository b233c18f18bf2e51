/**
 * gfp tables for 2.6.x kernels (and the 2.6.38–3.7 stretch that kept the 2.6.3x layout).
 * None of these kernels printed names (%pGg arrived in 4.6), so `order` is our own rendering:
 * multi-bit composites first in the 4.6 order, then GFP_DMA/GFP_DMA32, then single bits ascending.
 * Single-bit aliases (old GFP_ATOMIC == __GFP_HIGH, GFP_NOIO == __GFP_WAIT) are left out on purpose,
 * otherwise 0x30 would read "GFP_ATOMIC|GFP_NOIO".
 */
import type { GfpTable, KernelSource } from '../../types';
import { pairs, src } from './format';

export const GFP_2_6_11: GfpTable = {
  id: '2.6.11',
  from: '2.6.0',
  to: '2.6.14',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'none',
  order: pairs(`
    GFP_HIGHUSER=0xd2 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_DMA=0x1 __GFP_HIGHMEM=0x2
    __GFP_WAIT=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200
    __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_NO_GROW=0x2000
    __GFP_COMP=0x4000 __GFP_ZERO=0x8000`),
  verified: ['2.6.11'],
  notes: ['GFP_USER == GFP_KERNEL here (no __GFP_HARDWALL yet); bits above 0x8000 have no meaning.'],
};
export const GFP_2_6_11_SOURCES: readonly KernelSource[] = [
  src('2.6.11', 'Antonio-Zhou/Linux-2.6.11', 'ad9a7089d3513800f19f88dc81ce93cc8667ad4b'),
];

export const GFP_2_6_18: GfpTable = {
  id: '2.6.18',
  from: '2.6.15',
  to: '2.6.22',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'none',
  order: pairs(`
    GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_DMA=0x1 GFP_DMA32=0x4
    __GFP_HIGHMEM=0x2 __GFP_WAIT=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100
    __GFP_NOWARN=0x200 __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000
    __GFP_NO_GROW=0x2000 __GFP_COMP=0x4000 __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000
    __GFP_HARDWALL=0x20000`),
  verified: ['2.6.18'],
  notes: ['__GFP_DMA32 is 0x04 only on 64-bit kernels with their own ZONE_DMA32 (0 on 32-bit).'],
};
export const GFP_2_6_18_SOURCES: readonly KernelSource[] = [
  src('2.6.18', 'rocklee104/linux-2.6.18', '37dcae72ac4541de5d739285ef0efd248c9794f2'),
];

export const GFP_2_6_23: GfpTable = {
  id: '2.6.23-2.6.30',
  from: '2.6.23',
  to: '2.6.30',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'plain-bit',
  order: pairs(`
    GFP_HIGHUSER_MOVABLE=0x1200d2 GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0 GFP_TEMPORARY=0x800d0
    GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_THISNODE=0x41200 GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2
    __GFP_WAIT=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200
    __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_COMP=0x4000 __GFP_ZERO=0x8000
    __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000 __GFP_RECLAIMABLE=0x80000
    __GFP_MOVABLE=0x100000`),
  verified: ['2.6.24'],
  notes: ['__GFP_MOVABLE is the plain bit 0x100000 here, not a zone modifier; GFP_HIGHUSER_MOVABLE = 0x1200d2.'],
};
export const GFP_2_6_23_SOURCES: readonly KernelSource[] = [
  src('2.6.24', '0x88888888/Linux2.6.24-comments', 'e7c405ece8c1e9b552b460ccbf004908d49bf1ab'),
];

export const GFP_2_6_31: GfpTable = {
  id: '2.6.31-2.6.37',
  from: '2.6.31',
  to: '2.6.37',
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0 GFP_TEMPORARY=0x800d0
    GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_THISNODE=0x41200 GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2
    __GFP_MOVABLE=0x8 __GFP_WAIT=0x10 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100
    __GFP_NOWARN=0x200 __GFP_REPEAT=0x400 __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_COMP=0x4000
    __GFP_ZERO=0x8000 __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000
    __GFP_RECLAIMABLE=0x80000`),
  verified: ['2.6.32'],
  notes: [
    '__GFP_MOVABLE became the zone modifier 0x08 in 2.6.31; __GFP_NOTRACK (0x200000) exists only with kmemcheck.',
  ],
};
export const GFP_2_6_31_SOURCES: readonly KernelSource[] = [
  src('2.6.32.69', 'chenbq83/Linux-2.6.32.69', '753a174814ede6eb5d978f89b1de49dc1a0ed14d'),
];

/** RHEL/CentOS 6: 2.6.32 plus backported THP (__GFP_NO_KSWAPD) and __GFP_OTHER_NODE. */
export const GFP_RHEL6: GfpTable = {
  id: 'rhel6-2.6.32',
  from: '2.6.32',
  to: '2.6.32',
  distro: /\.el6/,
  printsNames: false,
  reclaimModel: 'wait',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x4352da GFP_HIGHUSER_MOVABLE=0x200da GFP_HIGHUSER=0x200d2 GFP_USER=0x200d0
    GFP_TEMPORARY=0x800d0 GFP_KERNEL=0xd0 GFP_NOFS=0x50 GFP_IOFS=0xc0 GFP_THISNODE=0x41200
    GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_HIGHMEM=0x2 __GFP_MOVABLE=0x8 __GFP_WAIT=0x10 __GFP_HIGH=0x20
    __GFP_IO=0x40 __GFP_FS=0x80 __GFP_COLD=0x100 __GFP_NOWARN=0x200 __GFP_REPEAT=0x400
    __GFP_NOFAIL=0x800 __GFP_NORETRY=0x1000 __GFP_COMP=0x4000 __GFP_ZERO=0x8000
    __GFP_NOMEMALLOC=0x10000 __GFP_HARDWALL=0x20000 __GFP_THISNODE=0x40000 __GFP_RECLAIMABLE=0x80000
    __GFP_NO_KSWAPD=0x400000 __GFP_OTHER_NODE=0x800000`),
  verified: ['2.6.32'],
};
export const GFP_RHEL6_SOURCES: readonly KernelSource[] = [
  src('2.6.32-642.6.2.el6', 'functor/linux-2.6.32-642.6.2.el6', '310e44f07adf5de1a38eeb56ff722fedad48344a'),
];

/**
 * 2.6.38–3.7: the RHEL6 layout is the upstream one of this stretch (THP's __GFP_NO_KSWAPD 2.6.38,
 * __GFP_OTHER_NODE), seen in a 3.0.8 gfp.h copy; __GFP_WRITE (3.2) and __GFP_MEMALLOC (3.6) are
 * added because they only name bits a kernel without them never sets.
 */
export const GFP_2_6_38: GfpTable = {
  id: '2.6.38-3.7',
  from: '2.6.38',
  to: '3.7',
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
  verified: [],
};
export const GFP_2_6_38_SOURCES: readonly KernelSource[] = [
  src('3.0.8', 'weilaidb/PythonExample', 'f505d523020961de628b16e8e1e99b5f42e9aedd', [
    'regularexpress/home/weilaidb/work/kernel/linux-3.0.8/include/linux/gfp.h',
  ]),
];
