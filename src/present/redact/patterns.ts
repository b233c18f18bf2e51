/**
 * What counts as an identifying detail in a kernel log, as patterns. Written for kernel and syslog text:
 * numbers that only look like addresses (kernel versions such as 3.10.0-229.42.1.105.x86_64, BIOS versions,
 * timestamps such as 10:03:01) must stay, or the shared event would no longer parse the same.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/**
 * The host of a syslog/journal prefix: `Nov 20 10:03:01 web-7 kernel: …`, `… web-7 <kern.warning> kernel: …`,
 * `… web-7: …`, and ISO `2024-11-20T10:03:01.123+01:00 web-7 kernel: …` (optionally after an RFC 5424 `<13>1`).
 */
export const PREFIX_HOST = new RegExp(
  String.raw`^\s*(?:<\d{1,3}>\d?\s*)?(?:${MONTH}\s+\d{1,2}\s+\d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)\s+([A-Za-z0-9][\w.-]*?)(?::?\s)`,
);
/** Words in the host's place that are the program, not a host (a prefix without a host). */
export const NOT_A_HOST = new Set(['kernel', 'kernel:']);

/** Docker/containerd/CRI-O container ids: 64 hex digits. */
export const CONTAINER_ID = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g;

/** Kubernetes pod UIDs in cgroup names: `pod<uuid>`, with `-` (cgroupfs) or `_` (systemd driver). */
export const POD_UID = /pod([0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12})(?![0-9a-f])/g;

/** MAC addresses, also the 14-byte `MAC=dst:src:type` of netfilter log lines. */
export const MAC = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}:){5,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/g;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/**
 * IPv4: a dotted quad standing alone. Not one glued to a dash or dot or word (`-229.42.1.105.x86_64`,
 * `rel-1.7.5.1-0`), which is a version number.
 */
export const IPV4 = new RegExp(String.raw`(?<![\w.\-])(?:${OCTET}\.){3}${OCTET}(?![\w\-]|\.\w)`, 'g');
/** Text before a dotted quad that makes it a kernel version (`Not tainted 2.6.32.71 #1`), not an address. */
export const VERSION_CONTEXT = /(?:tainted|Tainted:[ A-Z]*|[Vv]ersion)\s+$/;

/** IPv6 candidates; isIPv6 decides. */
const IPV6_CANDIDATE = String.raw`(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])`;

/** IPv6 candidates (group 1) and IPv4 (group 2) in one pass, so addresses are numbered in reading order. */
export const IP = new RegExp(`(${IPV6_CANDIDATE})|(${IPV4.source})`, 'g');

export function isIPv6(candidate: string): boolean {
  const v4tail = /(?:\d{1,3}\.){3}\d{1,3}$/.test(candidate);
  const body = v4tail ? candidate.replace(/(?:\d{1,3}\.){3}\d{1,3}$/, '0:0') : candidate;
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  // Without "::" all eight groups are written; with it, fewer. Times (10:03:01) have neither.
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/** A user's name in a home directory path (not one already replaced). */
export const HOME_USER = /\/(home|Users)\/(?!user-\d+(?![^/\s:,;'"()[\]]))([^/\s:,;'"()[\]]+)/g;

/**
 * The kernel's cgroup-bearing fields: `Task in PATH killed as a result of limit of PATH`,
 * `Memory cgroup stats for PATH:`, `oom_memcg=PATH`, `task_memcg=PATH`, `cpuset=NAME`.
 */
export const CGROUP_FIELDS = [
  /(Task in )(\S+)/g,
  /(limit of )(\S+)/g,
  /(cgroup stats for )(\S+?)(?=:(?:\s|$))/g,
  /((?:oom_memcg|task_memcg|cpuset)=)([^,\s]+)/g,
];

/**
 * cgroup names that name no one: the fixed layout of systemd, Kubernetes, Docker and LXC. Anything else in a
 * path (a service, a session, a container's chosen name) becomes a placeholder.
 */
export const GENERIC_CGROUPS = new Set([
  'kubepods',
  'kubepods.slice',
  'burstable',
  'besteffort',
  'guaranteed',
  'kubepods-burstable.slice',
  'kubepods-besteffort.slice',
  'system.slice',
  'user.slice',
  'machine.slice',
  'init.scope',
  'app.slice',
  'background.slice',
  'session.slice',
  'docker',
  'lxc',
  'lxc.payload',
  'libpod_parent',
]);

/** A name that is already a placeholder with the runtime's fixed decoration: `docker-container-1.scope`. */
export const PLACEHOLDER_NAME = /^(?:cgroup-\d+|(?:[a-z][a-z-]*-)?(?:container|pod)-\d+(?:\.(?:scope|slice))?)$/;
