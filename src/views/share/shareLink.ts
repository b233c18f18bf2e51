/**
 * Share links: the selected event's raw lines, compressed into the URL fragment. The fragment never
 * reaches a server, so sharing uploads nothing; the link itself is the payload.
 */
import type { SourceLine } from '../../worker/protocol';
import { encodeShared } from './fragment';

/** Browsers cope with URLs of about 2 MB; stay well below so the link survives chat tools and mail. */
export const MAX_SHARE_CHARS = 512 * 1024;

export interface ShareResult {
  /** The `s=` value now in the address bar, or null when the event was too large. */
  encoded: string | null;
  note: string;
}

/** Puts the link in the address bar and tries to copy it; says what happened in one sentence. */
export async function shareEvent(source: SourceLine[]): Promise<ShareResult> {
  const encoded = await encodeShared(source.map((l) => l.raw).join('\n'));
  if (encoded.length > MAX_SHARE_CHARS) {
    const size = Math.ceil(encoded.length / 1024);
    return {
      encoded: null,
      note: `This event is too large for a link (${size} KiB compressed); share the log file instead.`,
    };
  }
  const url = `${location.origin}${location.pathname}${location.search}#s=${encoded}`;
  history.replaceState(null, '', `#s=${encoded}`);
  try {
    await navigator.clipboard.writeText(url);
    const size = Math.ceil(url.length / 1024);
    return {
      encoded,
      note: `Share link copied (${size} KiB). It carries this event’s lines in the link itself; nothing is uploaded.`,
    };
  } catch {
    return { encoded, note: 'The share link is now in the address bar: copy it from there. Nothing is uploaded.' };
  }
}
