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

/** Slots of the numeric columns a Task is built from; other (future) columns are read and dropped. */
const SLOT = {
  pid: 0,
  uid: 1,
  tgid: 2,
  total_vm: 3,
  rss: 4,
  rss_anon: 5,
  rss_file: 6,
  rss_shmem: 7,
  nr_ptes: 8,
  nr_pmds: 9,
  pgtables_bytes: 10,
  swapents: 11,
  cpu: 12,
  oom_adj: 13,
  oom_score_adj: 14,
} as const;
const SLOTS = 15;
const UNKNOWN = -1;

/** Per header (the same array for every row of a table): the slot of each printed column. */
const layouts = new WeakMap<string[], Int8Array>();

function layoutOf(columns: string[]): Int8Array {
  let layout = layouts.get(columns);
  if (layout === undefined) {
    layout = Int8Array.from(columns, (c) => (Object.hasOwn(SLOT, c) ? SLOT[c as keyof typeof SLOT] : UNKNOWN));
    layouts.set(columns, layout);
  }
  return layout;
}

/** One row's values by slot; NaN = not printed. Reused: rows are parsed one at a time. */
const values = new Float64Array(SLOTS);

/**
 * One row for the given header columns. The kernel separates every numeric field by at least one
 * literal space even when a value is wider than its printf width, so whitespace-splitting the first
 * N fields is exact; everything after them is the name (which may hold spaces, colons, brackets).
 */
export function parseTaskRow(text: string, columns: string[], line: number): Task | null {
  if (columns[0] !== 'pid' || columns[columns.length - 1] !== 'name') return null;
  const trimmed = text.trim();
  // Rows are most of a report: read them by hand, without a regex or a slice per field.
  let at = rowStartEnd(trimmed);
  if (at < 0) return null;
  const layout = layoutOf(columns);
  values.fill(NaN);
  values[SLOT.pid] = pidOf(trimmed);
  for (let i = 1; i < columns.length - 1; i++) {
    const end = wholeNumberEnd(trimmed, at);
    // A field that is not a whole number (a row cut before its last number, or misaligned) ends
    // the row here; its digits cannot be trusted.
    if (end < 0) return null;
    if (layout[i] !== UNKNOWN) values[layout[i]] = numberAt(trimmed, at, end);
    at = skipSpaces(trimmed, end);
  }
  // A cut or empty name is kept as printed: the numbers before it are complete.
  return toTask(trimmed.slice(at).trim(), line);
}

/**
 * End of the `[%7d]` pid cell and the blanks after it (`^\[\s*\d+\s*\]\s*`), or -1. Tolerates a
 * paste that lost the space after `]`.
 */
function rowStartEnd(s: string): number {
  if (s.charCodeAt(0) !== 91 /* [ */) return -1;
  let i = skipSpaces(s, 1);
  const digitsFrom = i;
  while (isDigit(s.charCodeAt(i))) i++;
  if (i === digitsFrom) return -1;
  i = skipSpaces(s, i);
  if (s.charCodeAt(i) !== 93 /* ] */) return -1;
  return skipSpaces(s, i + 1);
}

/** The pid inside a row's `[%7d]` cell (rowStartEnd accepted it). */
function pidOf(s: string): number {
  const from = skipSpaces(s, 1);
  let to = from;
  while (isDigit(s.charCodeAt(to))) to++;
  return numberAt(s, from, to);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The value of the whole number `-?\d+` at start..end; exact like Number() (digits beyond 2^53 go through it). */
function numberAt(s: string, start: number, end: number): number {
  const negative = s.charCodeAt(start) === 45; /* - */
  if (end - start > 15) return Number(s.slice(start, end));
  let v = 0;
  for (let i = negative ? start + 1 : start; i < end; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return negative ? -v : v;
}

/** End of `-?\d+` at `at` when the field is that whole (followed by a blank or the end), else -1. */
function wholeNumberEnd(s: string, at: number): number {
  let i = s.charCodeAt(at) === 45 /* - */ ? at + 1 : at;
  const digitsFrom = i;
  while (isDigit(s.charCodeAt(i))) i++;
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

/** The slot's value, or null when the header has no such column. */
function slot(i: number): number | null {
  const v = values[i];
  return Number.isNaN(v) ? null : v;
}

function toTask(name: string, line: number): Task | null {
  const totalVm = slot(SLOT.total_vm);
  const rss = slot(SLOT.rss);
  if (totalVm === null || rss === null) return null;
  // Out-of-range adj values mean the row does not fit this header (misaligned columns).
  const scoreAdj = slot(SLOT.oom_score_adj);
  if (scoreAdj !== null && (scoreAdj < -1000 || scoreAdj > 1000)) return null;
  const oomAdj = slot(SLOT.oom_adj);
  if (oomAdj !== null && (oomAdj < -17 || oomAdj > 15)) return null;
  return {
    pid: values[SLOT.pid],
    uid: slot(SLOT.uid),
    tgid: slot(SLOT.tgid),
    totalVmPages: totalVm,
    rssPages: rss,
    rssAnonPages: slot(SLOT.rss_anon),
    rssFilePages: slot(SLOT.rss_file),
    rssShmemPages: slot(SLOT.rss_shmem),
    nrPtes: slot(SLOT.nr_ptes),
    nrPmds: slot(SLOT.nr_pmds),
    pgtablesBytes: slot(SLOT.pgtables_bytes),
    swapEntries: slot(SLOT.swapents),
    // 2.6.32 upstream printed only `oom_adj` (-17..15). We do not convert it to the 2.6.36+
    // oom_score_adj scale here: the parser records what was printed and the analyze layer,
    // which knows the kernel era, decides how to interpret it.
    oomScoreAdj: scoreAdj ?? 0,
    oomAdj,
    cpu: slot(SLOT.cpu),
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
