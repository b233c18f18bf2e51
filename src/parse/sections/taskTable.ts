/**
 * The task dump (`dump_tasks`, mm/oom_kill.c): a header naming the columns, then one row per
 * eligible task. The column set changed five times between 2.6.32 and 6.8 (OOM-FORMAT.md §6),
 * so rows are always read against the header seen before them, never against a fixed layout.
 */
import type { Task } from '../model';

/** Every task-table column id the kernel ever printed (OOM-FORMAT §6); a cut or future header may show others. */
export const KNOWN_TASK_COLUMNS: ReadonlySet<string> = new Set([
  'pid',
  'uid',
  'tgid',
  'total_vm',
  'rss',
  'rss_anon',
  'rss_file',
  'rss_shmem',
  'nr_ptes',
  'nr_pmds',
  'pgtables_bytes',
  'swapents',
  'cpu',
  'oom_adj',
  'oom_score_adj',
  'name',
]);

/** `[ pid ]` (≤4.18) or `[  pid  ]` (4.19+, wider pid pad), then lower-case column words. */
const HEADER = /^\[\s*pid\s*\]\s*((?:[a-z_]+\s+)*name)\s*$/;

/** Task dump header in any era; returns column ids in printed order, starting with `pid`. */
export function parseTaskHeader(text: string): string[] | null {
  const m = HEADER.exec(text.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // A header must at least carry the columns every era printed; this also keeps unrelated
  // bracketed lines out. Unknown words are kept (a future kernel's column) so rows still align.
  if (!words.includes('uid') || !words.includes('total_vm') || !words.includes('rss')) return null;
  if (words.some((w) => !KNOWN_TASK_COLUMNS.has(w) && !/^[a-z][a-z_]*$/.test(w))) return null;
  return ['pid', ...words];
}

/** `Tasks state (memory values in pages):` banner (4.19+). */
export function isTaskBanner(text: string): boolean {
  return /^Tasks state \(memory values in pages\):?$/.test(text.trim());
}

/** `[%7d]` — tolerates a paste that lost the space after `]`. */
const ROW_START = /^\[\s*(\d+)\s*\]\s*/;

/**
 * One row for the given header columns. The kernel separates every numeric field by at least one
 * literal space even when a value is wider than its printf width, so whitespace-splitting the first
 * N fields is exact; everything after them is the name (which may hold spaces, colons, brackets).
 */
export function parseTaskRow(text: string, columns: string[], line: number): Task | null {
  if (columns[0] !== 'pid' || columns[columns.length - 1] !== 'name') return null;
  const trimmed = text.trim();
  const start = ROW_START.exec(trimmed);
  if (!start) return null;
  const values: Record<string, number> = { pid: Number(start[1]) };
  // Rows are most of a report: read the fields by hand, without a regex or a slice per field.
  let at = start[0].length;
  for (let i = 1; i < columns.length - 1; i++) {
    const end = wholeNumberEnd(trimmed, at);
    // A field that is not a whole number (a row cut before its last number, or misaligned) ends
    // the row here; its digits cannot be trusted.
    if (end < 0) return null;
    values[columns[i]] = Number(trimmed.slice(at, end));
    at = end;
    while (at < trimmed.length && isSpace(trimmed.charCodeAt(at))) at++;
  }
  // A cut or empty name is kept as printed: the numbers before it are complete.
  return toTask(values, trimmed.slice(at).trim(), line);
}

/** End of `-?\d+` at `at` when the field is that whole (followed by a blank or the end), else -1. */
function wholeNumberEnd(s: string, at: number): number {
  let i = s.charCodeAt(at) === 45 /* - */ ? at + 1 : at;
  const digitsFrom = i;
  for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i));
  if (i === digitsFrom) return -1;
  return i === s.length || isSpace(s.charCodeAt(i)) ? i : -1;
}

/** Exactly the characters `\s` and String.prototype.trim treat as white space. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function toTask(v: Record<string, number>, name: string, line: number): Task | null {
  const totalVm = v.total_vm;
  const rss = v.rss;
  if (totalVm === undefined || rss === undefined) return null;
  // Out-of-range adj values mean the row does not fit this header (misaligned columns).
  const scoreAdj = v.oom_score_adj;
  if (scoreAdj !== undefined && (scoreAdj < -1000 || scoreAdj > 1000)) return null;
  if (v.oom_adj !== undefined && (v.oom_adj < -17 || v.oom_adj > 15)) return null;
  return {
    pid: v.pid,
    uid: v.uid ?? null,
    tgid: v.tgid ?? null,
    totalVmPages: totalVm,
    rssPages: rss,
    rssAnonPages: v.rss_anon ?? null,
    rssFilePages: v.rss_file ?? null,
    rssShmemPages: v.rss_shmem ?? null,
    nrPtes: v.nr_ptes ?? null,
    nrPmds: v.nr_pmds ?? null,
    pgtablesBytes: v.pgtables_bytes ?? null,
    swapEntries: v.swapents ?? null,
    // 2.6.32 upstream printed only `oom_adj` (-17..15). We do not convert it to the 2.6.36+
    // oom_score_adj scale here: the parser records what was printed and the analyze layer,
    // which knows the kernel era, decides how to interpret it.
    oomScoreAdj: scoreAdj ?? 0,
    oomAdj: v.oom_adj ?? null,
    cpu: v.cpu ?? null,
    name,
    line,
  };
}

/**
 * Markers people leave where they cut rows from a paste: `...`, `…`, `...(此处有省略)`, `[...]`,
 * `[ ... ]`, `<snip>`, `[snip]`, `-- snip --`. A real task row always starts `[ digits ]`.
 */
export function isElision(text: string): boolean {
  const t = text.trim();
  if (/^(?:\.{3,}|…)/.test(t)) return true;
  if (/^[[(<]\s*(?:\.{3,}|…)\s*[\])>]$/.test(t)) return true;
  return /^[[(<-]*\s*snip(?:ped)?\s*[\])>-]*$/i.test(t);
}
