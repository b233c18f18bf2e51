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
  /** The same as data, for words in the reader's language (src/present/gfp.ts). */
  basis: PickBasis;
}

/** Why a gfp table was picked, as data. */
export type PickBasis =
  | { kind: 'distro'; release: string }
  | { kind: 'upstream'; release: string; version: string; notRead: boolean; rhel: 8 | 9 | null }
  | { kind: 'outside'; release: string }
  | {
      kind: 'shape';
      /** Ids of the format clues that set the version window (kernel/shape.ts). */
      clues: string[];
      /** free_pcp in a 3.x layout: RHEL7's backport. */
      rhel7: boolean;
      /** How the mask narrowed the tables: it reproduces the printed names (inside or outside the window), or is plausible. */
      how: 'printed' | 'printed-elsewhere' | 'plausible' | 'plausible-same' | null;
      tables: string[];
      mask: string | null;
    };

/**
 * A remark on a decode, as an id and its params; the words are in the catalogue (`gfp.note.<id>`).
 * Ids: bad-zone, highmem-64bit, movable-configured, no-mobility, movable-and-reclaimable, noaccount-era,
 * not-hex {mask}, hex-only {table}, mask-zero.
 */
export interface GfpNote {
  id: string;
  params?: Record<string, string>;
}

export interface GfpFlagInfo {
  /** Exact kernel name, e.g. "GFP_KERNEL" or "__GFP_IO"; unknown bits as "0x...". */
  name: string;
  /** Mask value of this name on this kernel, hex. */
  value: string;
  composite: boolean;
  /** Its meaning in plain language: the catalogue's `gfp.meaning.<meaning>` (the name, or a name's era variant). */
  meaning: string;
  /** The single `__GFP_*` bits this name stands for (a composite's parts; the flag itself otherwise). */
  members: string[];
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
  /** The caller may wake kswapd (background reclaim); `canReclaim` is direct reclaim by the caller itself. */
  kswapdReclaim: boolean;
  /** May dip into the emergency reserves below the min watermark (__GFP_HIGH / ATOMIC / MEMALLOC). */
  usesReserves: boolean;
  /** Era caveats worth showing next to the decode (HighMem on 64-bit, no mobility grouping, ...). */
  notes: GfpNote[];
}

/**
 * A kernel tree a table was read from. Each table's list sits right after it (`<TABLE>_SOURCES`, gathered in
 * `TABLE_SOURCES` of gfp/tables/index.ts) rather than inside it, so the built app, which never reads them,
 * does not carry them.
 */
export interface KernelSource {
  kernel: string;
  repo: string;
  commit: string;
  files: string[];
}

/**
 * One gfp flag table: the bit values and the `%pGg` name order of a kernel version range.
 * `order` lists [name, value] pairs exactly in the kernel's print order (composites first).
 */
export interface GfpTable {
  id: string;
  /** Inclusive version bounds as "major.minor[.patch]" (2.6.x ranges use the third number). */
  from: string;
  to: string;
  /** Distribution kernels only: a release matching this pattern picks this table. */
  distro?: RegExp;
  /** True when this kernel printed `(%pGg)` names after the hex (4.6+). */
  printsNames: boolean;
  /** __GFP_WAIT era (≤4.3) vs __GFP_DIRECT_RECLAIM/__GFP_KSWAPD_RECLAIM era (4.4+). */
  reclaimModel: 'wait' | 'split';
  /** Where __GFP_MOVABLE lives: a zone modifier (0x08, 2.6.31+), a plain bit (2.6.23–2.6.30), absent (older). */
  movableModel: 'zone-bit' | 'plain-bit' | 'none';
  order: ReadonlyArray<readonly [string, number]>;
  /**
   * The versions ("4.6", "2.6.32") whose source was read or that lie between read ones; other
   * versions of the range get confidence 'likely'. Absent: the whole range is covered.
   */
  verified?: string[];
  notes?: string[];
}

/** How the victim score was computed in one kernel era (see docs/kernel/badness.md). */
export interface BadnessEra {
  id: string;
  rebuildable: boolean;
  description: string;
  source: string;
  countsSwap: boolean;
  countsPageTables: boolean;
  /** 3 where the root (CAP_SYS_ADMIN) bonus applied, else 0. */
  rootBonusPercent: number;
  adj: 'oom_score_adj' | 'oom_adj' | 'none';
  printedScore: 'per-mille' | 'points' | 'none';
  /** What the 3 % root bonus is taken of: all allowed memory (≤3.13) or the task's own usage (3.14+/3.10.y stable). */
  rootBonusOf: 'totalpages' | 'points' | null;
  /** Which page-table column the kernel adds: nr_ptes (3.x), nr_ptes+nr_pmds (4.0–4.14), pgtables_bytes (4.15+). */
  pageTables: 'nr_ptes' | 'nr_ptes+nr_pmds' | 'pgtables_bytes' | 'none';
  /** 5.9+: badness may be negative (oom_score_adj subtracts below zero). */
  signed: boolean;
  confidence: Confidence;
  reason: string;
}
