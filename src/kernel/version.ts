/**
 * Kernel release strings → comparable numbers and the distribution that built them.
 *
 * Why: gfp bit layouts, the badness rule and the migrate-type letters all change at kernel
 * releases, and distributions (RHEL above all) backport changes without renumbering. So the
 * picking code needs both the upstream base version and a hint of which vendor built it.
 */

export type Distro = 'rhel6' | 'rhel7' | 'rhel8' | 'rhel9' | 'ubuntu' | 'proxmox' | 'arch' | 'nixos' | null;

export interface KernelVersion {
  major: number;
  minor: number;
  /** Third number: the 2.6.x release for 2.6 kernels, the stable patch level otherwise. */
  patch: number;
  /** Single comparable number, see versionKey. */
  key: number;
  distro: Distro;
  raw: string;
}

/** major.minor.patch as one number; patch < 1000 always holds for real kernels. */
export function versionKey(major: number, minor: number, patch = 0): number {
  return major * 1_000_000 + minor * 1_000 + patch;
}

/** "2.6.32" / "4.18" / "6.1.1" → key; the missing patch counts as 0. */
export function keyOf(text: string): number {
  const [a = 0, b = 0, c = 0] = text.split('.').map((n) => Number.parseInt(n, 10) || 0);
  return versionKey(a, b, c);
}

/** Upper bound for a range written as "4.9": every 4.9.y (and 2.6.x ranges are exact). */
export function upperKeyOf(text: string): number {
  const parts = text.split('.');
  return parts.length >= 3 || parts[0] === '2' ? keyOf(text) : keyOf(text) + 999;
}

function distroOf(raw: string): Distro {
  if (/\.el6/.test(raw)) return 'rhel6';
  if (/\.el7/.test(raw)) return 'rhel7';
  if (/\.el8/.test(raw)) return 'rhel8';
  if (/\.el9/.test(raw)) return 'rhel9';
  if (/-pve\b/.test(raw)) return 'proxmox';
  if (/-arch\d/.test(raw)) return 'arch';
  if (/NixOS/i.test(raw)) return 'nixos';
  if (/-(generic|lowlatency|aws|azure|gcp|kvm|oem)\b|Ubuntu/.test(raw)) return 'ubuntu';
  return null;
}

/**
 * Parse a release as printed on the `CPU: ... Comm: x Not tainted <release> #build` line.
 * Accepts the release alone or with the build appended ("6.5.0 #1-NixOS"). Returns null when
 * no X.Y version is recognisable.
 */
export function parseKernelVersion(release: string | null | undefined): KernelVersion | null {
  if (!release) return null;
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(release);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = m[3] === undefined ? 0 : Number(m[3]);
  if (major < 2 || major > 9) return null;
  return { major, minor, patch, key: versionKey(major, minor, patch), distro: distroOf(release), raw: release };
}

/** "6.1" style short form used in reasons. */
export function shortVersion(v: KernelVersion): string {
  return v.major === 2 ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}`;
}

/**
 * A release that is not a release: `-rc` candidates, `-next-YYYYMMDD` trees and merge-window snapshots
 * (`5.12.0-11533-ge7cb072eb988`: thousands of commits on top of a .0 tag). Their flag tables and formats
 * may match no released kernel, so decodes there are guesses. A vendor suffix on a stable release
 * (`6.9.8-orbstack-00170-g7b4100b7ced4`) is not one.
 */
export function isPrerelease(release: string | null | undefined): boolean {
  if (!release) return false;
  return /-rc\d/.test(release) || /-next-\d{8}/.test(release) || /^\d+\.\d+(?:\.0)?-\d+-g[0-9a-f]{7,}/.test(release);
}
