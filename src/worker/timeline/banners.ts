/**
 * Finds the kernel's boot banner (`Linux version 6.1.1-arch1-1 (linux@archlinux) …`, printed first at every
 * boot, init/version.c linux_banner) in a chunk of the input, with its line number and prefix stamps, so the
 * timeline can show reboots. The parser skips such lines as quiet; one indexOf per chunk costs next to nothing.
 * A banner split across two chunks is missed (then the uptime going backwards still tells the reboot).
 */
import { createPrefixStripper } from '../../parse/prefix/prefix';

const NEEDLE = 'Linux version ';
const VERSION = /^Linux version \d/;

export interface FoundBanner {
  line: number;
  time: string | null;
  uptime: number | null;
}

/**
 * Banners in `chunk`. `linesBefore`: complete lines read before this chunk (the parser's lineCount), so
 * the chunk's first line is number linesBefore + 1.
 */
export function findBanners(chunk: string, linesBefore: number): FoundBanner[] {
  let at = chunk.indexOf(NEEDLE);
  if (at < 0) return [];
  const found: FoundBanner[] = [];
  const stripper = createPrefixStripper();
  let line = linesBefore + 1;
  let counted = 0;
  for (; at >= 0; at = chunk.indexOf(NEEDLE, at + NEEDLE.length)) {
    for (let nl = chunk.indexOf('\n', counted); nl >= 0 && nl < at; nl = chunk.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    const end = chunk.indexOf('\n', at);
    const stripped = stripper.strip(chunk.slice(counted, end < 0 ? chunk.length : end).replace(/\r$/, ''));
    if (VERSION.test(stripped.text)) found.push({ line, time: stripped.time, uptime: stripped.uptime });
  }
  return found;
}
