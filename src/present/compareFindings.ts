/**
 * Which findings two events share: those only A has, those only B has, and those both have (matched by id,
 * the n-th of an id in A with the n-th in B). A shared finding whose numbers differ (another zone short,
 * another size) is `same: false`, so the view shows both texts rather than one that is true of only one event.
 */
import type { Finding } from '../analyze/types';

export interface SharedFinding {
  a: Finding;
  b: Finding;
  /** Same severity, params and items: the two texts are the same. */
  same: boolean;
}

export interface FindingSplit {
  onlyA: Finding[];
  onlyB: Finding[];
  /** In A's order (worst first, as the analysis ordered them). */
  both: SharedFinding[];
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.severity === b.severity &&
    JSON.stringify(a.params) === JSON.stringify(b.params) &&
    JSON.stringify(a.items ?? []) === JSON.stringify(b.items ?? [])
  );
}

export function splitFindings(a: readonly Finding[], b: readonly Finding[]): FindingSplit {
  // The findings of B by id, in order, taken as A's findings of that id are matched.
  const waiting = new Map<string, Finding[]>();
  for (const f of b) waiting.set(f.id, [...(waiting.get(f.id) ?? []), f]);
  const onlyA: Finding[] = [];
  const both: SharedFinding[] = [];
  const matched = new Set<Finding>();
  for (const f of a) {
    const other = waiting.get(f.id)?.shift();
    if (!other) onlyA.push(f);
    else {
      matched.add(other);
      both.push({ a: f, b: other, same: sameFinding(f, other) });
    }
  }
  return { onlyA, onlyB: b.filter((f) => !matched.has(f)), both };
}
