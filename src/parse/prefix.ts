/**
 * Log prefix stripping. A kernel line reaches the user through dmesg, syslog, journald, busybox,
 * Android logcat dumps and copy-paste, each adding its own decoration in front of the kernel's
 * text — often several at once (`Nov 22 11:09:03 host kernel: [  123.456789] text`) and changing
 * within one paste. We peel prefixes off the start of the line one at a time until none matches.
 *
 * The kernel's own text is returned without leading or trailing whitespace: its only meaningful
 * indentation (Mem-Info continuations, stack frames) is one space that every section parser
 * already tolerates (they trim), and whole-paste indentation is indistinguishable from it.
 *
 * Hot path: dispatch on the first character, then sticky regexes at the current position (no
 * slicing until the end). Each pattern matches a *shape* (bracket, weekday token, month token,
 * day, time, year), not words, so localized `dmesg -T` stamps (German, Chinese) work too.
 */

/** Prefix styles as bits, so the hot path can OR them per line and the parser can report which
 * transports a paste went through (ParseStats.prefixStyles). */
export const PrefixStyle = {
  /** `[  123.456789]` monotonic dmesg stamp. */
  Dmesg: 1,
  /** `dmesg -T`: `[Mon Nov 22 11:09:03 2021]` in any locale. */
  DmesgCtime: 2,
  /** `Nov 22 11:09:03 host kernel:` (syslog, journalctl short). */
  Syslog: 4,
  /** `2024-05-01T12:00:00.123456+00:00 host kernel:` or `dmesg --time-format iso`. */
  Iso: 8,
  /** `<4>` kmsg priority. */
  KmsgPriority: 16,
  /** `<kern.warning>`, `kern.warn`, `kern  :warn  :` facility and level tags. */
  Facility: 32,
  /** `[ T1234]` / `[ C3]` printk caller ids. */
  CallerId: 64,
  /** `[1234:comm]`, `(3)[1234:comm]`, `[pid:1,cpu0,comm]` Android vendor kernels. */
  Android: 128,
  /** A bare `kernel:` tag. */
  KernelTag: 256,
  /** Raw /dev/kmsg records `6,1234,5678901,-;text`. */
  KmsgRecord: 512,
  /** The whole line (prefix included) was indented, as pasted into mail or a forum. */
  Indent: 1024,
} as const;

const NAMES: [number, string][] = [
  [PrefixStyle.Dmesg, 'dmesg'],
  [PrefixStyle.DmesgCtime, 'dmesg-T'],
  [PrefixStyle.Syslog, 'syslog'],
  [PrefixStyle.Iso, 'iso'],
  [PrefixStyle.KmsgPriority, 'kmsg-priority'],
  [PrefixStyle.Facility, 'facility'],
  [PrefixStyle.CallerId, 'caller-id'],
  [PrefixStyle.Android, 'android'],
  [PrefixStyle.KernelTag, 'kernel-tag'],
  [PrefixStyle.KmsgRecord, 'kmsg-record'],
  [PrefixStyle.Indent, 'indent'],
];

/** Names of the styles in a bitmask, in a fixed order, e.g. ['dmesg', 'syslog']. */
export function describeStyles(mask: number): string[] {
  const out: string[] = [];
  for (const [bit, name] of NAMES) if ((mask & bit) !== 0) out.push(name);
  return out;
}

export interface StrippedLine {
  /** The kernel's text with every prefix removed, trimmed. */
  text: string;
  /** Wall-clock stamp as printed (syslog, ISO, `dmesg -T`), else the dmesg stamp as printed; null if none. */
  time: string | null;
  /** Seconds since boot from a dmesg stamp or a /dev/kmsg record; null if none. */
  uptime: number | null;
  /** Bitmask of PrefixStyle values seen on this line; 0 when the line had no prefix. */
  style: number;
}

const CALLER_ID = /\[\s*[TC]\d+\]/y;
/** `dmesg -T`: `[Mon Nov 22 11:09:03 2021]`, `[Di Aug 12 03:54:03 2025]`, `[二 9月  3 10:00:00 2024]`. */
const CTIME_STAMP = /\[[^\s\]]+ +[^\s\]]+ +\d{1,2} +\d{1,2}:\d{2}:\d{2} +\d{4}\]/y;
/** Android vendor kernels: `[1234:kworker/0:1]` (MTK, after `(cpu)`), `[pid:1,cpu0,swapper/0]` (HiSilicon). */
const ANDROID_TAG = /(?:\(\d{1,4}\))?\[(?:pid:)?\d+[:,][^\]]{1,60}\]/y;
const KMSG_PRIORITY = /<\d{1,3}>/y;
const FACILITY_NAMES = 'kern|user|mail|daemon|auth|authpriv|syslog|lpr|news|uucp|cron|ftp|local[0-7]';
const LEVEL_NAMES = 'emerg|alert|crit|err|error|warn|warning|notice|info|debug';
/** `<kern.warning>` (rsyslog templates) or bare `kern.warn` (busybox syslogd). */
const FACILITY_TAG = new RegExp(`<?(?:${FACILITY_NAMES})\\.(?:${LEVEL_NAMES})>?(?= |$)`, 'y');
/** `dmesg -x`: `kern  :warn  : `. */
const DMESG_DECODE = new RegExp(`(?:${FACILITY_NAMES}) *:(?:${LEVEL_NAMES}) *:`, 'y');
/** Raw /dev/kmsg record: `priority,sequence,microseconds,flags;text`. */
const KMSG_RECORD = /\d{1,3},\d+,\d+,[^;]{0,8};/y;
/** After a timestamp that does not imply a host field, only the unmistakable `host kernel:` form. */
const HOST_KERNEL = /[^\s[\]]+ +(?:<?[a-z]+\.[a-z]+>? +)?kernel(?:\[\d+\])?:/y;

const SPACE = 32;
const TAB = 9;

/** End of `re`'s match at `pos` (sticky test, so no match array is allocated), or -1. */
function endOf(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(s) ? re.lastIndex : -1;
}

function skipSpace(s: string, pos: number): number {
  let c = s.charCodeAt(pos);
  while (c === SPACE || c === TAB) c = s.charCodeAt(++pos);
  return pos;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A short lower-case word followed by `.`, `:` or a space: worth trying the facility patterns. */
function mayBeFacility(s: string, pos: number): boolean {
  if (s.charCodeAt(pos) === 60 /* < */) return true;
  let end = pos;
  while (end - pos < 9 && isLower(s.charCodeAt(end))) end++;
  const c = s.charCodeAt(end);
  return end > pos && (c === 46 /* . */ || c === 58 /* : */ || c === SPACE);
}

/** After a syslog timestamp: `host`, `host:`, `host <kern.warning> kernel:`, `host kernel:`, `kernel:` (empty host). */
function skipSyslogHost(s: string, pos: number): number {
  pos = skipSpace(s, pos);
  const kernel = kernelTagEnd(s, pos);
  if (kernel >= 0) return kernel;
  let end = s.indexOf(' ', pos);
  if (end < 0) end = s.length;
  if (end === pos) return pos;
  if (s.charCodeAt(end - 1) === 58 /* : */) return end; // `host: text`
  let next = skipSpace(s, end);
  const facility = mayBeFacility(s, next) ? endOf(FACILITY_TAG, s, next) : -1;
  if (facility >= 0) next = skipSpace(s, facility);
  const ident = identEnd(s, next);
  if (ident >= 0) return ident;
  return facility >= 0 ? next : end;
}

/** The one spot an ISO stamp or a dmesg stamp may be followed by a `host kernel:` pair (journalctl -o short-iso / short-monotonic). */
function skipHostKernel(s: string, pos: number): number {
  const start = skipSpace(s, pos);
  const space = s.indexOf(' ', start);
  if (space < 0) return pos;
  const c = s.charCodeAt(space + 1);
  if (!(s.startsWith(' kernel', space) || c === 60 /* < */ || s.startsWith(' kern.', space))) return pos;
  const end = endOf(HOST_KERNEL, s, start);
  return end >= 0 ? end : pos;
}

/*
 * Hand-written scanners for the shapes on almost every line (syslog time, dmesg stamp, ISO time,
 * ident): a few charCode comparisons instead of a regex run per line. Each returns the end of its
 * match at `pos`, or -1.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of a run of `min`..`max` digits at `pos`, or -1. */
function digitsEnd(s: string, pos: number, min: number, max: number): number {
  let end = pos;
  while (end - pos < max && isDigit(s.charCodeAt(end))) end++;
  return end - pos >= min ? end : -1;
}

function expect(s: string, pos: number, code: number): number {
  return pos >= 0 && s.charCodeAt(pos) === code ? pos + 1 : -1;
}

const MONTH_KEYS = new Set(
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
    (m) => m.charCodeAt(0) * 65536 + m.charCodeAt(1) * 256 + m.charCodeAt(2),
  ),
);

/** `HH:MM:SS` (hour with 1 or 2 digits) at `pos`. */
function clockEnd(s: string, pos: number): number {
  let p = digitsEnd(s, pos, 1, 2);
  p = expect(s, p, 58 /* : */);
  p = p < 0 ? -1 : digitsEnd(s, p, 2, 2);
  p = expect(s, p, 58);
  return p < 0 ? -1 : digitsEnd(s, p, 2, 2);
}

/** Fraction of a second `.123456` (or `,123456` when `comma`), optional. */
function fractionEnd(s: string, pos: number, comma: boolean): number {
  const c = s.charCodeAt(pos);
  if (c !== 46 && !(comma && c === 44)) return pos;
  const end = digitsEnd(s, pos + 1, 1, 9);
  return end < 0 ? pos : end;
}

/** `Nov 22 11:09:03` / `Nov  2 11:09:03.123456`. */
function syslogTimeEnd(s: string, pos: number): number {
  if (s.charCodeAt(pos + 3) !== SPACE) return -1;
  if (!MONTH_KEYS.has(s.charCodeAt(pos) * 65536 + s.charCodeAt(pos + 1) * 256 + s.charCodeAt(pos + 2))) return -1;
  let p = digitsEnd(s, skipSpace(s, pos + 3), 1, 2);
  p = expect(s, p, SPACE);
  p = p < 0 ? -1 : clockEnd(s, p);
  return p < 0 ? -1 : fractionEnd(s, p, false);
}

/** `2024-05-01T12:00:00.123456+00:00` (also `,` fractions, `Z`, `+0000`, a space for the `T`); a space or the end must follow. */
function isoTimeEnd(s: string, pos: number): number {
  let p = digitsEnd(s, pos, 4, 4);
  p = expect(s, p, 45 /* - */);
  p = p < 0 ? -1 : digitsEnd(s, p, 2, 2);
  p = expect(s, p, 45);
  p = p < 0 ? -1 : digitsEnd(s, p, 2, 2);
  if (p < 0 || (s.charCodeAt(p) !== 84 /* T */ && s.charCodeAt(p) !== SPACE)) return -1;
  p = clockEnd(s, p + 1);
  if (p < 0) return -1;
  p = fractionEnd(s, p, true);
  const c = s.charCodeAt(p);
  if (c === 90 /* Z */) p++;
  else if (c === 43 /* + */ || c === 45 /* - */) {
    let q = digitsEnd(s, p + 1, 2, 2);
    if (q >= 0 && s.charCodeAt(q) === 58) q++;
    q = q < 0 ? -1 : digitsEnd(s, q, 2, 2);
    if (q < 0) return -1;
    p = q;
  }
  return p === s.length || s.charCodeAt(p) === SPACE ? p : -1;
}

/** Seconds of the last stamp dmesgStampEnd() accepted: a slot, so the hot path allocates nothing. */
let scannedUptime = 0;

/** `[  123.456789]` (also `[ 4.123456s]`); leaves the seconds in scannedUptime. */
function dmesgStampEnd(s: string, pos: number): number {
  const intStart = skipSpace(s, pos + 1);
  const intEnd = digitsEnd(s, intStart, 1, 12);
  if (intEnd < 0 || s.charCodeAt(intEnd) !== 46) return -1;
  const fracEnd = digitsEnd(s, intEnd + 1, 1, 9);
  if (fracEnd < 0) return -1;
  let p = fracEnd;
  if (s.charCodeAt(p) === 115 /* s */) p++;
  if (s.charCodeAt(p) !== 93 /* ] */) return -1;
  let seconds = 0;
  for (let i = intStart; i < intEnd; i++) seconds = seconds * 10 + s.charCodeAt(i) - 48;
  let fraction = 0;
  for (let i = intEnd + 1; i < fracEnd; i++) fraction = fraction * 10 + s.charCodeAt(i) - 48;
  scannedUptime = seconds + fraction / 10 ** (fracEnd - intEnd - 1);
  return p + 1;
}

function isIdentChar(c: number): boolean {
  // [A-Za-z0-9_.\-/@]
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    isDigit(c) ||
    c === 95 ||
    c === 46 ||
    c === 45 ||
    c === 47 ||
    c === 64
  );
}

/** syslog ident: `kernel:`, `sshd[123]:`, `postfix/smtpd[9]:`, glued to its text or not. */
function identEnd(s: string, pos: number): number {
  let p = pos;
  while (isIdentChar(s.charCodeAt(p))) p++;
  if (p === pos) return -1;
  if (s.charCodeAt(p) === 91 /* [ */) {
    p = digitsEnd(s, p + 1, 1, 10);
    p = expect(s, p, 93 /* ] */);
    if (p < 0) return -1;
  }
  return expect(s, p, 58 /* : */);
}

/** `kernel:` or `kernel[0]:`. */
function kernelTagEnd(s: string, pos: number): number {
  if (!s.startsWith('kernel', pos)) return -1;
  let p = pos + 6;
  if (s.charCodeAt(p) === 91 /* [ */) p = expect(s, digitsEnd(s, p + 1, 1, 10), 93 /* ] */);
  return expect(s, p, 58 /* : */);
}

/** Style of the last bracketAt() match: a module-level slot so the hot path allocates nothing. */
let bracketStyle = 0;

/** End of the bracketed prefix at `pos` (`[` seen), or -1; its style is left in bracketStyle. */
function bracketAt(s: string, pos: number): number {
  const first = s.charCodeAt(skipSpace(s, pos + 1));
  let end = -1;
  if (first >= 48 && first <= 57) {
    bracketStyle = PrefixStyle.Dmesg;
    if ((end = dmesgStampEnd(s, pos)) >= 0) return end;
  }
  if (first === 84 /* T */ || first === 67 /* C */) {
    bracketStyle = PrefixStyle.CallerId;
    if ((end = endOf(CALLER_ID, s, pos)) >= 0) return end;
  }
  if ((first >= 48 && first <= 57) || s.startsWith('[pid:', pos)) {
    bracketStyle = PrefixStyle.Android;
    if ((end = endOf(ANDROID_TAG, s, pos)) >= 0) return end;
  }
  bracketStyle = PrefixStyle.DmesgCtime;
  return endOf(CTIME_STAMP, s, pos);
}

export function stripPrefix(raw: string): StrippedLine {
  let pos = skipSpace(raw, 0);
  const indented = pos > 0;
  let style = 0;
  let wallTime: string | null = null;
  let stamp: string | null = null;
  let uptime: number | null = null;
  for (;;) {
    const c = raw.charCodeAt(pos);
    let end = -1;
    if (c === 91 /* [ */) {
      end = bracketAt(raw, pos);
      if (end >= 0) {
        style |= bracketStyle;
        if (bracketStyle === PrefixStyle.Dmesg) {
          stamp ??= raw.slice(pos, end);
          uptime ??= scannedUptime;
          end = skipHostKernel(raw, end);
        } else if (bracketStyle === PrefixStyle.DmesgCtime) {
          wallTime ??= raw.slice(pos + 1, end - 1);
        }
      }
    } else if (c === 60 /* < */) {
      end = endOf(KMSG_PRIORITY, raw, pos);
      if (end >= 0) style |= PrefixStyle.KmsgPriority;
      else if ((end = endOf(FACILITY_TAG, raw, pos)) >= 0) style |= PrefixStyle.Facility;
    } else if (c >= 48 && c <= 57 /* 0-9 */) {
      if ((end = isoTimeEnd(raw, pos)) >= 0) {
        style |= PrefixStyle.Iso;
        wallTime ??= raw.slice(pos, end);
        end = skipHostKernel(raw, end);
      } else if ((end = endOf(KMSG_RECORD, raw, pos)) >= 0) {
        style |= PrefixStyle.KmsgRecord;
        uptime ??= parseInt(raw.slice(pos, end).split(',')[2], 10) / 1e6;
      }
    } else if (c >= 65 && c <= 90 /* A-Z */) {
      if ((end = syslogTimeEnd(raw, pos)) >= 0) {
        style |= PrefixStyle.Syslog;
        wallTime ??= raw.slice(pos, end);
        end = skipSyslogHost(raw, end);
      }
    } else if (c === 40 /* ( */) {
      if ((end = endOf(ANDROID_TAG, raw, pos)) >= 0) style |= PrefixStyle.Android;
    } else if (isLower(c)) {
      if ((end = kernelTagEnd(raw, pos)) >= 0) style |= PrefixStyle.KernelTag;
      else if (mayBeFacility(raw, pos)) {
        end = endOf(DMESG_DECODE, raw, pos);
        if (end < 0) end = endOf(FACILITY_TAG, raw, pos);
        if (end >= 0) style |= PrefixStyle.Facility;
      }
    }
    if (end < 0) break;
    pos = skipSpace(raw, end);
  }
  if (indented && style !== 0) style |= PrefixStyle.Indent;
  let end = raw.length;
  let last = raw.charCodeAt(end - 1);
  while (end > pos && (last === SPACE || last === TAB)) last = raw.charCodeAt(--end - 1);
  const text = pos === 0 && end === raw.length ? raw : raw.slice(pos, end);
  return { text, time: wallTime ?? stamp, uptime, style };
}
