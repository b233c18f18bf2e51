/**
 * Hides identifying details in the lines of a shared event: host names, IPv4/IPv6 and MAC addresses, user
 * names in home paths, container ids, pod UIDs and cgroup names become stable placeholders (host-1, ip-1,
 * mac-1, user-1, container-1, pod-1, cgroup-1). The same original always gets the same placeholder across
 * the event, so "the victim's cgroup is the limited one" still reads true. Kernel facts (versions, flags,
 * numbers, process names) stay, so the redacted event parses to the same analysis.
 *
 * Pure: lines in, lines and the list of replacements out. The share dialog shows both before a link is made.
 */
import {
  CGROUP_FIELDS,
  CONTAINER_ID,
  GENERIC_CGROUPS,
  HOME_USER,
  IP,
  isIPv6,
  MAC,
  NOT_A_HOST,
  PLACEHOLDER_NAME,
  POD_UID,
  PREFIX_HOST,
  VERSION_CONTEXT,
} from './patterns';

export type IdentifierKind = 'host' | 'ip' | 'mac' | 'user' | 'container' | 'pod' | 'cgroup';

export interface Replacement {
  kind: IdentifierKind;
  original: string;
  placeholder: string;
  /** How many times it was replaced. */
  count: number;
}

export interface Redacted {
  lines: string[];
  /** In the order they were first replaced (line by line). */
  replacements: Replacement[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The host named in a line's syslog/journal prefix, if it has one. */
export function prefixHost(line: string): string | null {
  const host = PREFIX_HOST.exec(line)?.[1];
  return host && !NOT_A_HOST.has(host) ? host : null;
}

/** A host that is already a placeholder (an event shared once and shared again) names no one. */
const isPlaceholderHost = (host: string) => /^host-\d+$/.test(host);

/** Host names in the lines' prefixes (and the short name of each FQDN), longest first. */
export function prefixHosts(lines: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const line of lines) {
    const host = prefixHost(line);
    if (!host || isPlaceholderHost(host)) continue;
    hosts.add(host);
    const short = host.split('.')[0];
    if (short !== host && short.length > 1) hosts.add(short);
  }
  return [...hosts].sort((a, b) => b.length - a.length);
}

export class Redactor {
  private readonly byKey = new Map<string, Replacement>();
  private readonly counters = new Map<IdentifierKind, number>();
  private readonly hostPattern: RegExp | null;

  constructor(hosts: readonly string[]) {
    // Every occurrence of a host name as a whole word, not only in prefixes (a FQDN in a message, say).
    this.hostPattern = hosts.length
      ? new RegExp(String.raw`(?<![\w.-])(?:${hosts.map(escape).join('|')})(?![\w-])`, 'g')
      : null;
  }

  /** The placeholder for `original` (normalised by `key`), the same every time. */
  private placeholder(kind: IdentifierKind, original: string, key = original): string {
    const id = `${kind}\u0000${key}`;
    let r = this.byKey.get(id);
    if (!r) {
      const n = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, n);
      r = { kind, original, placeholder: `${kind}-${n}`, count: 0 };
      this.byKey.set(id, r);
    }
    r.count++;
    return r.placeholder;
  }

  private cgroupPath(path: string): string {
    return path
      .split('/')
      .map((name) =>
        name === '' || GENERIC_CGROUPS.has(name) || PLACEHOLDER_NAME.test(name)
          ? name
          : this.placeholder('cgroup', name),
      )
      .join('/');
  }

  line(text: string): string {
    let out = text;
    if (this.hostPattern)
      out = out.replace(this.hostPattern, (host) => this.placeholder('host', host, host.split('.')[0]));
    out = out.replace(CONTAINER_ID, (id) => this.placeholder('container', id));
    out = out.replace(POD_UID, (_m, uid: string) => this.placeholder('pod', uid, uid.replace(/_/g, '-')));
    out = out.replace(MAC, (mac) => this.placeholder('mac', mac, mac.toLowerCase()));
    out = out.replace(IP, (match, v6: string | undefined, _v4, at: number, whole: string) => {
      if (v6) return isIPv6(v6) ? this.placeholder('ip', v6, v6.toLowerCase()) : v6;
      return VERSION_CONTEXT.test(whole.slice(Math.max(0, at - 40), at)) ? match : this.placeholder('ip', match);
    });
    out = out.replace(HOME_USER, (_m, dir: string, user: string) => `/${dir}/${this.placeholder('user', user)}`);
    for (const field of CGROUP_FIELDS) {
      out = out.replace(field, (_m, label: string, path: string) => label + this.cgroupPath(path));
    }
    return out;
  }

  replacements(): Replacement[] {
    return [...this.byKey.values()];
  }
}

/** Redacts `lines`; `alsoRedact` (a file name, say) goes through the same placeholders afterwards. */
export function redactLines(lines: readonly string[], alsoRedact: string[] = []): Redacted & { also: string[] } {
  const redactor = new Redactor(prefixHosts(lines));
  const out = lines.map((line) => redactor.line(line));
  const also = alsoRedact.map((text) => redactor.line(text));
  return { lines: out, replacements: redactor.replacements(), also };
}
