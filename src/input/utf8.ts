/** UTF-8 sizes of decoded text: what a file of it would hold (pasted text is counted in these bytes). */

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_RUNS = /[\x00-\x7f]+/g;

/** UTF-8 size of `text`; pure ASCII costs one regex scan. */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  // Count only the non-ASCII characters one by one: a paste is mostly ASCII with a few umlauts.
  const rest = text.replace(ASCII_RUNS, '');
  let bytes = text.length - rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    // A surrogate is half of a 4-byte character, so 2 bytes each (also when a chunk splits a pair).
    bytes += c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
