/**
 * Era from the report's shape, for logs without a kernel release (cut pastes, fragments).
 * Each clue is a fact about the format that changed at a known release (docs/kernel/oom-report.md); the
 * window is the intersection of the clues, strongest first. A clue that would empty the window
 * is dropped (distribution backports, pasted-together logs) and said so.
 */
import type { OomEvent } from '../parse/model';
import { keyOf, upperKeyOf } from './version';

export interface Clue {
  lo?: string;
  hi?: string;
  /** Names the clue for the page, which words it in the reader's language (catalogue `gfp.clue.<id>`). */
  id: string;
  why: string;
}

export interface VersionWindow {
  lo: number;
  hi: number;
  /** Clues that narrowed the window, as short phrases. */
  used: string[];
  /** Their ids, in the same order. */
  usedIds: string[];
  /** Clues that contradicted the stronger ones and were ignored. */
  ignored: string[];
}

function triggerClues(e: OomEvent, out: Clue[]): void {
  const t = e.trigger;
  if (!t) return;
  if (t.gfpPrinted !== null) out.push({ lo: '4.6', id: 'gfp-names', why: 'gfp names printed after the mask (4.6+)' });
  else if (t.gfpMask !== null) out.push({ hi: '4.5', id: 'no-gfp-names', why: 'no gfp names after the mask (≤4.5)' });
  if (t.oomAdj !== null && t.oomScoreAdj === null)
    out.push({ hi: '2.6.35', id: 'header-oom-adj', why: 'header has oom_adj only (≤2.6.35)' });
  if (t.oomAdj !== null && t.oomScoreAdj !== null)
    out.push({
      lo: '2.6.36',
      hi: '3.9',
      id: 'header-both-adj',
      why: 'header has oom_adj and oom_score_adj (2.6.36–3.x)',
    });
  if (t.nodemask !== null)
    out.push({ lo: '4.9', hi: '4.20', id: 'header-nodemask', why: 'nodemask= on the header (4.9–4.20)' });
}

function taskClues(e: OomEvent, out: Clue[]): void {
  const cols = e.tasks?.columns;
  if (!cols) return;
  const has = (c: string): boolean => cols.includes(c);
  if (has('rss_anon'))
    out.push({ lo: '6.8', id: 'tasks-rss-split', why: 'task table has rss_anon/rss_file/rss_shmem (6.8+)' });
  else if (has('pgtables_bytes'))
    out.push({ lo: '4.15', hi: '6.7', id: 'tasks-pgtables', why: 'task table has pgtables_bytes (4.15–6.7)' });
  else if (has('nr_pmds'))
    out.push({ lo: '4.0', hi: '4.14', id: 'tasks-nr-pmds', why: 'task table has nr_pmds (4.0–4.14)' });
  else if (has('nr_ptes'))
    out.push({ lo: '3.6', hi: '3.19', id: 'tasks-nr-ptes', why: 'task table has nr_ptes without nr_pmds (3.6–3.19)' });
  else if (has('cpu') || has('oom_adj')) {
    if (has('oom_score_adj'))
      out.push({
        lo: '2.6.36',
        hi: '3.5',
        id: 'tasks-cpu-both-adj',
        why: 'task table has cpu/oom_adj/oom_score_adj (2.6.36–3.5)',
      });
    else out.push({ hi: '2.6.35', id: 'tasks-cpu-adj', why: 'task table has cpu/oom_adj (≤2.6.35)' });
  }
}

function killClues(e: OomEvent, out: Clue[]): void {
  if (e.kernel?.uid !== null && e.kernel?.uid !== undefined)
    out.push({ lo: '6.11', id: 'cpu-uid', why: 'CPU line carries UID: (6.11+)' });
  if (e.constraint) out.push({ lo: '5.0', id: 'constraint-line', why: 'oom-kill:constraint= summary line (5.0+)' });
  if (e.selection)
    out.push({ hi: '5.0', id: 'sacrifice-child', why: '"Kill process … score … or sacrifice child" line (≤5.0)' });
  if (e.victim?.pgtablesKb !== null && e.victim?.pgtablesKb !== undefined) {
    out.push({ lo: '5.4', id: 'kill-pgtables', why: 'Killed process line has pgtables: (5.4+)' });
  }
  if (e.victim?.message)
    out.push({ lo: '5.1', id: 'kill-reason', why: '"<reason>: Killed process" prefix (5.1+, also RHEL 8)' });
  if (e.memcg?.statsUnit === 'bytes')
    out.push({ lo: '5.3', id: 'memcg-bytes', why: 'memcg OOM dumps memory.stat in bytes (5.3+)' });
  if (e.hugepages.length > 0) out.push({ lo: '3.10', id: 'hugepages', why: 'hugepages_total= lines (3.10+)' });
  if (e.summary.hwpoisonedPages !== null)
    out.push({ lo: '3.16', id: 'hwpoisoned', why: '"pages hwpoisoned" line (3.16+)' });
  if (e.summary.cmaReservedPages !== null)
    out.push({ lo: '3.19', id: 'cma-reserved', why: '"pages cma reserved" line (3.19+)' });
}

function memClues(e: OomEvent, out: Clue[]): void {
  const zoneHas = (k: string): boolean => e.zones.some((z) => k in z.fieldsKb);
  const nodeHas = (k: string): boolean => e.nodes.some((n) => k in n.fieldsKb);
  const counters = e.memInfo?.counters ?? {};
  if (zoneHas('free_highatomic') || zoneHas('zspages'))
    out.push({ lo: '6.16', id: 'zone-free-highatomic', why: 'zone has free_highatomic/zspages (6.16+)' });
  else if (e.zones.some((z) => z.boostKb !== null))
    out.push({ lo: '5.16', id: 'zone-boost', why: 'zone has boost: (5.16+)' });
  else if (e.zones.some((z) => z.reservedHighatomicKb !== null))
    out.push({ lo: '5.5', id: 'zone-reserved-highatomic', why: 'zone has reserved_highatomic (5.5+)' });
  if (nodeHas('Balloon')) out.push({ lo: '6.18', id: 'node-balloon', why: 'node line has Balloon: (6.18+)' });
  else if (nodeHas('sec_pagetables') || 'sec_pagetables' in counters)
    out.push({ lo: '6.1', id: 'sec-pagetables', why: 'sec_pagetables counter (6.1+)' });
  else if (nodeHas('pagetables'))
    out.push({ lo: '5.11', id: 'node-pagetables', why: 'node line has pagetables (5.11+)' });
  else if (nodeHas('kernel_stack'))
    out.push({ lo: '5.9', id: 'node-kernel-stack', why: 'node line has kernel_stack (5.9+)' });
  if ('kernel_misc_reclaimable' in counters)
    out.push({ lo: '5.15', id: 'kernel-misc-reclaimable', why: 'kernel_misc_reclaimable counter (5.15+)' });
  if ('unstable' in counters || nodeHas('unstable'))
    out.push({ hi: '5.7', id: 'unstable', why: 'unstable: counter (≤5.7)' });
  if (e.nodes.length > 0) out.push({ lo: '4.8', id: 'node-line', why: 'per-node Mem-Info line (4.8+)' });
  if (zoneHas('writepending')) out.push({ lo: '4.8', id: 'zone-writepending', why: 'zone has writepending (4.8+)' });
  else if (zoneHas('dirty') || zoneHas('isolated(anon)'))
    out.push({ hi: '4.7', id: 'zone-dirty', why: 'zone line still has dirty/isolated fields (≤4.7)' });
  if (zoneHas('free_pcp') || 'free_pcp' in counters)
    out.push({ lo: '3.10', id: 'free-pcp', why: 'free_pcp counter (4.1+, RHEL7 backport)' });
  if (zoneHas('managed')) out.push({ lo: '3.8', id: 'zone-managed', why: 'zone has managed: (3.8+)' });
}

/** Migrate-type letters are printed in enum order: 3.8–4.3 `UEMRCI`, 4.4+ `UMEHCI`. */
function buddyClues(e: OomEvent, out: Clue[]): void {
  const groups = e.buddy.flatMap((b) => b.migrateTypes).filter((g): g is string => !!g);
  if (groups.length === 0) return;
  const joined = groups.join(' ');
  if (/H/.test(joined)) out.push({ lo: '4.4', id: 'buddy-h', why: 'buddy letters include H (HighAtomic, 4.4+)' });
  else if (/R/.test(joined))
    out.push({ lo: '3.8', hi: '4.3', id: 'buddy-r', why: 'buddy letters include R (Reserve, 3.8–4.3)' });
  else if (groups.some((g) => g.indexOf('E') >= 0 && g.indexOf('M') > g.indexOf('E'))) {
    out.push({ lo: '3.8', hi: '4.3', id: 'buddy-uem', why: 'buddy letters in U,E,M order (3.8–4.3)' });
  } else if (groups.some((g) => g.indexOf('M') >= 0 && g.indexOf('E') > g.indexOf('M'))) {
    out.push({ lo: '4.4', id: 'buddy-ume', why: 'buddy letters in U,M,E order (4.4+)' });
  } else out.push({ lo: '3.8', id: 'buddy-letters', why: 'buddy lines carry migrate-type letters (3.8+)' });
}

export function shapeClues(e: OomEvent): Clue[] {
  const out: Clue[] = [];
  triggerClues(e, out);
  taskClues(e, out);
  killClues(e, out);
  buddyClues(e, out);
  memClues(e, out);
  return out;
}

export const MIN_KEY = keyOf('2.6.0');
export const MAX_KEY = upperKeyOf('6.19');

export function inferVersionWindow(e: OomEvent): VersionWindow {
  let lo = MIN_KEY;
  let hi = MAX_KEY;
  const used: string[] = [];
  const usedIds: string[] = [];
  const ignored: string[] = [];
  for (const c of shapeClues(e)) {
    const cLo = c.lo ? keyOf(c.lo) : MIN_KEY;
    const cHi = c.hi ? upperKeyOf(c.hi) : MAX_KEY;
    const nLo = Math.max(lo, cLo);
    const nHi = Math.min(hi, cHi);
    if (nLo > nHi) {
      ignored.push(c.why);
      continue;
    }
    lo = nLo;
    hi = nHi;
    used.push(c.why);
    usedIds.push(c.id);
  }
  return { lo, hi, used, usedIds, ignored };
}
