/**
 * Which gfp table decodes an event's mask, and how sure we are.
 *
 * With a release: distribution tables first (RHEL backports renumber nothing but add flags),
 * then the upstream range containing the base version. Without one: the report's shape gives a
 * version window; among the tables in it, prefer those that reproduce printed names, then those
 * under which the mask is plausible for an OOM (it can reclaim, no unnamed bits).
 */
import type { OomEvent } from '../parse/model';
import { formatPgg, parseMask } from './gfp/pgg';
import { stripParens } from './gfp/printed';
import { semanticsOf } from './gfp/semantics';
import { DISTRO_TABLES, UPSTREAM_TABLES } from './gfp/tables';
import { GFP_RHEL7 } from './gfp/tables/v3';
import { inferVersionWindow } from './shape';
import type { Confidence, GfpTable, PickBasis, TablePick } from './types';
import { type KernelVersion, keyOf, parseKernelVersion, shortVersion, upperKeyOf } from './version';

export function tableRange(t: GfpTable): [number, number] {
  return [keyOf(t.from), upperKeyOf(t.to)];
}

function isVerified(t: GfpTable, v: KernelVersion): boolean {
  if (!t.verified) return true;
  return t.verified.some((s) => s === shortVersion(v) || s === `${v.major}.${v.minor}`);
}

interface Chosen {
  table: GfpTable;
  confidence: Confidence;
  reason: string;
  basis: PickBasis;
}

function distroPick(v: KernelVersion): Chosen | null {
  for (const t of DISTRO_TABLES) {
    const [lo, hi] = tableRange(t);
    if (t.distro?.test(v.raw) && v.key >= lo && v.key <= hi) {
      return {
        table: t,
        confidence: 'exact',
        reason: `from ${v.raw}: distribution table ${t.id}`,
        basis: { kind: 'distro', release: v.raw },
      };
    }
  }
  return null;
}

export function upstreamTableFor(key: number): GfpTable | null {
  return UPSTREAM_TABLES.find((t) => key >= tableRange(t)[0] && key <= tableRange(t)[1]) ?? null;
}

function pickFromVersion(v: KernelVersion): Chosen {
  const distro = distroPick(v);
  if (distro) return distro;
  const table = upstreamTableFor(v.key);
  if (!table) {
    const newest = v.key > tableRange(UPSTREAM_TABLES[UPSTREAM_TABLES.length - 1])[1];
    const t = newest ? UPSTREAM_TABLES[UPSTREAM_TABLES.length - 1] : UPSTREAM_TABLES[0];
    return {
      table: t,
      confidence: 'guess',
      reason: `from ${v.raw}: outside the known tables, nearest is ${t.id}`,
      basis: { kind: 'outside', release: v.raw },
    };
  }
  let confidence: Confidence = isVerified(table, v) ? 'exact' : 'likely';
  const notRead = confidence === 'likely';
  let reason = `from ${v.raw}: upstream ${shortVersion(v)} → table ${table.id}`;
  if (notRead) reason += ` (${shortVersion(v)} itself was not read)`;
  let rhel: 8 | 9 | null = null;
  if (v.distro === 'rhel8' || v.distro === 'rhel9') {
    confidence = v.distro === 'rhel8' && /-147\./.test(v.raw) ? 'exact' : 'likely';
    rhel = v.distro === 'rhel8' ? 8 : 9;
    reason += `; RHEL ${rhel} backports may differ from upstream`;
  }
  return {
    table,
    confidence,
    reason,
    basis: { kind: 'upstream', release: v.raw, version: shortVersion(v), notRead, rhel },
  };
}

/** How plausible a mask is as the gfp of an OOM-invoking allocation under a table (higher is better). */
export function plausibility(mask: number, table: GfpTable, order: number | null): number {
  const { leftover } = formatPgg(mask, table);
  const sem = semanticsOf(mask, table);
  let score = leftover === 0 ? 2 : 0;
  // Only allocations that may direct-reclaim reach the OOM killer (sysrq order=-1 and gfp 0 aside).
  if (sem.canReclaim || mask === 0 || order === -1) score += 2;
  if (sem.canIo) score += 1;
  return score;
}

/** free_pcp arrived upstream in 4.1; with a 3.x-only window it is RHEL7's backport of the 4.1 Mem-Info. */
function looksLikeRhel7(event: OomEvent, windowHi: number): boolean {
  const hasPcp = event.zones.some((z) => 'free_pcp' in z.fieldsKb) || 'free_pcp' in (event.memInfo?.counters ?? {});
  return hasPcp && windowHi < keyOf('4.1');
}

function pickFromShape(event: OomEvent | undefined, maskHint: string | null): Chosen {
  const window = event ? inferVersionWindow(event) : null;
  if (event && window && looksLikeRhel7(event, window.hi)) {
    return {
      table: GFP_RHEL7,
      confidence: 'likely',
      reason: `no kernel version; report shape: ${window.used.join('; ')}; free_pcp with a 3.x layout is RHEL7's backport → ${GFP_RHEL7.id}`,
      basis: { kind: 'shape', clues: window.usedIds, rhel7: true, how: null, tables: [], mask: null },
    };
  }
  const inWindow = UPSTREAM_TABLES.filter((t) => {
    const [lo, hi] = tableRange(t);
    return !window || (lo <= window.hi && hi >= window.lo);
  });
  let candidates = inWindow.length > 0 ? inWindow : [...UPSTREAM_TABLES];
  const why = window && window.used.length > 0 ? window.used.join('; ') : 'no format clues';
  const maskText = event?.trigger?.gfpMask ?? maskHint;
  const mask = maskText ? parseMask(maskText) : null;
  const printed = event?.trigger?.gfpPrinted ?? null;
  let confidence: Confidence = 'guess';
  let how = '';
  let howId: Extract<PickBasis, { kind: 'shape' }>['how'] = null;
  if (mask !== null && printed !== null) {
    const wanted = stripParens(printed);
    const matching = candidates.filter((t) => t.printsNames && formatPgg(mask, t).names.join('|') === wanted);
    if (matching.length > 0) {
      candidates = matching;
      confidence = 'likely';
      how = '; reproduces the printed names';
      howId = 'printed';
    } else {
      // The names the kernel printed outrank format clues (a backport can move a format line).
      const anywhere = [...UPSTREAM_TABLES, ...DISTRO_TABLES].filter(
        (t) => t.printsNames && formatPgg(mask, t).names.join('|') === wanted,
      );
      if (anywhere.length > 0) {
        candidates = anywhere;
        howId = 'printed-elsewhere';
        how = `; only ${anywhere.map((t) => t.id).join(', ')} reproduce the printed names, outside the shape window`;
      }
    }
  } else if (mask !== null) {
    const order = event?.trigger?.order ?? null;
    const best = Math.max(...candidates.map((t) => plausibility(mask, t, order)));
    candidates = candidates.filter((t) => plausibility(mask, t, order) === best);
    const decodes = new Set(candidates.map((t) => formatPgg(mask, t).names.join('|')));
    how = `; mask ${maskText} is plausible under ${candidates.map((t) => t.id).join(', ')}`;
    howId = 'plausible';
    if (candidates.length > 1 && decodes.size === 1) {
      how += ' (they all decode it the same way)';
      howId = 'plausible-same';
    }
  }
  const table = candidates[candidates.length - 1];
  if (candidates.length === 1 && confidence === 'guess' && window && window.used.length > 0) confidence = 'likely';
  return {
    table,
    confidence,
    reason: `no kernel version; report shape: ${why}${how} → ${table.id}`,
    basis: {
      kind: 'shape',
      clues: window?.usedIds ?? [],
      rhel7: false,
      how: howId,
      tables: candidates.map((t) => t.id),
      mask: maskText ?? null,
    },
  };
}

/** Pick the gfp table for a release string (or the event's own release, or its shape). */
export function pickGfpTableWithTable(
  version: string | null,
  event?: OomEvent,
  maskHint: string | null = null,
): { table: GfpTable; pick: TablePick } {
  const release = version ?? event?.kernel?.version ?? null;
  const v = parseKernelVersion(release);
  // Without a version or an event, the mask alone still rules out eras where it could not reclaim.
  const chosen = v ? pickFromVersion(v) : pickFromShape(event, maskHint);
  return {
    table: chosen.table,
    pick: {
      tableId: chosen.table.id,
      fromVersion: v ? v.raw : null,
      confidence: chosen.confidence,
      reason: chosen.reason,
      basis: chosen.basis,
    },
  };
}

export function pickGfpTable(version: string | null, event?: OomEvent): TablePick {
  return pickGfpTableWithTable(version, event).pick;
}
