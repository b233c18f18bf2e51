/**
 * gfp tables for 5.1 – 6.2 ("mm: shuffle GFP_* flags" made GFP_KERNEL 0xcc0). Order = the kernel's
 * gfpflag_names; values for the typical distro config (no KASAN_HW_TAGS, no LOCKDEP).
 */
import type { GfpTable, KernelSource } from '../../types';
import { GFP_H_MMFLAGS, GFP_TYPES_MMFLAGS, pairs, src } from './format';

const SINGLES_5 = `
    GFP_DMA=0x1 __GFP_HIGHMEM=0x2 GFP_DMA32=0x4 __GFP_HIGH=0x20 __GFP_ATOMIC=0x200 __GFP_IO=0x40
    __GFP_FS=0x80 __GFP_NOWARN=0x2000 __GFP_RETRY_MAYFAIL=0x4000 __GFP_NOFAIL=0x8000
    __GFP_NORETRY=0x10000 __GFP_COMP=0x40000 __GFP_ZERO=0x100 __GFP_NOMEMALLOC=0x80000
    __GFP_MEMALLOC=0x20000 __GFP_HARDWALL=0x100000 __GFP_THISNODE=0x200000 __GFP_RECLAIMABLE=0x10
    __GFP_MOVABLE=0x8 __GFP_ACCOUNT=0x400000 __GFP_WRITE=0x1000 __GFP_RECLAIM=0xc00
    __GFP_DIRECT_RECLAIM=0x400 __GFP_KSWAPD_RECLAIM=0x800`;

const COMPOSITES_5 = `
    GFP_TRANSHUGE=0x1c24ca GFP_TRANSHUGE_LIGHT=0x1c20ca GFP_HIGHUSER_MOVABLE=0x100cca
    GFP_HIGHUSER=0x100cc2 GFP_USER=0x100cc0 GFP_KERNEL_ACCOUNT=0x400cc0 GFP_KERNEL=0xcc0
    GFP_NOFS=0xc40 GFP_ATOMIC=0xa20 GFP_NOIO=0xc00 GFP_NOWAIT=0x800`;

export const GFP_5_1: GfpTable = {
  id: '5.1-5.13',
  from: '5.1',
  to: '5.13',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(COMPOSITES_5 + SINGLES_5),
};
export const GFP_5_1_SOURCES: readonly KernelSource[] = [
  src('5.3.1', 'github-lvbing/linux-5.3.1', 'e9a2d56197fc979e5df137fe6beab2732d6ebf2a', GFP_H_MMFLAGS),
  src('5.4.286', 'KINGFIOX/linux-5.4.286', '7db1286377bf9b7df976ac2efe62679cb7c502c7', GFP_H_MMFLAGS),
  src('5.10.89', 'Prashant446/linux-5.10.89', '871a80bc57f0567f238b87333cb2f0bb2c96d7fb', GFP_H_MMFLAGS),
];

/**
 * 5.14–5.17: __GFP_ZEROTAGS and __GFP_SKIP_KASAN_POISON are unconditional bits and
 * GFP_HIGHUSER_MOVABLE includes SKIP_KASAN_POISON, hence the familiar `0x1100cca(GFP_HIGHUSER_MOVABLE)`.
 */
export const GFP_5_14: GfpTable = {
  id: '5.14-5.17',
  from: '5.14',
  to: '5.17',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`
    GFP_TRANSHUGE=0x11c24ca GFP_TRANSHUGE_LIGHT=0x11c20ca GFP_HIGHUSER_MOVABLE=0x1100cca
    GFP_HIGHUSER=0x100cc2 GFP_USER=0x100cc0 GFP_KERNEL_ACCOUNT=0x400cc0 GFP_KERNEL=0xcc0
    GFP_NOFS=0xc40 GFP_ATOMIC=0xa20 GFP_NOIO=0xc00 GFP_NOWAIT=0x800 ${SINGLES_5}
    __GFP_ZEROTAGS=0x800000 __GFP_SKIP_KASAN_POISON=0x1000000`),
  verified: ['5.14', '5.15'],
  notes: ['RHEL 9 (5.14.0-*.el9) starts from this layout but carries many later backports.'],
};
export const GFP_5_14_SOURCES: readonly KernelSource[] = [
  src('5.14-rc5', 'lsk-legends/linux-5.14', '87b9bac7376e547f5b66f099ad8b9bcce7d6eff0', GFP_H_MMFLAGS),
  src('5.15.135', 'waterm310n/linux-5.15.135', 'e2b06480c267722e412af78d4863e3334cb7eb69', GFP_H_MMFLAGS),
];

/** 5.18–6.2: the KASAN bits became config-dependent (0 on typical kernels): back to 0x100cca. */
export const GFP_5_18: GfpTable = {
  id: '5.18-6.2',
  from: '5.18',
  to: '6.2',
  printsNames: true,
  reclaimModel: 'split',
  movableModel: 'zone-bit',
  order: pairs(`${COMPOSITES_5} ${SINGLES_5} __GFP_ZEROTAGS=0x800000`),
  verified: ['6.0', '6.1'],
  notes: ['With CONFIG_KASAN_HW_TAGS (arm64 MTE) GFP_HIGHUSER_MOVABLE is 0x6100cca; not modelled.'],
};
export const GFP_5_18_SOURCES: readonly KernelSource[] = [
  src('6.0.1', 'HHRhr/linux-6.0.1', '70d362ee006cf8cd18158d0eb8e0e1a6f3f78790', GFP_TYPES_MMFLAGS),
  src('6.1.158', 'HDevices/linux-6.1.158', '21e2a0b7a9c51ee3e735fe205c053ba8b42899ba', GFP_TYPES_MMFLAGS),
];
