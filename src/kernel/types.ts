/** Kernel knowledge as data: the shapes of the tables and of what decoding yields. */

export type Confidence = 'exact' | 'likely' | 'guess';

/** How a gfp table was picked for an event. */
export interface TablePick {
  /** Table id, e.g. "4.10-4.13". */
  tableId: string;
  /** The kernel version the pick was based on, or null when inferred from the report's shape. */
  fromVersion: string | null;
  confidence: Confidence;
  /** One sentence: why this table ("from 3.13.0-86-generic", "no version; report shape says 4.19–6.7"). */
  reason: string;
}

export interface GfpFlagInfo {
  /** Exact kernel name, e.g. "GFP_KERNEL" or "__GFP_IO"; unknown bits as "0x...". */
  name: string;
  /** Mask value of this name on this kernel, hex. */
  value: string;
  composite: boolean;
  /** One line of meaning in plain language. */
  meaning: string;
}

export interface GfpDecode {
  mask: string;
  /** Names in the kernel's own %pGg order: composites first, then single bits, then leftover hex. */
  names: string[];
  /** The names joined as the kernel prints them, e.g. "GFP_HIGHUSER_MOVABLE|__GFP_COMP". */
  printed: string;
  flags: GfpFlagInfo[];
  /** Zone implied by the zone modifier bits: "DMA" | "DMA32" | "Normal" | "HighMem" | "Movable". */
  targetZone: string;
  /** "Unmovable" | "Movable" | "Reclaimable". */
  migrateType: string;
  canSleep: boolean;
  canReclaim: boolean;
  canIo: boolean;
  canFs: boolean;
  accounted: boolean;
  pick: TablePick;
  /** Set when the kernel printed names that differ from our decode. */
  mismatch: string | null;
}
