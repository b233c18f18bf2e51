/**
 * Which text encoding the bytes are in. Kernel logs are UTF-8 (or ASCII), but a log saved on Windows
 * (PowerShell's `>` redirection, Notepad's "Unicode") is UTF-16 with a byte order mark, and some tools
 * write UTF-16 without one. Anything else is read as UTF-8: invalid bytes become U+FFFD and are counted.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes of the head looked at for UTF-16 without a byte order mark. */
const SAMPLE = 512;
/** Share of the zero bytes that must sit at odd (or even) positions to call it UTF-16. */
const ZERO_SIDE_RATIO = 0.9;

export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  // ASCII text in UTF-16 has a zero in every other byte; binary data has its zeros anywhere.
  const n = Math.min(head.length, SAMPLE) & ~1;
  if (n < 16) return { encoding: 'utf-8', bom: false };
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * ZERO_SIDE_RATIO && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
  if (evenZeros >= pairs * ZERO_SIDE_RATIO && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8', bom: false };
}
