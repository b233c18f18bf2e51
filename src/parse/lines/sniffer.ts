/** Tells the user when the input is not text at all: a compressed or binary file read as text. */
import type { Diagnostic } from '../model';

/** Signatures of files people drop by mistake: compressed or binary journals read as text. */
const BINARY_SIGNATURES: [RegExp, string][] = [
  [/^\x1f[\x8b\ufffd]/, 'gzip-compressed data (decompress it, or open the .gz file itself)'],
  [/^LPKSHHRH/, 'a binary systemd journal file (export it with `journalctl -k -o short-precise`)'],
  [/^\ufffd7zXZ|^\xfd7zXZ/, 'xz-compressed data'],
  [/^BZh\d/, 'bzip2-compressed data'],
  [/^(?:\x28\ufffd\/\ufffd|\x28\xb5\x2f\xfd)/, 'zstd-compressed data'],
];

/** Binary input shows itself at once; scanning further would only cost time on huge logs. */
const SNIFF_CHARS = 1 << 20;

/** Looks at the start of the input and for NUL bytes, to tell the user when this is not text at all. */
export function createSniffer() {
  let first = true;
  let kind: string | null = null;
  let nulAt = -1;
  let seen = 0;
  return {
    look(chunk: string): void {
      if (first) {
        first = false;
        kind = BINARY_SIGNATURES.find(([re]) => re.test(chunk))?.[1] ?? null;
      }
      if (nulAt < 0 && seen < SNIFF_CHARS) {
        const at = chunk.indexOf('\0');
        if (at >= 0) nulAt = seen + at;
      }
      seen += chunk.length;
    },
    diagnostics(): Diagnostic[] {
      if (kind !== null) return [{ line: 1, severity: 'error', message: `This looks like ${kind}, not a text log.` }];
      if (nulAt >= 0) {
        return [
          {
            line: 1,
            severity: 'warning',
            message: `The input contains NUL bytes (first at character ${nulAt}): is it a binary file?`,
          },
        ];
      }
      return [];
    },
  };
}
