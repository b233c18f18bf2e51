/** A hex mask + one table → the full GfpDecode (names, per-flag meanings, semantics). */
import type { GfpDecode, GfpFlagInfo, GfpTable, TablePick } from '../types';
import { meaningIdOf } from './meanings';
import { formatPgg, hex, parseMask, singleFlagsOf, valueOf } from './pgg';
import { semanticsOf } from './semantics';

function flagInfo(name: string, table: GfpTable, leftover: number): GfpFlagInfo {
  if (name.startsWith('0x')) {
    return { name, value: hex(leftover), composite: false, meaning: meaningIdOf(name, table), members: [] };
  }
  const value = valueOf(table, name) ?? 0;
  const composite = name.startsWith('GFP_');
  return {
    name,
    value: hex(value),
    composite,
    meaning: meaningIdOf(name, table),
    members: composite ? singleFlagsOf(value, table) : [name],
  };
}

/** Decode with a given table. An unparsable mask yields an empty decode with a note, never a throw. */
export function decodeWithTable(mask: string, table: GfpTable, pick: TablePick): GfpDecode {
  const value = parseMask(mask);
  if (value === null) {
    return {
      mask,
      names: [],
      printed: '',
      flags: [],
      targetZone: 'Normal',
      migrateType: 'Unmovable',
      canSleep: false,
      canReclaim: false,
      kswapdReclaim: false,
      canIo: false,
      canFs: false,
      accounted: false,
      usesReserves: false,
      pick,
      mismatch: null,
      notes: [{ id: 'not-hex', params: { mask } }],
    };
  }
  const { names, leftover } = formatPgg(value, table);
  const sem = semanticsOf(value, table);
  const notes = [...sem.notes];
  // This kernel printed only the hex: the names are rendered in the table's order.
  if (!table.printsNames && names.length > 0) notes.push({ id: 'hex-only', params: { table: table.id } });
  // No allocation context: a SysRq-forced OOM or a memcg OOM outside an allocation.
  if (value === 0) notes.push({ id: 'mask-zero' });
  return {
    mask: hex(value),
    names,
    printed: names.join('|'),
    flags: names.map((n) => flagInfo(n, table, leftover)),
    targetZone: sem.targetZone,
    migrateType: sem.migrateType,
    canSleep: sem.canSleep,
    canReclaim: sem.canReclaim,
    kswapdReclaim: sem.kswapdReclaim,
    canIo: sem.canIo,
    canFs: sem.canFs,
    accounted: sem.accounted,
    usesReserves: sem.usesReserves,
    pick,
    mismatch: null,
    notes,
  };
}
