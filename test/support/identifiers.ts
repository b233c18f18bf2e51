/**
 * Finds the identifying details in a log WITHOUT the redactor's code (src/present/redact): tokenises lines and
 * checks tokens, where the redactor runs patterns over whole lines. The redaction test checks one against the
 * other, so a pattern the redactor gets wrong fails the test instead of agreeing with itself.
 */

export interface Identifiers {
  hosts: Set<string>;
  ips: Set<string>;
  macs: Set<string>;
  users: Set<string>;
  containers: Set<string>;
  pods: Set<string>;
  /** Whole cgroup paths that contain at least one name outside the fixed systemd/k8s/docker layout. */
  cgroups: Set<string>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isTime = (t: string) =>
  t.length === 8 && t[2] === ':' && t[5] === ':' && !Number.isNaN(Number(t.replace(/:/g, '')));

function syslogHost(line: string): string | null {
  const tokens = line.trim().split(/\s+/);
  // "Mon DD HH:MM:SS host …"
  if (MONTHS.includes(tokens[0]) && /^\d+$/.test(tokens[1] ?? '') && isTime(tokens[2] ?? '')) {
    const host = (tokens[3] ?? '').replace(/:$/, '');
    return host && host !== 'kernel' && !host.startsWith('[') && !host.startsWith('<') ? host : null;
  }
  // "2024-11-20T10:03:01+00:00 host …"
  if (/^\d{4}-\d\d-\d\dT/.test(tokens[0] ?? '')) return (tokens[1] ?? '').replace(/:$/, '') || null;
  return null;
}

function isQuad(token: string): boolean {
  const parts = token.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

const GENERIC = new Set(
  'kubepods kubepods.slice burstable besteffort kubepods-burstable.slice kubepods-besteffort.slice system.slice user.slice docker lxc init.scope app.slice'.split(
    ' ',
  ),
);

/** A name the redactor may keep: the fixed layout, or a runtime prefix around a container id or pod UID. */
function nameIsGeneric(name: string): boolean {
  if (GENERIC.has(name)) return true;
  const stripped = name.replace(/^(docker|cri-containerd|crio|libpod|kubepods-burstable|kubepods-besteffort)-/, '');
  return /^[0-9a-f]{64}(\.scope)?$/.test(stripped) || /^pod[0-9a-f_-]{36}(\.slice)?$/.test(stripped);
}

function cgroupPaths(line: string): string[] {
  const found: string[] = [];
  for (const key of ['oom_memcg=', 'task_memcg=', 'cpuset=']) {
    let at = line.indexOf(key);
    while (at >= 0) {
      const rest = line.slice(at + key.length);
      found.push(rest.split(/[,\s]/)[0]);
      at = line.indexOf(key, at + 1);
    }
  }
  const task = line.indexOf('Task in ');
  if (task >= 0) found.push(line.slice(task + 8).split(' ')[0]);
  const limit = line.indexOf('limit of ');
  if (limit >= 0) found.push(line.slice(limit + 9).split(' ')[0]);
  const stats = line.indexOf('cgroup stats for ');
  if (stats >= 0) found.push(line.slice(stats + 17).split(/:(?:\s|$)/)[0]);
  return found.filter((p) => p !== '' && p !== '/' && p.split('/').some((n) => n !== '' && !nameIsGeneric(n)));
}

export function findIdentifiers(text: string): Identifiers {
  const ids: Identifiers = {
    hosts: new Set(),
    ips: new Set(),
    macs: new Set(),
    users: new Set(),
    containers: new Set(),
    pods: new Set(),
    cgroups: new Set(),
  };
  for (const line of text.split(/\r?\n/)) {
    const host = syslogHost(line);
    if (host) ids.hosts.add(host);
    for (const token of line.split(/[^\w.:-]+/)) {
      const bare = token.replace(/[.:]+$/, '');
      if (isQuad(bare.split(':')[0])) ids.ips.add(bare.split(':')[0]);
      if (/^([0-9a-f]{2}:){5,}[0-9a-f]{2}$/i.test(bare)) ids.macs.add(bare);
      else if (bare.split(':').length >= 3 && bare.includes('::') && /^[0-9a-f:]+$/i.test(bare)) ids.ips.add(bare);
    }
    for (const token of line.split(/[^0-9a-f]+/)) if (token.length === 64) ids.containers.add(token);
    for (const token of line.split(/[^0-9a-z_-]+/)) {
      const uid = /^(?:.*-)?pod([0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12})/.exec(token);
      if (uid) ids.pods.add(uid[1]);
    }
    for (const dir of ['/home/', '/Users/']) {
      const at = line.indexOf(dir);
      if (at >= 0) ids.users.add(line.slice(at + dir.length).split(/[/\s]/)[0]);
    }
    for (const path of cgroupPaths(line)) ids.cgroups.add(path);
  }
  return ids;
}

/** Each identifier of `ids` still found in `text` (as a whole word), labelled by kind. */
export function leftovers(ids: Identifiers, text: string): string[] {
  const left: string[] = [];
  const word = (s: string) => new RegExp(`(?<![\\w.-])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  for (const [kind, set] of Object.entries(ids) as [keyof Identifiers, Set<string>][]) {
    for (const id of set) {
      const variants = kind === 'pods' ? [id, id.replace(/_/g, '-'), id.replace(/-/g, '_')] : [id];
      if (variants.some((v) => word(v).test(text))) left.push(`${kind}: ${id}`);
    }
  }
  return left;
}
