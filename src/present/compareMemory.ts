/**
 * The memory figures of two events side by side: what each event's memory view shows (src/views/event/
 * MemInfoView.tsx, from analysis.accounting) — RAM or the cgroup limit, each accounting row, the sum of task
 * RSS, what no counter explains, swap — with B − A. A machine-wide report and a cgroup's own counters measure
 * different things; `sameScope` says when that is so, and the view says it.
 */
import type { Accounting } from '../analyze/types';
import { rowLabel } from './accounting';
import { delta } from './compare';
import type { Translate } from './i18n';

export type MemoryLineKind = 'ram' | 'row' | 'taskRss' | 'unaccounted' | 'swapUsed' | 'swapTotal';

export interface MemoryLine {
  /** Unique within a comparison: the row id for accounting rows, the kind otherwise. */
  key: string;
  kind: MemoryLineKind;
  aKb: number | null;
  bKb: number | null;
  diffKb: number | null;
}

export interface MemoryComparison {
  scope: { a: Accounting['scope'] | null; b: Accounting['scope'] | null };
  /** Both events are accounted the same way (both machine-wide, or both in a cgroup's counters). */
  sameScope: boolean;
  lines: MemoryLine[];
}

function line(key: string, kind: MemoryLineKind, aKb: number | null, bKb: number | null): MemoryLine {
  return { key, kind, aKb, bKb, diffKb: delta(aKb, bKb) };
}

/** Accounting rows in A's order, then those only B has; a row one side lacks is null there, not 0. */
function rowLines(a: Accounting | null, b: Accounting | null): MemoryLine[] {
  const ids = [...new Set([...(a?.rows ?? []), ...(b?.rows ?? [])].map((r) => r.id))];
  const kbOf = (acc: Accounting | null, id: string) => acc?.rows.find((r) => r.id === id)?.kb ?? null;
  return ids.map((id) => line(id, 'row', kbOf(a, id), kbOf(b, id)));
}

export function compareMemory(a: Accounting | null, b: Accounting | null): MemoryComparison {
  const lines: MemoryLine[] = [];
  if (a?.ramKb != null || b?.ramKb != null) lines.push(line('ram', 'ram', a?.ramKb ?? null, b?.ramKb ?? null));
  lines.push(...rowLines(a, b));
  if (a || b) lines.push(line('taskRss', 'taskRss', a?.taskRssKb ?? null, b?.taskRssKb ?? null));
  if (a?.unaccountedKb != null || b?.unaccountedKb != null)
    lines.push(line('unaccounted', 'unaccounted', a?.unaccountedKb ?? null, b?.unaccountedKb ?? null));
  if (a?.swapTotalKb != null || b?.swapTotalKb != null) {
    lines.push(line('swapUsed', 'swapUsed', a?.swapUsedKb ?? null, b?.swapUsedKb ?? null));
    lines.push(line('swapTotal', 'swapTotal', a?.swapTotalKb ?? null, b?.swapTotalKb ?? null));
  }
  const scope = { a: a?.scope ?? null, b: b?.scope ?? null };
  return { scope, sameScope: scope.a === scope.b, lines };
}

/** What a line is called: the memory view's own labels; RAM and "not accounted" by what the events measure. */
export function memoryLineLabel(t: Translate, l: MemoryLine, scope: MemoryComparison['scope']): string {
  const scopes = new Set([scope.a, scope.b].filter((s) => s !== null));
  const measured = scopes.size === 1 ? [...scopes][0] : 'mixed';
  switch (l.kind) {
    case 'row':
      return rowLabel(t, { id: l.key });
    case 'ram':
      return t(`compare.memory.ram.${measured}`);
    case 'taskRss':
      return t('accounting.taskRss');
    case 'unaccounted':
      return measured === 'memcg' ? t('accounting.unaccountedMemcg') : t('accounting.unaccounted');
    case 'swapUsed':
      return t('compare.memory.swapUsed');
    case 'swapTotal':
      return t('compare.memory.swapTotal');
  }
}
