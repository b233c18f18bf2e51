/**
 * The victim-score rule of each kernel era (docs/kernel/badness.md), so the analyzer can recompute scores
 * and say when it cannot. Eras, by the commits that changed them:
 * - ≤2.6.35: badness() heuristic on total_vm, CPU time, run time, nice, capabilities: not rebuildable;
 * - 2.6.36 (a63d83f427fb, also RHEL6): (rss + nr_ptes + swap)·1000/totalpages − 30 for root, + oom_score_adj;
 * - ~3.5: the same sum kept in pages; printed score normalised to per-mille;
 * - 3.14 (778c14affaf9; also late 3.10.y/3.13.y stable): root bonus is 3 % of the task's own usage;
 * - 4.17 ("remove 3% bonus for CAP_SYS_ADMIN processes", also RHEL8): no root bonus;
 * - 5.1 (bbbe480): no "score" line any more; 5.9 (9066e5cfb73c): signed badness.
 */
import type { OomEvent } from '../parse/model';
import { inferVersionWindow } from './shape';
import type { BadnessEra, Confidence } from './types';
import { keyOf, parseKernelVersion, upperKeyOf } from './version';

type EraData = Omit<BadnessEra, 'confidence' | 'reason'> & { from: string; to: string };

const COMMON = { adj: 'oom_score_adj', countsSwap: true, countsPageTables: true, signed: false } as const;

const ERAS: EraData[] = [
  {
    id: 'heuristic-2.6',
    from: '2.6.0',
    to: '2.6.35',
    rebuildable: false,
    adj: 'oom_adj',
    countsSwap: false,
    countsPageTables: false,
    rootBonusPercent: 0,
    rootBonusOf: null,
    pageTables: 'none',
    printedScore: 'points',
    signed: false,
    description:
      'badness(): total_vm scaled by CPU time, run time, nice, capabilities and oom_adj shifts; the log lacks the inputs, so scores cannot be rebuilt.',
    source: 'mm/oom_kill.c badness() (2.6.32.69 chenbq83/Linux-2.6.32.69 @ 753a1748)',
  },
  {
    id: 'per-mille-2.6.36',
    from: '2.6.36',
    to: '3.4',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 3,
    rootBonusOf: 'totalpages',
    pageTables: 'nr_ptes',
    printedScore: 'per-mille',
    description:
      '(rss + nr_ptes + swap)·1000/totalpages, −30 for root, + oom_score_adj, clamped to 1…1000. The task table of this era prints neither nr_ptes nor swapents, so a rebuild from it uses rss only.',
    source:
      'a63d83f427fb "oom: badness heuristic rewrite"; RHEL6 oom_badness (functor/linux-2.6.32-642.6.2.el6 @ 310e44f0)',
  },
  {
    id: 'pages-3.5',
    from: '3.5',
    to: '3.13',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 3,
    rootBonusOf: 'totalpages',
    pageTables: 'nr_ptes',
    printedScore: 'per-mille',
    description:
      'rss + nr_ptes + swapents in pages, minus 3 % of totalpages for root, + oom_score_adj·totalpages/1000; printed score = points·1000/totalpages.',
    source:
      '"mm, oom: normalize oom scores to oom_score_adj scale only for userspace" (2012); harviswang/linux-3.10.99 @ 8072c307',
  },
  {
    id: 'pages-3.14',
    from: '3.14',
    to: '3.19',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 3,
    rootBonusOf: 'points',
    pageTables: 'nr_ptes',
    printedScore: 'per-mille',
    description:
      'rss + nr_ptes + swapents in pages, root tasks lose 3 % of their own points, + oom_score_adj·totalpages/1000; printed per-mille.',
    source: '778c14affaf9 "mm, oom: base root bonus on current usage"',
  },
  {
    id: 'pages-4.0',
    from: '4.0',
    to: '4.14',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 3,
    rootBonusOf: 'points',
    pageTables: 'nr_ptes+nr_pmds',
    printedScore: 'per-mille',
    description:
      'rss + nr_ptes + nr_pmds + swapents in pages, root −3 % of points, + oom_score_adj·totalpages/1000; printed per-mille.',
    source: 'mm/oom_kill.c oom_badness (AnTuanHa/linux-stable-v4.4.121 @ 14240454)',
  },
  {
    id: 'pages-4.15',
    from: '4.15',
    to: '4.16',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 3,
    rootBonusOf: 'points',
    pageTables: 'pgtables_bytes',
    printedScore: 'per-mille',
    description:
      'rss + pgtables_bytes/PAGE_SIZE + swapents, root −3 % of points, + oom_score_adj·totalpages/1000; printed per-mille.',
    source: 'af5b0f6 "mm: consolidate page table accounting"; sndrzt/linux-4.15 @ 6ea06264',
  },
  {
    id: 'pages-4.17',
    from: '4.17',
    to: '5.0',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 0,
    rootBonusOf: null,
    pageTables: 'pgtables_bytes',
    printedScore: 'per-mille',
    description:
      'rss + pgtables_bytes/PAGE_SIZE + swapents, + oom_score_adj·totalpages/1000, no root bonus; printed per-mille.',
    source: '"mm, oom: remove 3% bonus for CAP_SYS_ADMIN processes" (2018); Eric-LGF/linux-4.19.78 @ c7395f2d',
  },
  {
    id: 'pages-5.1',
    from: '5.1',
    to: '5.8',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 0,
    rootBonusOf: null,
    pageTables: 'pgtables_bytes',
    printedScore: 'none',
    description:
      'rss + pgtables_bytes/PAGE_SIZE + swapents, + oom_score_adj·totalpages/1000; the kernel no longer prints a score.',
    source: 'bbbe480 "mm, oom: remove \'prefer children over parent\' heuristic"',
  },
  {
    id: 'signed-5.9',
    from: '5.9',
    to: '9.0',
    ...COMMON,
    rebuildable: true,
    rootBonusPercent: 0,
    rootBonusOf: null,
    pageTables: 'pgtables_bytes',
    printedScore: 'none',
    signed: true,
    description:
      'rss + swapents + pgtables_bytes/PAGE_SIZE, + oom_score_adj·totalpages/1000, may go negative; no score printed.',
    source:
      '9066e5cfb73c "mm, oom: make the calculation of oom badness more accurate"; matankalina/linux-6.19.10-fork @ 094d8694',
  },
];

function eraAt(key: number): EraData {
  return ERAS.find((e) => key >= keyOf(e.from) && key <= upperKeyOf(e.to)) ?? ERAS[ERAS.length - 1];
}

function finish(era: EraData, confidence: Confidence, reason: string, overrides: Partial<BadnessEra> = {}): BadnessEra {
  const { from, to, ...rest } = era;
  void from;
  void to;
  return { ...rest, confidence, reason, ...overrides };
}

export function badnessEraFor(version: string | null, event?: OomEvent): BadnessEra {
  const release = version ?? event?.kernel?.version ?? null;
  const v = parseKernelVersion(release);
  if (v) {
    if (v.distro === 'rhel6') return finish(ERAS[1], 'exact', `from ${v.raw}: RHEL6 carries the 2.6.36 rewrite`);
    if (v.distro === 'rhel8') {
      return finish(
        eraAt(keyOf('4.18')),
        'likely',
        `from ${v.raw}: RHEL8 4.18 rule (no root bonus); it prints no score line`,
        {
          printedScore: 'none',
        },
      );
    }
    const era = eraAt(v.key);
    const stableNote =
      era.id === 'pages-3.5' && (v.minor === 10 || v.minor === 13)
        ? "; late 3.10.y/3.13.y stable take the 3 % of the task's own usage"
        : '';
    return finish(era, v.distro === 'rhel7' || stableNote ? 'likely' : 'exact', `from ${v.raw}${stableNote}`);
  }
  if (!event) return finish(eraAt(keyOf('5.9')), 'guess', 'no version and no report: assuming a current kernel');
  const w = inferVersionWindow(event);
  const lo = eraAt(w.lo);
  const hi = eraAt(w.hi);
  const why = w.used.length > 0 ? w.used.join('; ') : 'no format clues';
  // When the window spans several eras, lean to its newest end: recent kernels dominate real logs.
  return finish(hi, lo.id === hi.id ? 'likely' : 'guess', `no kernel version; report shape: ${why}`);
}
