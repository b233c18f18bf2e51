/** The transports a log line can come through, named for the report of what a paste went through. */
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
  /** Mail quoting: `> ` in front of each line of a forwarded report. */
  Quote: 2048,
  /** `journalctl -o json` (one object per line) or `-o export` (`MESSAGE=` lines). */
  Journal: 4096,
  /** `19:50:58 kernel:`: a time of day and the kernel tag, no date (log viewers, chat pastes). */
  TimeOnly: 8192,
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
  [PrefixStyle.Quote, 'quote'],
  [PrefixStyle.Journal, 'journal-export'],
  [PrefixStyle.TimeOnly, 'time-only'],
];

/** Names of the styles in a bitmask, in a fixed order, e.g. ['dmesg', 'syslog']. */
export function describeStyles(mask: number): string[] {
  const out: string[] = [];
  for (const [bit, name] of NAMES) if ((mask & bit) !== 0) out.push(name);
  return out;
}
