/**
 * The byte plumbing of a share link: base64url (no padding, URL-safe, so a fragment needs no escaping) and
 * raw deflate through the browser's own CompressionStream. Inflating is capped: the compressed bytes are
 * fed in small slices and reading stops at the cap, so a deflate bomb (1 KiB can inflate to 1 MiB) never
 * gets far past it.
 */

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * base64url → bytes. A length of 4k+1 cannot come from whole bytes: the link was cut, and the last character
 * is dropped (`cut`). The caller has checked the alphabet.
 */
export function fromBase64Url(text: string): { bytes: Uint8Array<ArrayBuffer>; cut: boolean } {
  const cut = text.length % 4 === 1;
  const whole = cut ? text.slice(0, -1) : text;
  const b64 = whole.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return { bytes, cut };
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export interface Inflated {
  bytes: Uint8Array;
  /** Stopped at the cap: there was more. */
  capped: boolean;
  /** The stream ended early or was corrupt; `bytes` holds what came out before. */
  broken: boolean;
}

/** Compressed bytes fed per step: at most ~1,032 times this comes out of one step (deflate's best ratio). */
const FEED_BYTES = 1024;

export async function inflateCapped(input: Uint8Array<ArrayBuffer>, cap: number): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let capped = false;
  let broken = false;
  // Writes go on in the background; each waits until the previous slice's output has been read.
  const feeding = (async () => {
    for (let at = 0; at < input.length && !capped; at += FEED_BYTES) {
      await writer.ready;
      await writer.write(input.subarray(at, at + FEED_BYTES));
    }
    await writer.close();
  })().catch(() => {
    /* the read side reports the failure */
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total + value.length >= cap) {
        chunks.push(value.subarray(0, cap - total));
        total = cap;
        capped = true;
        break;
      }
      chunks.push(value);
      total += value.length;
    }
  } catch {
    broken = true;
  }
  if (capped) {
    await reader.cancel().catch(() => {});
    await writer.abort().catch(() => {});
  }
  await feeding;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, capped, broken };
}
