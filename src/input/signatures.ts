/**
 * Formats people drop by mistake instead of a text log, told by their first bytes ("magic numbers").
 * Each signature is the one the format's own specification puts at offset 0 (or, for tar, at 257);
 * the same values are in file(1)'s magic database (`file/magic/Magdir/compress`, `archive`, `elf`).
 * gzip is not "binary" here: it is decompressed and what it holds is looked at instead.
 */

export type BinaryFormat =
  | 'gzip'
  | 'xz'
  | 'zstd'
  | 'bzip2'
  | 'lz4'
  | 'zip'
  | '7z'
  | 'tar'
  | 'systemd-journal'
  | 'elf'
  | 'kdump'
  | 'pdf'
  | 'png'
  | 'jpeg';

interface Signature {
  format: BinaryFormat;
  offset: number;
  bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const GZIP_MAGIC = [0x1f, 0x8b] as const;

const SIGNATURES: readonly Signature[] = [
  { format: 'gzip', offset: 0, bytes: GZIP_MAGIC }, // RFC 1952 §2.3.1 (only as content of a gzip, or pasted)
  { format: 'xz', offset: 0, bytes: [0xfd, ...ascii('7zXZ'), 0x00] }, // xz file format 1.0.4 §2.1.1.1
  { format: 'zstd', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] }, // RFC 8878 §3.1.1
  { format: 'bzip2', offset: 0, bytes: ascii('BZh') }, // "BZh" + block size digit
  { format: 'lz4', offset: 0, bytes: [0x04, 0x22, 0x4d, 0x18] }, // LZ4 frame format, magic 0x184D2204 LE
  { format: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // APPNOTE.TXT 4.3.7 local file header
  { format: '7z', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'tar', offset: 257, bytes: ascii('ustar') }, // POSIX ustar header magic
  { format: 'systemd-journal', offset: 0, bytes: ascii('LPKSHHRH') }, // systemd journal-def.h header signature
  { format: 'elf', offset: 0, bytes: [0x7f, ...ascii('ELF')] }, // also a raw /proc/vmcore
  { format: 'kdump', offset: 0, bytes: ascii('KDUMP   ') }, // makedumpfile's compressed kdump header
  { format: 'pdf', offset: 0, bytes: ascii('%PDF-') },
  { format: 'png', offset: 0, bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
];

/** Bytes of the head that every signature fits in. */
export const HEAD_BYTES = 512;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The format whose signature starts `head`, or null. */
export function formatOfBytes(head: Uint8Array): BinaryFormat | null {
  const at = (i: number) => head[i];
  return match(at, head.length);
}

/**
 * The same for text that was decoded already (a paste): a character below 256 stands for its byte,
 * and U+FFFD (what a decoder makes of an invalid byte) for any byte of 0x80 or more.
 */
export function formatOfText(text: string): BinaryFormat | null {
  const at = (i: number) => {
    const c = text.charCodeAt(i);
    return c === 0xfffd ? -1 : c < 256 ? c : -2;
  };
  return match(at, Math.min(text.length, HEAD_BYTES));
}

/** bzip2's "BZh" is followed by the block size, '1'..'9': "BZh" alone could start a word. */
function bzip2BlockSize(d: number): boolean {
  return d >= 0x31 && d <= 0x39;
}

/** After "ustar": POSIX has a NUL ("ustar\0" then version "00"), GNU tar two blanks and a NUL; text has neither. */
function tarMagicEnd(at: (i: number) => number): boolean {
  return at(262) === 0 || (at(262) === 0x20 && at(263) === 0x20 && at(264) === 0);
}

/** `at(i)`: the byte at i, -1 for "any byte ≥ 0x80", -2 for "no byte". */
function match(at: (i: number) => number, length: number): BinaryFormat | null {
  for (const s of SIGNATURES) {
    if (length < s.offset + s.bytes.length) continue;
    let ok = true;
    for (let i = 0; i < s.bytes.length && ok; i++) {
      const b = at(s.offset + i);
      ok = b === s.bytes[i] || (b === -1 && s.bytes[i] >= 0x80);
    }
    if (ok && s.format === 'bzip2') ok = bzip2BlockSize(at(3));
    if (ok && s.format === 'tar') ok = tarMagicEnd(at);
    if (ok) return s.format;
  }
  return null;
}
