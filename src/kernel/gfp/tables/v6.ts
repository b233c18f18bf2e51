/**
 * gfp tables for 6.3 – 6.19. 6.3 dropped __GFP_ATOMIC (GFP_ATOMIC = 0x820), 6.8 added __GFP_NOWARN
 * to GFP_NOWAIT, and 6.13 rebuilt the %pGg name table (composites, __GFP_RECLAIM, then every single
 * bit in bit order), so 6.10–6.12 still print the old order: a 6.11 kernel printed
 * `GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO`, a 6.13+ one prints `...|__GFP_ZERO|__GFP_COMP`.
 */
import type { GfpTable, KernelSource } from '../../types';
import { GFP_TYPES_MMFLAGS, pairs, src } from './format';

const OLD_ORDER_TAIL = `
    GFP_DMA=0x1 __GFP_HIGHMEM=0x2 GFP_DMA32=0x4 __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80
    __GFP_NOWARN=0x2000 __GFP_RETRY_MAYFAIL=0x4000 __GFP_NOFAIL=0x8000 __GFP_NORETRY=0x10000
    __GFP_COMP=0x40000 __GFP_ZERO=0x100 __GFP_NOMEMALLOC=0x80000 __GFP_MEMALLOC=0x20000
    __GFP_HARDWALL=0x100000 __GFP_THISNODE=0x200000 __GFP_RECLAIMABLE=0x10 __GFP_MOVABLE=0x8
    __GFP_ACCOUNT=0x400000 __GFP_WRITE=0x1000 __GFP_RECLAIM=0xc00 __GFP_DIRECT_RECLAIM=0x400
    __GFP_KSWAPD_RECLAIM=0x800 __GFP_ZEROTAGS=0x800000`;

const COMPOSITES_6 = `
    GFP_TRANSHUGE=0x1c24ca GFP_TRANSHUGE_LIGHT=0x1c20ca GFP_HIGHUSER_MOVABLE=0x100cca
    GFP_HIGHUSER=0x100cc2 GFP_USER=0x100cc0 GFP_KERNEL_ACCOUNT=0x400cc0 GFP_KERNEL=0xcc0
    GFP_NOFS=0xc40 GFP_ATOMIC=0x820 GFP_NOIO=0xc00`;

export const GFP_6_3: GfpTable = {
  id: '6.3-6.7',
  from: '6.3',
  to: '6.7',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`${COMPOSITES_6} GFP_NOWAIT=0x800 ${OLD_ORDER_TAIL}`),
  verified: ['6.3', '6.4', '6.5', '6.6'],
  notes: ['6.4 merged the KASAN skip bits into __GFP_SKIP_KASAN (KASAN_HW_TAGS only; not modelled).'],
};
export const GFP_6_3_SOURCES: readonly KernelSource[] = [
  src('6.3.8', 'SToPire/linux-6.3.8', '15edfdde65045d91c7ef21623a9168a9bf0744f9', GFP_TYPES_MMFLAGS),
  src('6.4.4', 'lewisevans2007/linux-6.4', '472bf2f4d37c5861de03f859e4a0b0e3513fa855', GFP_TYPES_MMFLAGS),
  src(
    '6.6.9',
    'mihaelbh/adding-new-sched-policy-to-linux-6.6.9',
    'ad8d9458f5c426cfc38fb47d53ecc26d347444f6',
    GFP_TYPES_MMFLAGS,
  ),
];

export const GFP_6_8: GfpTable = {
  id: '6.8-6.12',
  from: '6.8',
  to: '6.12',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`${COMPOSITES_6} GFP_NOWAIT=0x2800 ${OLD_ORDER_TAIL}`),
  verified: ['6.8', '6.9', '6.12'],
  notes: ['6.10 added __GFP_NO_OBJ_EXT (0x1000000 on typical configs) without a %pGg name before 6.13.'],
};
export const GFP_6_8_SOURCES: readonly KernelSource[] = [
  src('6.8.0', 'sndrzt/linux-6.8', '3bc197e7cf3cbb6bbea7a83921d48c2d392b51f9', GFP_TYPES_MMFLAGS),
  src('6.9.0', 'ec-jt/linux-6.9.0', 'dd616aa63e4f70c97a3487d7073c919e730d0cb4', GFP_TYPES_MMFLAGS),
  src('6.12', 'shilei-massclouds/linux-6.12', '2974a9e75df28e0b27025e156bede92f4a314128', GFP_TYPES_MMFLAGS),
];

export const GFP_6_13: GfpTable = {
  id: '6.13-6.19',
  from: '6.13',
  to: '6.19',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`${COMPOSITES_6} GFP_NOWAIT=0x2800 GFP_DMA=0x1 GFP_DMA32=0x4 __GFP_RECLAIM=0xc00
    __GFP_DMA=0x1 __GFP_HIGHMEM=0x2 __GFP_DMA32=0x4 __GFP_MOVABLE=0x8 __GFP_RECLAIMABLE=0x10
    __GFP_HIGH=0x20 __GFP_IO=0x40 __GFP_FS=0x80 __GFP_ZERO=0x100 __GFP_DIRECT_RECLAIM=0x400
    __GFP_KSWAPD_RECLAIM=0x800 __GFP_WRITE=0x1000 __GFP_NOWARN=0x2000 __GFP_RETRY_MAYFAIL=0x4000
    __GFP_NOFAIL=0x8000 __GFP_NORETRY=0x10000 __GFP_MEMALLOC=0x20000 __GFP_COMP=0x40000
    __GFP_NOMEMALLOC=0x80000 __GFP_HARDWALL=0x100000 __GFP_THISNODE=0x200000 __GFP_ACCOUNT=0x400000
    __GFP_ZEROTAGS=0x800000 __GFP_NO_OBJ_EXT=0x1000000`),
  notes: [
    'Bit positions after __GFP_ZEROTAGS depend on KASAN_HW_TAGS/LOCKDEP; the typical config is modelled.',
    '__GFP_NO_OBJ_EXT is named only with CONFIG_SLAB_OBJ_EXT (memcg/profiling kernels); a later patch drops it from the name table.',
  ],
};
export const GFP_6_13_SOURCES: readonly KernelSource[] = [
  src('6.13.7', 'ChenRuiwei/linux-6.13.7', 'f442e55ae5d61764957ca2b3d8f5d647e79a946d', GFP_TYPES_MMFLAGS),
  src('6.14.0', 'perishh/linux-6.14', '16b95dcdf5854cf4ec57625ac3609b774ea0e1c5', GFP_TYPES_MMFLAGS),
  src('6.18.2', 'gfunkmonk/linux-6.18.2', '57dc26c98e5e9eaee49a7ee9f46cfae53057b110', GFP_TYPES_MMFLAGS),
  src('6.19', 'matankalina/linux-6.19.10-fork', '094d869456d2bb93023e0ef9bf84a0758cbe8085', GFP_TYPES_MMFLAGS),
];
