/**
 * Records a bad copy glued onto one line (`... = 15908kB Node 0 DMA32: 1101*4kB ...`): where to
 * split them. Only before a record start that cannot occur inside a record (a process name, at most
 * 15 characters, cannot hold one); repair.ts does the splitting.
 */
/**
 * Record starts that cannot occur inside another record. The regex finds the start itself (no
 * leading whitespace in the pattern, so the engine's first-character check keeps the scan fast on
 * the millions of lines that hold none); whether it is glued to something before it is then
 * checked by hand. Group numbers say which start matched.
 */
const RECORD_START = new RegExp(
  [
    String.raw`(\[\s*\d+\.\d{6}\])`, // 1: a second dmesg stamp: consumed, it becomes the next piece's time
    String.raw`(Node \d+ (?:DMA32|DMA|Normal|HighMem|Movable|Device)(?::| free:| per-cpu:)|Node \d+ hugepages_total=)`,
    String.raw`(lowmem_reserve\[\]:)`, // 3: inline is how ≤3.x kernels printed it: split, but not damage
    String.raw`((?:Out of memory|Memory cgroup out of memory): Kill|Killed process \d+ \()`, // 4: not after `msg: `
    String.raw`(oom-kill:constraint=|Mem-Info:|Call Trace:|Tasks state \(memory values in pages\)|\[ +pid +\] +uid)`,
    String.raw`(\d+ (?:total pagecache pages|pages (?:RAM|reserved|HighMem\/MovableOnly|in swap cache|hwpoisoned|cma reserved)\b))`,
    String.raw`((?:Free swap|Total swap) +=|Swap cache stats:)`,
  ].join('|'),
  'g',
);
/**
 * The word each RECORD_START alternative except the stamp holds, for a cheap pre-check (the blank
 * before it is checked by hand: a blank in the expression would make every space a candidate).
 */
const RECORD_WORDS =
  /Node \d|Out of memory|Memory cgroup|Killed process|oom-kill:|Mem-Info:|Call Trace:|Tasks state|total pagecache|pages (?:RAM|reserved|HighMem|in swap|hwpoisoned|cma)|Free swap|Total swap|Swap cache|lowmem_reserve/g;

/**
 * Whether `text` may hold a record start findMergeSplits acts on: past index 0 (a start at 0 is no
 * merge, and most report lines begin with one, `Node 0`), after a blank unless it may be glued (a
 * stamp, which `[` finds, or an inline lowmem_reserve). Asking for the blank keeps out the lines
 * that hold a start's word inside another (`hugepages_total`, `__alloc_pages`).
 */
function mayHoldRecordStart(text: string): boolean {
  if (text.indexOf('[', 1) >= 0) return true;
  RECORD_WORDS.lastIndex = 1;
  for (let m = RECORD_WORDS.exec(text); m !== null; m = RECORD_WORDS.exec(text)) {
    if (m[0] === 'lowmem_reserve' || isBlank(text.charCodeAt(m.index - 1))) return true;
  }
  return false;
}
/** `BIOS 4.0.1 12/16/20140000000000000000 ffff8800...`: stack words glued after the DMI date. */
const HEX_AFTER_BIOS_DATE = /\d{2}\/\d{2}\/\d{4}(?=[0-9a-f]{16}(?:\s|$))/;

export interface Split {
  /** The current piece ends here. */
  end: number;
  /** The next piece starts here. */
  next: number;
  /** A dmesg stamp found at the split, for the next piece. */
  stamp: string | null;
  uptime: number | null;
  /** The kernel printed it this way (inline lowmem_reserve); not transport damage. */
  kernelFormat: boolean;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Split points of a line holding several records, or null (the common case). `precheck` false
 * skips the cheap pre-check (tests show it changes no result).
 */
export function findMergeSplits(text: string, precheck = true): Split[] | null {
  let splits: Split[] | null = null;
  if (text.startsWith('Hardware name:')) {
    const m = HEX_AFTER_BIOS_DATE.exec(text);
    if (m) {
      const at = m.index + m[0].length;
      splits = [{ end: at, next: at, stamp: null, uptime: null, kernelFormat: false }];
    }
  }
  if (precheck && !mayHoldRecordStart(text)) return splits;
  RECORD_START.lastIndex = 0;
  for (let m = RECORD_START.exec(text); m !== null; m = RECORD_START.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    if (at === 0 || (m[1] !== undefined && after >= text.length)) continue; // a stamp needs text after it
    let before = at;
    while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
    const glued = before === at;
    // A stamp or an inline lowmem_reserve may be glued; every other start needs a blank before it.
    if (glued && m[1] === undefined && m[3] === undefined) continue;
    if (m[4] !== undefined && text.charCodeAt(before - 1) === 58 /* : */) continue; // `Out of memory: Killed process`
    const stamp = m[1] ?? null;
    (splits ??= []).push({
      end: before,
      next: stamp === null ? at : after,
      stamp,
      uptime: stamp === null ? null : parseFloat(stamp.slice(1, -1)),
      kernelFormat: m[3] !== undefined,
    });
  }
  return splits;
}
