/**
 * Buddy-line migrate-type letters (show_migration_types). The letters are printed in enum order,
 * which changed in 4.4: 3.8–4.3 U,E,M,R(eserve),C,I and 4.4+ U,M,E,H(ighAtomic),C,I. R exists only
 * before 4.4 and H only from 4.4, so those two depend on the version.
 */
import { keyOf, parseKernelVersion } from './version';

const NAMES: Record<string, string> = {
  U: 'Unmovable',
  M: 'Movable',
  E: 'Reclaimable',
  C: 'CMA',
  I: 'Isolate',
  R: 'Reserve',
  H: 'HighAtomic',
};

const SPLIT = keyOf('4.4');

/** The kernel's name of a migrate-type letter on this kernel, or null when that kernel has no such type. */
export function knownMigrateType(letter: string, version: string | null): string | null {
  const name = NAMES[letter];
  if (!name) return null;
  const v = parseKernelVersion(version);
  if (v && letter === 'R' && v.key >= SPLIT) return null; // no Reserve type from 4.4
  if (v && letter === 'H' && v.key < SPLIT) return null; // no HighAtomic type before 4.4
  return name;
}

export function migrateTypeName(letter: string, version: string | null): string {
  const name = knownMigrateType(letter, version);
  if (name) return name;
  const v = parseKernelVersion(version);
  if (v && letter === 'R') return `Unknown (R: no Reserve type in ${v.major}.${v.minor})`;
  if (v && letter === 'H') return `Unknown (H: no HighAtomic type before 4.4)`;
  return `Unknown (${letter})`;
}

/** The letters in the order that kernel printed them, for legends. */
export function migrateLetterOrder(version: string | null): string[] {
  const v = parseKernelVersion(version);
  if (v && v.key < SPLIT) return ['U', 'E', 'M', 'R', 'C', 'I'];
  return ['U', 'M', 'E', 'H', 'C', 'I'];
}
