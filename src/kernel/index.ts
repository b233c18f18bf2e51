/**
 * Public entry of kernel knowledge: gfp decoding per kernel version, zones and orders, the
 * badness rule per era and migrate-type letters. Pure data and functions; imports only model types.
 * Only what another layer uses is exported here; tests of this folder import the modules directly.
 */
import type { OomEvent } from '../parse/model';
import { decodeWithTable } from './gfp/decode';
import { formatPgg, parseMask } from './gfp/pgg';
import { ALL_TABLES } from './gfp/tables';
import { stripParens } from './gfp/printed';
import { pickGfpTableWithTable, tableRange } from './pick';
import type { GfpDecode } from './types';
import { parseKernelVersion } from './version';

export * from './types';
export {
  ZONE_ORDER,
  PAGE_ALLOC_COSTLY_ORDER,
  usableZones,
  compiledZones,
  lowmemReserveColumn,
  requestPages,
  requestKb,
  isCostlyOrder,
  type WordSize,
} from './zones';
export { badnessEraFor } from './badness';
export { knownMigrateType, migrateTypeName } from './migrate';
export { parseKernelVersion, isPrerelease } from './version';

/** Decode a hex mask with the table for a kernel release (null: the newest era where the mask is plausible, 'guess'). */
export function decodeGfp(mask: string, version: string | null): GfpDecode {
  const { table, pick } = pickGfpTableWithTable(version, undefined, mask);
  return decodeWithTable(mask, table, pick);
}

/** Tables other than `exceptId` whose %pGg output equals what the kernel printed, nearest version first. */
function tablesReproducing(mask: number, printed: string, exceptId: string, versionKey: number | null): string[] {
  const matches = ALL_TABLES.filter(
    (t) => t.printsNames && t.id !== exceptId && formatPgg(mask, t).names.join('|') === printed,
  );
  if (versionKey !== null) {
    const distance = (id: string): number => {
      const t = ALL_TABLES.find((x) => x.id === id);
      if (!t) return Infinity;
      const [lo, hi] = tableRange(t);
      return versionKey < lo ? lo - versionKey : versionKey > hi ? versionKey - hi : 0;
    };
    return matches.map((t) => t.id).sort((a, b) => distance(a) - distance(b));
  }
  return matches.map((t) => t.id);
}

/**
 * Decode the event's trigger gfp mask with the table for that event's kernel (version or shape).
 * Where the kernel printed names, they are compared character for character with our decode;
 * a difference sets `mismatch` (and names the tables that would reproduce the kernel's text).
 */
export function decodeGfpForEvent(event: OomEvent): GfpDecode | null {
  const maskText = event.trigger?.gfpMask;
  if (!maskText) return null;
  const { table, pick } = pickGfpTableWithTable(null, event);
  const decode = decodeWithTable(maskText, table, pick);
  const printedRaw = event.trigger?.gfpPrinted ?? null;
  const mask = parseMask(maskText);
  if (printedRaw === null || mask === null) return decode;
  const printed = stripParens(printedRaw);
  if (printed === decode.printed) return decode;
  const v = parseKernelVersion(event.kernel?.version ?? null);
  const others = tablesReproducing(mask, printed, table.id, v ? v.key : null);
  const hint =
    others.length > 0
      ? ` Table ${others[0]} reproduces it.`
      : ' No table reproduces it (config-dependent bits or a distribution change).';
  return {
    ...decode,
    mismatch: `The kernel printed "${printed}" but table ${table.id} decodes ${decode.mask} as "${decode.printed}".${hint}`,
  };
}
