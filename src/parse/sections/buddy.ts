import type { BuddyRow } from '../model';
import { ZONE_NAMES } from './zone';

const HEAD = new RegExp(`^(?:Node (\\d+) )?(${ZONE_NAMES}): (.*)$`);
/** One order: `5769*4kB (UME) ` — letters (3.8+) only after non-zero counts; a bad copy can drop the space after `)`. */
const ENTRY = /\s*(\d+)\*(\d+)kB(?:\s*\(([A-Z]*)\))?/y;
/** `= 35420kB`, optionally followed by a second record a bad copy merged onto the line (parsed elsewhere). */
const TOTAL = new RegExp(`^\\s*=\\s*(\\d+)kB(?:\\s*[>…]?$|\\s+(?:Node \\d+ )?(?:${ZONE_NAMES}):)`);
/** What a line cut mid-entry can leave: `0*40`, `0*4096k`, `(UM`, `= 154`, `=`, maybe with a pager's `>`. */
const CUT_TAIL = /^\s*(?:\d+(?:\*\d*k?)?|\([A-Z]*|=\s*\d*k?)?\s*[>…]?$/;

/**
 * `[Node N ]ZONE: 1*4kB (U) 0*8kB ... = 15908kB` (docs/kernel/oom-report.md §5.6), every era: letters missing on
 * 2.6/RHEL6, 64 kB pages on arm64 (`1*64kB`), no `Node N` on non-NUMA kernels (node 0), and lines cut
 * before the total (totalKb null). Only the orders actually printed are returned; ≤2.6.2x `HighMem: empty`
 * gives a row with no orders and totalKb 0.
 */
export function parseBuddy(text: string, line: number): BuddyRow | null {
  const head = HEAD.exec(text.trim());
  if (!head) return null;
  const body = head[3];
  const row: BuddyRow = {
    node: head[1] === undefined ? 0 : Number(head[1]),
    zone: head[2],
    freeBlocks: [],
    blockKb: [],
    migrateTypes: [],
    totalKb: null,
    line,
  };
  ENTRY.lastIndex = 0;
  let end = 0;
  for (let m = ENTRY.exec(body); m; m = ENTRY.exec(body)) {
    row.freeBlocks.push(Number(m[1]));
    row.blockKb.push(Number(m[2]));
    row.migrateTypes.push(m[3] ? m[3] : null);
    end = ENTRY.lastIndex;
  }
  if (row.freeBlocks.length === 0) {
    // ≤2.6.2x prints `HighMem: empty` for a zone without pages: a true, zero-size row.
    if (!/^empty\s*$/.test(body)) return null;
    row.totalKb = 0;
    return row;
  }
  const rest = body.slice(end);
  const total = TOTAL.exec(rest);
  if (total) row.totalKb = Number(total[1]);
  else if (!CUT_TAIL.test(rest)) return null;
  return row;
}
