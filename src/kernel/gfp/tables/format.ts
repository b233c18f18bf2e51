/**
 * Compact notation for gfp tables: `NAME=0xHEX` pairs separated by whitespace, in print order.
 *
 * Why a string and not an object literal: the order *is* the data (the kernel's `%pGg` walks
 * its table top to bottom), and one pair per word keeps each table a few readable lines that
 * can be compared line by line with the kernel's `mmflags.h` / `gfp.h`.
 */
import type { KernelSource } from '../../types';

export type OrderEntry = readonly [string, number];

export function pairs(text: string): OrderEntry[] {
  const out: OrderEntry[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const eq = word.indexOf('=');
    if (eq <= 0) continue;
    out.push([word.slice(0, eq), Number.parseInt(word.slice(eq + 1), 16)]);
  }
  return out;
}

/**
 * A kernel tree that was read for a table (GitHub mirror + commit, as listed in gfp-flags.json). Marked free of
 * side effects so that the bundler drops the source lists, which only tests and docs read.
 */
/*#__NO_SIDE_EFFECTS__*/
export function src(kernel: string, repo: string, commit: string, files: string[] = GFP_H): KernelSource {
  return { kernel, repo, commit, files };
}

export const GFP_H = ['include/linux/gfp.h'];
export const GFP_H_MMFLAGS = ['include/linux/gfp.h', 'include/trace/events/mmflags.h'];
export const GFP_TYPES_MMFLAGS = ['include/linux/gfp.h', 'include/linux/gfp_types.h', 'include/trace/events/mmflags.h'];
