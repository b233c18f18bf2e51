/**
 * Pure data preparation for the task table: one flat row per task (or per name when grouped),
 * with the recomputed badness joined in. Memory stays in pages here; units are a display concern,
 * so switching units never re-sorts 100,000 rows.
 */
import type { BadnessCheck } from '../../analyze/types';
import type { Task, TaskTable } from '../../parse/model';

export type NumericColumn =
  | 'pid'
  | 'uid'
  | 'tgid'
  | 'total_vm'
  | 'rss'
  | 'rss_anon'
  | 'rss_file'
  | 'rss_shmem'
  | 'nr_ptes'
  | 'nr_pmds'
  | 'pgtables_bytes'
  | 'swapents'
  | 'cpu'
  | 'oom_adj'
  | 'oom_score_adj'
  | 'points'
  | 'score'
  | 'rank'
  | 'count';

export type TaskRole = 'trigger' | 'victim' | 'trigger victim' | null;

export type TaskRow = Record<NumericColumn, number | null> & {
  id: string;
  name: string;
  role: TaskRole;
  line: number;
};

/** How each column is measured, which decides unit conversion and alignment. */
export type ColumnKind = 'pages' | 'bytes' | 'number' | 'text';

export interface ColumnInfo {
  id: NumericColumn | 'name';
  kind: ColumnKind;
  /** Summed when grouping by name; otherwise the group shows the extreme or nothing. */
  group: 'sum' | 'max' | 'min' | 'same' | 'none';
}

/** Each column's measure and grouping; its header and explanation are in the catalogue (`tasks.col`, `tasks.help`). */
export const COLUMN_INFO: Record<string, ColumnInfo> = {
  pid: { id: 'pid', kind: 'number', group: 'none' },
  uid: { id: 'uid', kind: 'number', group: 'same' },
  tgid: { id: 'tgid', kind: 'number', group: 'none' },
  total_vm: { id: 'total_vm', kind: 'pages', group: 'sum' },
  rss: { id: 'rss', kind: 'pages', group: 'sum' },
  rss_anon: { id: 'rss_anon', kind: 'pages', group: 'sum' },
  rss_file: { id: 'rss_file', kind: 'pages', group: 'sum' },
  rss_shmem: { id: 'rss_shmem', kind: 'pages', group: 'sum' },
  nr_ptes: { id: 'nr_ptes', kind: 'pages', group: 'sum' },
  nr_pmds: { id: 'nr_pmds', kind: 'pages', group: 'sum' },
  pgtables_bytes: { id: 'pgtables_bytes', kind: 'bytes', group: 'sum' },
  swapents: { id: 'swapents', kind: 'pages', group: 'sum' },
  cpu: { id: 'cpu', kind: 'number', group: 'none' },
  oom_adj: { id: 'oom_adj', kind: 'number', group: 'same' },
  oom_score_adj: { id: 'oom_score_adj', kind: 'number', group: 'same' },
  name: { id: 'name', kind: 'text', group: 'none' },
  points: { id: 'points', kind: 'pages', group: 'max' },
  score: { id: 'score', kind: 'number', group: 'max' },
  rank: { id: 'rank', kind: 'number', group: 'min' },
  count: { id: 'count', kind: 'number', group: 'sum' },
};

const FIELD_OF: Record<string, (t: Task) => number | null> = {
  pid: (t) => t.pid,
  uid: (t) => t.uid,
  tgid: (t) => t.tgid,
  total_vm: (t) => t.totalVmPages,
  rss: (t) => t.rssPages,
  rss_anon: (t) => t.rssAnonPages,
  rss_file: (t) => t.rssFilePages,
  rss_shmem: (t) => t.rssShmemPages,
  nr_ptes: (t) => t.nrPtes,
  nr_pmds: (t) => t.nrPmds,
  pgtables_bytes: (t) => t.pgtablesBytes,
  swapents: (t) => t.swapEntries,
  cpu: (t) => t.cpu,
  oom_adj: (t) => t.oomAdj,
  oom_score_adj: (t) => t.oomScoreAdj,
};

/**
 * The columns to show: pid and name first (the kernel prints the name last, but a wide table scrolls and
 * the name is what people look for), then the recomputed rank, score and badness (so the kernel's choice stays
 * in sight at common widths), then every other printed column in the kernel's order.
 */
export function visibleColumns(table: TaskTable, badness: BadnessCheck | null, grouped: boolean): ColumnInfo[] {
  const printed = table.columns.filter((c) => COLUMN_INFO[c] && c !== 'name' && c !== 'pid').map((c) => COLUMN_INFO[c]);
  const scored: ColumnInfo[] = badness?.rule ? [COLUMN_INFO.rank, COLUMN_INFO.score, COLUMN_INFO.points] : [];
  if (grouped) return [COLUMN_INFO.name, COLUMN_INFO.count, ...scored, ...printed.filter((c) => c.group !== 'none')];
  return [COLUMN_INFO.pid, COLUMN_INFO.name, ...scored, ...printed];
}

/** The order a table opens in: by badness, so the kernel's pick is on top; by rss when nothing was scored. */
export function defaultSort(cols: readonly ColumnInfo[]): { id: string; desc: boolean }[] {
  if (cols.some((c) => c.id === 'points')) return [{ id: 'points', desc: true }];
  if (cols.some((c) => c.id === 'rss')) return [{ id: 'rss', desc: true }];
  return [];
}

function roleOf(pid: number, triggerPid: number | null, killed: ReadonlySet<number>): TaskRole {
  const t = pid === triggerPid;
  const v = killed.has(pid);
  return t && v ? 'trigger victim' : t ? 'trigger' : v ? 'victim' : null;
}

export function taskRows(
  tasks: Task[],
  badness: BadnessCheck | null,
  triggerPid: number | null,
  victimPid: number | null,
  /** Killed too: the rest of the victim's cgroup (memory.oom.group). */
  alsoKilled: readonly number[] = [],
): TaskRow[] {
  const killed = new Set(alsoKilled);
  if (victimPid !== null) killed.add(victimPid);
  const scored = new Map<number, { points: number | null; score: number | null; rank: number | null }>();
  for (const s of badness?.tasks ?? []) scored.set(s.pid, s);
  const rows = new Array<TaskRow>(tasks.length);
  for (let i = 0; i < tasks.length; i += 1) {
    const t = tasks[i];
    const s = scored.get(t.pid);
    const row = {
      id: `${t.pid}:${i}`,
      name: t.name,
      role: roleOf(t.pid, triggerPid, killed),
      line: t.line,
      count: 1,
      points: s?.points ?? null,
      score: s?.score ?? null,
      rank: s?.rank ?? null,
    } as TaskRow;
    for (const key in FIELD_OF) row[key as NumericColumn] = FIELD_OF[key](t);
    rows[i] = row;
  }
  return rows;
}

function combine(kind: ColumnInfo['group'], acc: number | null, value: number | null): number | null {
  if (value == null) return acc;
  if (acc == null) return value;
  if (kind === 'sum') return acc + value;
  if (kind === 'max') return Math.max(acc, value);
  if (kind === 'min') return Math.min(acc, value);
  return acc === value ? acc : null;
}

/** One row per command name: memory summed, adj kept when every copy agrees, the best rank. */
export function groupByName(rows: TaskRow[]): TaskRow[] {
  const groups = new Map<string, TaskRow>();
  const mixed = new Set<string>();
  for (const row of rows) {
    const g = groups.get(row.name);
    if (!g) {
      groups.set(row.name, { ...row, id: `name:${row.name}`, pid: null, tgid: null, cpu: null, count: 1 });
      continue;
    }
    for (const key in COLUMN_INFO) {
      const info = COLUMN_INFO[key];
      if (info.kind === 'text' || info.group === 'none' || key === 'count') continue;
      const k = key as NumericColumn;
      if (info.group === 'same' && g[k] !== row[k]) mixed.add(`${row.name}\u0000${k}`);
      g[k] = combine(info.group, g[k], row[k]);
    }
    g.count = (g.count ?? 0) + 1;
    if (row.role) g.role = g.role && g.role !== row.role ? 'trigger victim' : row.role;
  }
  for (const key of mixed) {
    const [name, col] = key.split('\u0000');
    const g = groups.get(name);
    if (g) g[col as NumericColumn] = null;
  }
  return [...groups.values()];
}

/** Case-insensitive match on name; digits also match any pid that contains them ("473" finds 473206). */
export function filterRows(rows: TaskRow[], query: string): TaskRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  const digits = /^\d+$/.test(q);
  return rows.filter((r) => r.name.toLowerCase().includes(q) || (digits && r.pid != null && String(r.pid).includes(q)));
}
