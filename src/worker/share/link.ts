/**
 * Share links: one event's lines in the URL fragment (which browsers never send to a server).
 *
 *   #v=2&n=<file name, percent-encoded>&l=<line ranges>&r=1&s=<base64url(deflate-raw(lines))>[&event=N]
 *
 * `v` the format version; `n` the file name; `l` the lines' original numbers (`120-340`); `r=1` when
 * identifying details were replaced; `s` the lines themselves, last, so a link cut short loses lines and not
 * its header. `event` (the app's view) may follow. A link of version 1 is `#s=…` alone.
 * Unpacking is defensive: each part is validated on its own (schemas.ts), inflating is capped, a cut link
 * opens the lines it still holds and says so.
 */
import * as v from 'valibot';
import type { SharedLog, ShareProblem, Unpacked } from '../protocol';
import { deflate, fromBase64Url, inflateCapped, toBase64Url } from './bytes';
import { countRangeLines, formatRanges } from './lineRanges';
import { LEGACY_LINK_VERSION, LINK_VERSION, MAX_FRAGMENT_CHARS, MAX_UNPACKED_BYTES } from './limits';
import { flagSchema, linkLinesSchema, linkNameSchema, linkNumberSchema, payloadSchema, versionSchema } from './schemas';
import { wholeLines } from './text';

/** The fragment's parts (first occurrence of each key wins), values raw. */
export function fragmentParts(fragment: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const piece of fragment.replace(/^#/, '').split('&')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const key = piece.slice(0, eq);
    if (!parts.has(key)) parts.set(key, piece.slice(eq + 1));
  }
  return parts;
}

/** The link fragment (no '#', no view) for `log`. */
export async function packLink(log: SharedLog): Promise<string> {
  const payload = toBase64Url(await deflate(new TextEncoder().encode(log.text)));
  const parts = [`v=${LINK_VERSION}`];
  if (log.name) parts.push(`n=${encodeURIComponent(log.name)}`);
  const count = log.text === '' ? 0 : log.text.split('\n').length;
  const fromOne = !log.lines || (log.lines.length === 1 && log.lines[0][0] === 1 && log.lines[0][1] === count);
  if (!fromOne && log.lines) parts.push(`l=${formatRanges(log.lines)}`);
  if (log.redacted) parts.push('r=1');
  parts.push(`s=${payload}`);
  return parts.join('&');
}

function check<T>(
  schema: v.GenericSchema<string, T>,
  raw: string | undefined,
  problems: ShareProblem[],
  part: ShareProblem['part'],
): T | null {
  if (raw === undefined) return null;
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  problems.push({ part, code: 'invalid' });
  return null;
}

export async function unpackLink(fragment: string): Promise<Unpacked> {
  const problems: ShareProblem[] = [];
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return {
      log: null,
      version: null,
      problems: [{ part: 'link', code: 'too-long', params: { limit: MAX_FRAGMENT_CHARS } }],
    };
  }
  const parts = fragmentParts(fragment);
  const rawVersion = parts.get('v');
  let version = check(versionSchema, rawVersion, problems, 'version');
  if (rawVersion === undefined) version = LEGACY_LINK_VERSION;
  else if (version === null) version = LINK_VERSION; // damaged: read it as the current format, and say so
  if (version > LINK_VERSION) {
    return {
      log: null,
      version,
      problems: [{ part: 'version', code: 'version', params: { version, known: LINK_VERSION } }],
    };
  }
  const legacy = version === LEGACY_LINK_VERSION;
  const rawPayload = parts.get('s');
  if (rawPayload === undefined)
    return { log: null, version, problems: [...problems, { part: 'log', code: 'missing' }] };
  const payload = check(payloadSchema, rawPayload, problems, 'log');
  if (payload === null) return { log: null, version, problems };

  const name = legacy ? null : check(linkNameSchema, parts.get('n'), problems, 'name');
  const ranges = legacy ? null : check(linkLinesSchema, parts.get('l'), problems, 'lines');
  const redacted = legacy ? false : (check(flagSchema, parts.get('r'), problems, 'link') ?? false);
  const event = check(linkNumberSchema, parts.get('event'), problems, 'view');
  const line = legacy ? null : check(linkNumberSchema, parts.get('h'), problems, 'view');

  const { bytes, cut } = fromBase64Url(payload);
  const inflated = await inflateCapped(bytes, MAX_UNPACKED_BYTES);
  const decoded = new TextDecoder().decode(inflated.bytes);
  const truncated = cut || inflated.broken;
  // A cut or capped stream ends mid-line: keep whole lines only.
  const text = truncated || inflated.capped ? wholeLines(decoded) : decoded;
  const count = text === '' ? 0 : text.split('\n').length;
  if (inflated.capped)
    problems.push({ part: 'log', code: 'too-large', params: { limit: MAX_UNPACKED_BYTES, lines: count } });
  else if (truncated) problems.push({ part: 'log', code: 'truncated', params: { lines: count } });
  if (count === 0) return { log: null, version, problems };
  if (ranges && !truncated && !inflated.capped && countRangeLines(ranges) !== count) {
    problems.push({ part: 'lines', code: 'mismatch', params: { lines: count, expected: countRangeLines(ranges) } });
  }
  return {
    log: { name, text, lines: ranges, view: { event, line }, redacted },
    version,
    problems,
  };
}
