/**
 * The prefixes log transports put before kernel text, one sticky expression each (prefix.ts reads
 * them at the current position). Each matches a shape (bracket, weekday, month, day, time, year),
 * not words, so localized `dmesg -T` stamps (German, Chinese) match too.
 */

/** Also `dmesg -d`'s `[  123.456789 <    0.000123>]` with the delta since the previous line. */
export const DMESG_STAMP = /\[\s*(\d+\.\d+)(?:s| <\s*\d+\.\d+>)?\]/y;
/** `dmesg --time-format reltime` / `-e`: `[May 22 10:42]`, `[  +0.000042]` (no uptime in either). */
export const DMESG_RELTIME = /\[(?:\s*\+\d+\.\d+|[^\s\]]+ +\d{1,2} \d{1,2}:\d{2})\]/y;
export const CALLER_ID = /\[\s*[TC]\d+\]/y;
/** `dmesg -T`: `[Mon Nov 22 11:09:03 2021]`, `[Di Aug 12 03:54:03 2025]`, `[二 9月  3 10:00:00 2024]`. */
export const CTIME_STAMP = /\[[^\s\]]+ +[^\s\]]+ +\d{1,2} +\d{1,2}:\d{2}:\d{2} +\d{4}\]/y;
/** Android vendor kernels: `[1234:kworker/0:1]` (MTK, after `(cpu)`), `[pid:1,cpu0,swapper/0]` (HiSilicon). */
export const ANDROID_TAG = /(?:\(\d{1,4}\))?\[(?:pid:)?\d+[:,][^\]]{1,60}\]/y;
export const KMSG_PRIORITY = /<\d{1,3}>/y;
const FACILITY_NAMES = 'kern|user|mail|daemon|auth|authpriv|syslog|lpr|news|uucp|cron|ftp|local[0-7]';
const LEVEL_NAMES = 'emerg|alert|crit|err|error|warn|warning|notice|info|debug';
/** `<kern.warning>` (rsyslog templates) or bare `kern.warn` (busybox syslogd). */
export const FACILITY_TAG = new RegExp(`<?(?:${FACILITY_NAMES})\\.(?:${LEVEL_NAMES})>?(?= |$)`, 'y');
/** `dmesg -x`: `kern  :warn  : `. */
export const DMESG_DECODE = new RegExp(`(?:${FACILITY_NAMES}) *:(?:${LEVEL_NAMES}) *:`, 'y');
export const SYSLOG_TIME =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{1,2}:\d{2}:\d{2}(?:\.\d+)?/y;
export const MAIL_QUOTE = /(?:> ?)+/y;
export const EXPORT_MESSAGE = /MESSAGE=/y;
/** `journalctl -o short-unix`: `1714564800.123456 host kernel:`. */
export const UNIX_TIME = /\d{9,11}\.\d{1,9}(?= )/y;
/** `journalctl -o short-full`: `Tue 2024-05-07 10:11:12 CEST host kernel:`. */
export const FULL_TIME =
  /[A-Z][a-z]{1,3} \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [A-Z]{2,5}| [+-]\d{4})?(?= )/y;
/** A log viewer that keeps only the time of day: `19:50:58 kernel: ` (prefix.ts requires the kernel tag after it). */
export const TIME_ONLY = /\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?= )/y;
export const ISO_TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?= |$)/y;
/** Raw /dev/kmsg record: `priority,sequence,microseconds,flags;text`. */
export const KMSG_RECORD = /\d{1,3},\d+,(\d+),[^;]{0,8};/y;
/** syslog ident: `kernel:`, `sshd[123]:`, glued to its text or not. */
export const IDENT = /[\w.\-/@]+(?:\[\d+\])?:/y;
/** After a timestamp that does not imply a host field, only the unmistakable `host kernel:` form. */
export const HOST_KERNEL = /[^\s[\]]+ +(?:<?[a-z]+\.[a-z]+>? +)?kernel(?:\[\d+\])?:/y;
export const KERNEL_TAG = /kernel(?:\[\d+\])?:/y;
