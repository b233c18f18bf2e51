/**
 * Which plain-language meaning a gfp name has: an id of the catalogue's `gfp.meaning` (src/present/locales/{en,zh-CN}/gfp.ts),
 * so the words are in the reader's language while the names stay the kernel's. The questions users ask of a
 * mask: may it sleep, reclaim (directly or via kswapd), start IO, call into filesystems, use reserves, is it
 * charged to the memcg, and what retry/zero/compound semantics it asks for. A few names meant something else in
 * an earlier era: those get their own id (`<name>_wait`: the __GFP_WAIT era before 4.4; `__GFP_MOVABLE_plain`:
 * the plain bit of 2.6.23–2.6.30).
 */
import type { GfpTable } from '../types';

/** Every name with a meaning in the catalogue (a test checks both lists agree). */
export const MEANING_IDS: ReadonlySet<string> = new Set([
  '__GFP_DMA',
  '__GFP_HIGHMEM',
  '__GFP_DMA32',
  '__GFP_MOVABLE',
  '__GFP_RECLAIMABLE',
  '__GFP_WAIT',
  '__GFP_HIGH',
  '__GFP_IO',
  '__GFP_FS',
  '__GFP_COLD',
  '__GFP_NOWARN',
  '__GFP_REPEAT',
  '__GFP_RETRY_MAYFAIL',
  '__GFP_NOFAIL',
  '__GFP_NORETRY',
  '__GFP_NO_GROW',
  '__GFP_COMP',
  '__GFP_ZERO',
  '__GFP_NOMEMALLOC',
  '__GFP_MEMALLOC',
  '__GFP_HARDWALL',
  '__GFP_THISNODE',
  '__GFP_KMEMCG',
  '__GFP_ACCOUNT',
  '__GFP_NOACCOUNT',
  '__GFP_NOTRACK',
  '__GFP_NO_KSWAPD',
  '__GFP_OTHER_NODE',
  '__GFP_WRITE',
  '__GFP_ATOMIC',
  '__GFP_DIRECT_RECLAIM',
  '__GFP_KSWAPD_RECLAIM',
  '__GFP_RECLAIM',
  '__GFP_ZEROTAGS',
  '__GFP_SKIP_KASAN_POISON',
  '__GFP_NO_OBJ_EXT',
  'GFP_KERNEL',
  'GFP_KERNEL_ACCOUNT',
  'GFP_NOFS',
  'GFP_NOIO',
  'GFP_ATOMIC',
  'GFP_NOWAIT',
  'GFP_USER',
  'GFP_HIGHUSER',
  'GFP_HIGHUSER_MOVABLE',
  'GFP_TRANSHUGE',
  'GFP_TRANSHUGE_LIGHT',
  'GFP_TEMPORARY',
  'GFP_IOFS',
  'GFP_THISNODE',
  'GFP_DMA',
  'GFP_DMA32',
  '__GFP_RECLAIMABLE_wait',
  '__GFP_MOVABLE_plain',
  '__GFP_HIGH_wait',
  'unnamed',
  'unknown',
]);

/** The meaning id of `name` under `table`: `unnamed` for leftover bits (param: the table), `unknown` if none. */
export function meaningIdOf(name: string, table: GfpTable): string {
  if (name.startsWith('0x')) return 'unnamed';
  if (name === '__GFP_RECLAIMABLE' && table.reclaimModel === 'wait') return '__GFP_RECLAIMABLE_wait';
  if (name === '__GFP_MOVABLE' && table.movableModel === 'plain-bit') return '__GFP_MOVABLE_plain';
  if (name === '__GFP_HIGH' && table.reclaimModel === 'wait') return '__GFP_HIGH_wait';
  return MEANING_IDS.has(name) ? name : 'unknown';
}
