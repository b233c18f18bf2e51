/**
 * The task dump (`dump_tasks`, mm/oom_kill.c): a header naming the columns, then one row per
 * eligible task. The column set changed five times between 2.6.32 and 6.8 (docs/kernel/oom-report.md §6),
 * so rows are always read against the header seen before them, never against a fixed layout.
 */
import type { Task } from '../model';

/** Every task-table column id the kernel ever printed (docs/kernel/oom-report.md §6); a cut or future header may show others. */
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
/** Slots fit the bits of `present`. */
const SLOTS = 15;
const UNKNOWN = -1;

/** Per header (the same array for every row of a table): the slot of each printed column. */
const layouts = new WeakMap<string[], Int8Array>();
let lastColumns: string[] | null = null;
let lastLayout: Int8Array = new Int8Array(0);

function layoutOf(columns: string[]): Int8Array {
  if (columns === lastColumns) return lastLayout;
  let layout = layouts.get(columns);
  if (layout === undefined) {
    layout = new Int8Array(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      layout[i] = Object.hasOwn(SLOT, c) ? SLOT[c as keyof typeof SLOT] : UNKNOWN;
    }
    layouts.set(columns, layout);
  }
  lastColumns = columns;
  lastLayout = layout;
  return layout;
}

/** One row's values by slot, valid where `present` has the slot's bit. Reused: rows are parsed one at a time. */
const values: number[] = new Array<number>(SLOTS).fill(0);
let present = 0;

/**
 * One row for the given header columns. The kernel separates every numeric field by at least one
 * literal space even when a value is wider than its printf width, so whitespace-splitting the first
 * N fields is exact; everything after them is the name (which may hold spaces, colons, brackets).
 *
 * Rows are most of a report, so they are read in one pass by hand: no regex, no slice per field.
 */
export function parseTaskRow(text: string, columns: string[], line: number): Task | null {
  if (columns[0] !== 'pid' || columns[columns.length - 1] !== 'name') return null;
  const s = text.trim();
  // `[%7d]`, tolerating a paste that lost the space after `]`.
  if (s.charCodeAt(0) !== 91 /* [ */) return null;
  let at = readNumber(s, skipSpaces(s, 1), false);
  if (at < 0) return null;
  const pid = number;
  at = skipSpaces(s, at);
  if (s.charCodeAt(at) !== 93 /* ] */) return null;
  at = skipSpaces(s, at + 1);
  const layout = layoutOf(columns);
  present = 1 << SLOT.pid;
  values[SLOT.pid] = pid;
  for (let i = 1; i < columns.length - 1; i++) {
    const end = readNumber(s, at, true);
    // A field that is not a whole number (a row cut before its last number, or misaligned) ends
    // the row here; its digits cannot be trusted.
    if (end < 0 || (end < s.length && !isSpace(s.charCodeAt(end)))) return null;
    const slot = layout[i];
    if (slot !== UNKNOWN) {
      values[slot] = number;
      present |= 1 << slot;
    }
    at = skipSpaces(s, end);
  }
  // A cut or empty name is kept as printed: the numbers before it are complete (`s` is trimmed,
  // and the blanks before the name were skipped).
  return toTask(s.slice(at), line);
}

/** The value readNumber read last. */
let number = 0;

/** Reads `\d+` (`-?\d+` when `signed`) at `at` into `number`; returns where it ends, or -1 when no digit is there. */
function readNumber(s: string, at: number, signed: boolean): number {
  let i = at;
  let c = s.charCodeAt(i);
  const negative = signed && c === 45; /* - */
  if (negative) c = s.charCodeAt(++i);
  const digitsFrom = i;
  let v = 0;
  while (c >= 48 && c <= 57) {
    v = v * 10 + (c - 48);
    c = s.charCodeAt(++i);
  }
  if (i === digitsFrom) return -1;
  // Beyond 15 digits the sum above may round differently from Number(): let Number() read it.
  if (i - digitsFrom > 15) v = Number(s.slice(digitsFrom, i));
  number = negative ? -v : v;
  return i;
}

function skipSpaces(s: string, i: number): number {
  // Plain spaces first: rows are padded with them, and the full test is rarely needed after.
  while (s.charCodeAt(i) === 32) i++;
  while (isSpace(s.charCodeAt(i))) i++;
  return i;
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
  return (present & (1 << i)) !== 0 ? values[i] : null;
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
/** A paste's mark where lines are missing: an elision (`...`, `<snip>`) or grep's `--` between its matches. */
export function cutMarkOf(text: string): 'elision' | 'gap' | null {
  if (isElision(text)) return 'elision';
  return text.trim() === '--' ? 'gap' : null;
}

export function isElision(text: string): boolean {
  const t = text.trim();
  if (/^(?:\.{3,}|…)/.test(t)) return true;
  if (/^[[(<]\s*(?:\.{3,}|…)\s*[\])>]$/.test(t)) return true;
  return /^[[(<-]*\s*snip(?:ped)?\s*[\])>-]*$/i.test(t);
}
