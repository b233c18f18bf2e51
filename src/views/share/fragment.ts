/**
 * The URL fragment is the app's only memory across reloads and the carrier of share links:
 * `#event=N` remembers the selected event, `#sample=id` the built-in sample shown, and
 * `#s=<base64url deflate-raw>` carries a shared log.
 * The fragment is never sent to a server, which is why shared logs go there and nowhere else.
 */

export interface FragmentState {
  event: number | null;
  shared: string | null;
  /** A built-in sample's id, so a reload reopens the same sample. */
  sample?: string | null;
}

export function parseFragment(hash: string): FragmentState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventText = params.get('event');
  const event = eventText != null && /^\d+$/.test(eventText) ? Number(eventText) : null;
  const shared = params.get('s');
  const sample = params.get('sample');
  return { event, shared: shared ? shared : null, sample: sample && /^[a-z0-9-]+$/.test(sample) ? sample : null };
}

export function formatFragment(state: FragmentState): string {
  const parts: string[] = [];
  // base64url has no '&' or '=' (padding is stripped), so the value needs no escaping.
  if (state.shared) parts.push(`s=${state.shared}`);
  else if (state.sample) parts.push(`sample=${state.sample}`);
  if (state.event != null) parts.push(`event=${state.event}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipeThrough(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Compress a log into the `s=` value of a share link. */
export async function encodeShared(text: string): Promise<string> {
  const packed = await pipeThrough(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(packed);
}

/** Inverse of encodeShared; null when the value is damaged (a truncated link), never a throw. */
export async function decodeShared(value: string): Promise<string | null> {
  try {
    const bytes = await pipeThrough(fromBase64Url(value), new DecompressionStream('deflate-raw'));
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}
