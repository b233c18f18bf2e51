import type { Zone } from '../model';

export interface KbFieldList {
  /** Every `key:NkB` / `key:NKB` / `key: NkB` token, keyed as printed (`isolated(anon)`, `reserved_highatomic`). */
  fieldsKb: Record<string, number>;
  /** Numbers printed without a unit, e.g. `pages_scanned:7874` (pages, ≤4.10): kept apart from fieldsKb. */
  unitless: Record<string, number>;
  /** `all_unreclaimable? yes|no`, null when not printed. */
  allUnreclaimable: boolean | null;
}

// The space after the colon appears on 4.8–6.4 THP node fields and on `pages_scanned: 7874`.
// 5.5+ prints `reserved_highatomic:0KB` with a capital K; it is still kB.
const FIELD = /(?:^|\s)([A-Za-z_][\w()]*):\s?(\d+)(kB|KB)?(?=\s|$)/g;
const UNRECLAIMABLE = /(?:^|\s)all_unreclaimable\? (yes|no)(?=\s|$)/;

/** Generic `key:value` list of zone and node lines (docs/kernel/oom-report.md §10.2). A value cut mid-token is dropped. */
export function parseKbFields(text: string): KbFieldList {
  const fieldsKb: Record<string, number> = {};
  const unitless: Record<string, number> = {};
  // exec in a loop rather than matchAll: no iterator and no copy of the expression per line.
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    if (m[3] === undefined) unitless[m[1]] = Number(m[2]);
    else fieldsKb[m[1]] = Number(m[2]);
  }
  // The substring test first: the expression cannot skip ahead, and most lines lack the word.
  const u = text.includes('all_unreclaimable?') ? UNRECLAIMABLE.exec(text) : null;
  return { fieldsKb, unitless, allUnreclaimable: u ? u[1] === 'yes' : null };
}

/** Zone names the kernel prints (`zone_names[]`); DMA32 before DMA so the alternation takes the longer. */
export const ZONE_NAMES = 'DMA32|DMA|Normal|HighMem|Movable|Device';
const ZONE = new RegExp(`^(?:Node (\\d+) )?(${ZONE_NAMES}) (free:.*)$`);
const INLINE_RESERVE = 'lowmem_reserve[]:';

/**
 * `[Node N ]ZONE free:..kB min:..kB low:..kB high:..kB ...` (docs/kernel/oom-report.md §5.4), every era. Without a
 * `Node N ` prefix (non-NUMA kernels) the node is 0. RHEL7 logs joined by rsyslog carry
 * `lowmem_reserve[]: ...` on the same line; then lowmemReserve is filled and reserveLine = line.
 * null unless free, min, low and high are all present: a zone without watermarks is no use to anyone.
 */
export function parseZone(text: string, line: number): Zone | null {
  const m = ZONE.exec(text.trim());
  if (!m) return null;
  let body = m[3];
  let lowmemReserve: number[] = [];
  const at = body.indexOf(INLINE_RESERVE);
  if (at >= 0) {
    lowmemReserve = parseLowmemReserve(body.slice(at)) ?? [];
    body = body.slice(0, at);
  }
  const { fieldsKb, allUnreclaimable } = parseKbFields(body);
  const { free, min, low, high } = fieldsKb;
  if (free === undefined || min === undefined || low === undefined || high === undefined) return null;
  return {
    node: m[1] === undefined ? 0 : Number(m[1]),
    zone: m[2],
    freeKb: free,
    minKb: min,
    lowKb: low,
    highKb: high,
    managedKb: fieldsKb.managed ?? null,
    presentKb: fieldsKb.present ?? null,
    boostKb: fieldsKb.boost ?? null,
    reservedHighatomicKb: fieldsKb.reserved_highatomic ?? null,
    fieldsKb,
    allUnreclaimable,
    lowmemReserve,
    line,
    reserveLine: at >= 0 && lowmemReserve.length > 0 ? line : null,
  };
}

// ≤2.6.1x printed the same array as `protections[]:`.
const RESERVE = /^(?:lowmem_reserve|protections)\[\]:((?:\s+-?\d+)+)$/;

/** `lowmem_reserve[]: 0 3746 7968 7968` → pages per zone index (`%lu` ≤3.16, `%ld` 3.19+). */
export function parseLowmemReserve(text: string): number[] | null {
  const m = RESERVE.exec(text.trim());
  if (!m) return null;
  return m[1].trim().split(/\s+/).map(Number);
}
