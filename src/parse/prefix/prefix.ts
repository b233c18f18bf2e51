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
 *
 * A stripper remembers the last prefix it read (see Settled), so each parse owns one
 * (createPrefixStripper): two parses in one process never see each other's lines.
 */

import { detach } from '../lines/strings';
import { PrefixStyle } from './styles';
import { fromJournalJson } from './journalJson';
import {
  DMESG_STAMP,
  DMESG_RELTIME,
  CALLER_ID,
  CTIME_STAMP,
  ANDROID_TAG,
  KMSG_PRIORITY,
  FACILITY_TAG,
  DMESG_DECODE,
  SYSLOG_TIME,
  MAIL_QUOTE,
  EXPORT_MESSAGE,
  UNIX_TIME,
  TIME_ONLY,
  FULL_TIME,
  ISO_TIME,
  KMSG_RECORD,
  IDENT,
  HOST_KERNEL,
  KERNEL_TAG,
} from './patterns';

export interface StrippedLine {
  /** The kernel's text with every prefix removed, trimmed. */
  text: string;
  /** Wall-clock stamp as printed (syslog, ISO, `dmesg -T`), else the dmesg stamp as printed; null if none. */
  time: string | null;
  /** Seconds since boot from a dmesg stamp or a /dev/kmsg record; null if none. */
  uptime: number | null;
  /** Bitmask of PrefixStyle values seen on this line; 0 when the line had no prefix. */
  style: number;
  /**
   * The program a syslog/journal prefix named when it is not the kernel (`systemd`, `containerd`,
   * `node-problem-detector-startup.sh`): the text is that program's, not a kernel line. Null otherwise.
   */
  source: string | null;
}

const SPACE = 32;
const TAB = 9;
const K = 107;

/** First characters of FACILITY_TAG and DMESG_DECODE: `<` and the facility names' initials (`kern`, `user`, ...). */
const FACILITY_STARTS = new Set([...'<kumdaslnucf'].map((ch) => ch.charCodeAt(0)));
function mayStartFacility(c: number): boolean {
  return FACILITY_STARTS.has(c);
}

/** Cheap shape tests before the digit-led stamp expressions: the separator each needs at a fixed place. */
const charAt = (s: string, at: number, code: number): boolean => s.charCodeAt(at) === code;
const mayBeIso = (s: string, pos: number): boolean => charAt(s, pos + 4, 45 /* - */);
const mayBeKmsgRecord = (s: string, pos: number): boolean =>
  charAt(s, pos + 1, 44) || charAt(s, pos + 2, 44) || charAt(s, pos + 3, 44); /* , */
const mayBeUnixTime = (s: string, pos: number): boolean =>
  charAt(s, pos + 9, 46) || charAt(s, pos + 10, 46) || charAt(s, pos + 11, 46); /* . */

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function skipSpace(s: string, pos: number): number {
  let c = s.charCodeAt(pos);
  while (c === SPACE || c === TAB) c = s.charCodeAt(++pos);
  return pos;
}

/**
 * A bracket no bracketed prefix can start: a task row's pid cell `[  246]` or an old stack frame
 * `[<ffffffff8116d84c>]`. Every bracketed prefix needs a dot, a colon, a comma, `T`/`C`/`+`, or a
 * blank inside its first token; a report has thousands of these lines, and each would otherwise
 * cost five failing expressions.
 */
function isBracketedWord(s: string, pos: number): boolean {
  let i = skipSpace(s, pos + 1);
  const from = i;
  let c = s.charCodeAt(i);
  if (i === pos + 1 && c === 60 /* < */) {
    while (c !== 93 /* ] */ && c !== SPACE && c !== TAB && i < s.length) c = s.charCodeAt(++i);
    return c === 93;
  }
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  return i > from && s.charCodeAt(skipSpace(s, i)) === 93;
}

/** `19:50:58 ` (cheap shape test before TIME_ONLY): a colon after one or two digits. */
const mayBeTimeOnly = (s: string, pos: number): boolean => charAt(s, pos + 2, 58) || charAt(s, pos + 1, 58);

/**
 * The program of a syslog ident `name[pid]:` when it is not the kernel's. Only the `[pid]` form counts:
 * the kernel never logs with a pid, while a bare `word:` may be a host name or kernel text a prefix lost.
 */
function programOf(s: string, start: number, end: number): string | null {
  if (s.charCodeAt(end - 2) !== 93 /* ] */) return null;
  const open = s.lastIndexOf('[', end - 2);
  if (open <= start) return null;
  const name = s.slice(start, open);
  return name === 'kernel' ? null : name;
}

/** `Tue 2024-`, `Di 2024-`: a short word, a space and a digit (cheap test before FULL_TIME). */
function yearAfterWeekday(s: string, pos: number): boolean {
  for (let i = pos + 2; i <= pos + 4; i++) {
    const d = s.charCodeAt(i + 1);
    if (s.charCodeAt(i) === SPACE) return d >= 48 && d <= 57;
  }
  return false;
}

/**
 * The lines of one report usually share their prefix up to the stamp that changes
 * (`Apr 01 14:13:32 mysrv <kern.warning> kernel:` for every line printed in that second). The
 * last such prefix is remembered with what it meant, and a line that starts with it resumes
 * reading right after it. Only prefixes read without looking past their own end are remembered
 * (syslog and ISO headers ending in an ident's `:`, dmesg -T stamps, priority and facility tags),
 * so the text that follows cannot change what they meant: the result is the same as reading the
 * line from its start (prefix.test.ts checks that on every fixture line).
 */
interface Settled {
  prefix: string;
  indented: boolean;
  style: number;
  wallTime: string | null;
  source: string | null;
}

export function createPrefixStripper(): PrefixStripper {
  return new PrefixStripper();
}

export class PrefixStripper {
  private settled: Settled | null = null;
  /**
   * Whether the host part just skipped ended on its own terms (an ident's or host's `:`), so the
   * reading did not depend on the text after it (see Settled).
   */
  private hostSelfDelimited = false;
  /** The non-kernel program the host part just skipped named (see StrippedLine.source). */
  private hostSource: string | null = null;

  /** Forget the remembered prefix (tests compare reading with and without it). */
  forget(): void {
    this.settled = null;
  }

  strip(raw: string): StrippedLine {
    let pos = skipSpace(raw, 0);
    if (raw.charCodeAt(pos) === 123 /* { */) {
      const json = fromJournalJson(raw);
      if (json)
        return {
          text: json.text,
          time: json.time,
          uptime: json.uptime,
          style: PrefixStyle.Journal,
          source: json.source,
        };
    }
    let indented = pos > 0;
    let style = 0;
    let wallTime: string | null = null;
    let stamp: string | null = null;
    let uptime: number | null = null;
    let source: string | null = null;
    /** End of the prefix read so far without looking past it, while that holds (-1 once it does not). */
    let settledEnd = 0;
    let settledStyle = 0;
    let settledTime: string | null = null;
    let settledSource: string | null = null;
    const known = this.settled;
    if (known !== null && raw.startsWith(known.prefix)) {
      indented = known.indented;
      style = known.style;
      wallTime = known.wallTime;
      source = known.source;
      pos = skipSpace(raw, known.prefix.length);
      settledEnd = -1; // keep the remembered prefix
    }
    for (;;) {
      const c = raw.charCodeAt(pos);
      let m: RegExpExecArray | null = null;
      let next = -1;
      /** This step's reading ended inside what it consumed (see Settled). */
      let selfDelimited = false;
      if (c === 91 /* [ */) {
        if (isBracketedWord(raw, pos)) break;
        if ((m = matchAt(DMESG_STAMP, raw, pos))) {
          style |= PrefixStyle.Dmesg;
          stamp ??= m[0];
          uptime ??= parseFloat(m[1]);
          next = this.skipHostKernel(raw, pos + m[0].length);
        } else if ((m = matchAt(CALLER_ID, raw, pos))) style |= PrefixStyle.CallerId;
        else if ((m = matchAt(CTIME_STAMP, raw, pos))) {
          style |= PrefixStyle.DmesgCtime;
          wallTime ??= m[0].slice(1, -1);
          selfDelimited = true;
        } else if ((m = matchAt(ANDROID_TAG, raw, pos))) style |= PrefixStyle.Android;
        else if ((m = matchAt(DMESG_RELTIME, raw, pos))) style |= PrefixStyle.DmesgCtime;
      } else if (c === 62 /* > */) {
        // Mail quoting (`> `, `>> `): kernel text never starts with `>`.
        m = matchAt(MAIL_QUOTE, raw, pos);
        style |= PrefixStyle.Quote;
      } else if (c === 60 /* < */) {
        if ((m = matchAt(KMSG_PRIORITY, raw, pos))) style |= PrefixStyle.KmsgPriority;
        else if ((m = matchAt(FACILITY_TAG, raw, pos))) style |= PrefixStyle.Facility;
        selfDelimited = true;
      } else if (c >= 48 && c <= 57 /* 0-9 */) {
        if (mayBeIso(raw, pos) && (m = matchAt(ISO_TIME, raw, pos))) {
          style |= PrefixStyle.Iso;
          wallTime ??= m[0];
          next = this.skipHostKernel(raw, pos + m[0].length);
          selfDelimited = this.hostSelfDelimited;
        } else if (mayBeKmsgRecord(raw, pos) && (m = matchAt(KMSG_RECORD, raw, pos))) {
          style |= PrefixStyle.KmsgRecord;
          uptime ??= parseInt(m[1], 10) / 1e6;
        } else if (mayBeUnixTime(raw, pos) && (m = matchAt(UNIX_TIME, raw, pos))) {
          style |= PrefixStyle.Iso;
          wallTime ??= m[0];
          next = this.skipHostKernel(raw, pos + m[0].length);
        } else if (mayBeTimeOnly(raw, pos) && (m = matchAt(TIME_ONLY, raw, pos))) {
          // `19:50:58 kernel: ` (a log viewer that keeps only the time): only with the kernel's tag after it,
          // for kernel text may start with a time too.
          const after = this.skipKernelTag(raw, pos + m[0].length);
          if (after < 0) m = null;
          else {
            style |= PrefixStyle.TimeOnly;
            wallTime ??= m[0];
            next = after;
            selfDelimited = true;
          }
        }
      } else if (c >= 65 && c <= 90 /* A-Z */) {
        if (raw.startsWith('MESSAGE=', pos)) {
          // `journalctl -o export`: the other KEY=value lines of a record carry no kernel text.
          m = matchAt(EXPORT_MESSAGE, raw, pos);
          style |= PrefixStyle.Journal;
        } else if ((m = matchAt(SYSLOG_TIME, raw, pos))) {
          style |= PrefixStyle.Syslog;
          wallTime ??= m[0];
          next = this.skipSyslogHost(raw, pos + m[0].length);
          selfDelimited = this.hostSelfDelimited;
          source ??= this.hostSource;
        } else if (yearAfterWeekday(raw, pos) && (m = matchAt(FULL_TIME, raw, pos))) {
          style |= PrefixStyle.Iso;
          wallTime ??= m[0];
          next = this.skipSyslogHost(raw, pos + m[0].length);
          selfDelimited = this.hostSelfDelimited;
          source ??= this.hostSource;
        }
      } else if (c === 40 /* ( */) {
        if ((m = matchAt(ANDROID_TAG, raw, pos))) style |= PrefixStyle.Android;
      } else if (c >= 97 && c <= 122 /* a-z */) {
        if (c === K && (m = matchAt(KERNEL_TAG, raw, pos))) style |= PrefixStyle.KernelTag;
        else if (mayStartFacility(c)) {
          if ((m = matchAt(DMESG_DECODE, raw, pos))) style |= PrefixStyle.Facility;
          else if ((m = matchAt(FACILITY_TAG, raw, pos))) style |= PrefixStyle.Facility;
        }
        selfDelimited = true;
      }
      if (m === null) break;
      pos = skipSpace(raw, next >= 0 ? next : pos + m[0].length);
      if (settledEnd < 0) continue;
      if (!selfDelimited || stamp !== null || uptime !== null) {
        settledEnd = -1;
      } else {
        settledEnd = pos;
        settledStyle = style;
        settledTime = wallTime;
        settledSource = source;
      }
    }
    // A prefix that ends the line may have been read with a look at the end (`$`): not remembered.
    if (settledEnd > 0 && settledEnd < raw.length) {
      this.settled = {
        prefix: detach(raw.slice(0, settledEnd)),
        indented,
        style: settledStyle,
        wallTime: settledTime,
        source: settledSource,
      };
    }
    if (indented && style !== 0) style |= PrefixStyle.Indent;
    let end = raw.length;
    let last = raw.charCodeAt(end - 1);
    while (end > pos && (last === SPACE || last === TAB)) last = raw.charCodeAt(--end - 1);
    const text = pos === 0 && end === raw.length ? raw : raw.slice(pos, end);
    return { text, time: wallTime ?? stamp, uptime, style, source };
  }

  /** After a syslog timestamp: `host`, `host:`, `host <kern.warning> kernel:`, `host kernel:`, `kernel:` (empty host). */
  private skipSyslogHost(s: string, pos: number): number {
    this.hostSelfDelimited = true;
    this.hostSource = null;
    pos = skipSpace(s, pos);
    const kernel = s.charCodeAt(pos) === K ? matchAt(KERNEL_TAG, s, pos) : null;
    if (kernel) return pos + kernel[0].length;
    let end = pos;
    while (end < s.length && s.charCodeAt(end) !== SPACE && s.charCodeAt(end) !== TAB) end++;
    if (s.charCodeAt(end - 1) === 58 /* : */ && end > pos) {
      // `host: text`, or an empty host and a program's `name[pid]:` (journalctl without a host name).
      this.hostSource = programOf(s, pos, end);
      return end;
    }
    this.hostSelfDelimited = false;
    if (end === pos) return pos;
    let next = skipSpace(s, end);
    const facility = mayStartFacility(s.charCodeAt(next)) ? matchAt(FACILITY_TAG, s, next) : null;
    if (facility) next = skipSpace(s, next + facility[0].length);
    const ident = matchAt(IDENT, s, next);
    if (ident) {
      this.hostSelfDelimited = true;
      this.hostSource = programOf(s, next, next + ident[0].length);
      return next + ident[0].length;
    }
    return facility ? next : end;
  }

  /** After a time-only stamp: `kernel:` or `host kernel:`; -1 when neither follows. */
  private skipKernelTag(s: string, pos: number): number {
    const start = skipSpace(s, pos);
    if (start === pos) return -1;
    const tag = s.charCodeAt(start) === K ? matchAt(KERNEL_TAG, s, start) : null;
    if (tag) return start + tag[0].length;
    const hostKernel = s.indexOf('kernel', start) >= 0 ? matchAt(HOST_KERNEL, s, start) : null;
    return hostKernel ? start + hostKernel[0].length : -1;
  }

  /** The one spot an ISO stamp or a dmesg stamp may be followed by a `host kernel:` pair (journalctl -o short-iso / short-monotonic). */
  private skipHostKernel(s: string, pos: number): number {
    const start = skipSpace(s, pos);
    // The literal first: most stamped lines have no `kernel` after the stamp.
    const m = s.indexOf('kernel', start) >= 0 ? matchAt(HOST_KERNEL, s, start) : null;
    this.hostSelfDelimited = m !== null;
    return m ? start + m[0].length : pos;
  }
}
