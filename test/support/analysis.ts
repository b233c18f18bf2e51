/**
 * Hand-made inputs and outputs of the analysis (src/analyze) for unit tests: kernel facts with fixed,
 * obvious rules (so a test shows its own inputs), a decoded gfp mask, a whole EventAnalysis for the
 * worker's tests, and the finding a rule produces. For a real analysis, analyse a parsed fixture (viewData.ts).
 */
import type { OomEvent } from '../../src/parse/model';
import type { GfpDecode } from '../../src/kernel/types';
import type { EraRule, KernelFacts } from '../../src/analyze/kernelFacts';
import type { EventAnalysis, Finding, Sentence } from '../../src/analyze/types';
import { analyzeEvent, emptyAnalysis } from '../../src/analyze/index';
import { lowmemReserveColumn } from '../../src/kernel/zones';

/** Kernel facts for tests: fixed, obvious rules so a test shows its own inputs. */
export const ZONES = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'] as const;

export function eraRule(overrides: Partial<EraRule> = {}): EraRule {
  return {
    id: '5.9+',
    rebuildable: true,
    description: 'rss + swap + page tables, oom_score_adj scaled',
    countsSwap: true,
    countsPageTables: true,
    rootBonusPercent: 0,
    adj: 'oom_score_adj',
    printedScore: 'none',
    ...overrides,
  };
}

export function testFacts(overrides: Partial<KernelFacts> = {}): KernelFacts {
  return {
    decodeGfp: () => null,
    reserveColumn: (target, present, length, bits) => lowmemReserveColumn(target, present, length, bits),
    // Every zone at or below the target, as the kernel's zonelist fallback does.
    usableZones: (target, present) => {
      const limit = ZONES.indexOf(target as (typeof ZONES)[number]);
      return present.filter((z) => ZONES.indexOf(z as (typeof ZONES)[number]) <= limit);
    },
    costlyOrder: 3,
    badnessEra: () => eraRule(),
    ...overrides,
  };
}

/** A decoded gfp mask with only the fields the analysis reads set meaningfully. */
export function makeGfp(overrides: Partial<GfpDecode> = {}): GfpDecode {
  return {
    mask: '0x6200ca',
    names: ['GFP_HIGHUSER_MOVABLE'],
    printed: 'GFP_HIGHUSER_MOVABLE',
    flags: [],
    targetZone: 'Movable',
    migrateType: 'Movable',
    canSleep: true,
    canReclaim: true,
    canIo: true,
    canFs: true,
    accounted: false,
    pick: {
      tableId: 'test',
      fromVersion: null,
      confidence: 'exact',
      reason: 'test',
      basis: { kind: 'distro', release: 'test' },
    },
    mismatch: null,
    kswapdReclaim: true,
    usesReserves: false,
    notes: [],
    ...overrides,
  };
}

/** The finding with this id from analysing `event` with test facts, or undefined. */
export function findingOf(event: OomEvent, id: string, facts: KernelFacts = testFacts()): Finding | undefined {
  return analyzeEvent(event, facts).findings.find((f) => f.id === id);
}

/** An analysis with nothing found but the findings given (ids f0, f1, … unless set). */
export function makeAnalysis(findings: Partial<Finding>[] = [], headline: Sentence[] = []): EventAnalysis {
  return {
    ...emptyAnalysis(),
    findings: findings.map((f, i) => ({ id: `f${i}`, severity: 'info', lines: [], params: {}, ...f })),
    headline,
  };
}
