/** Run every finding rule and order the results: most severe first, then in rule order. */
import type { Finding, FindingSeverity } from '../types';
import type { FindingContext, Rule } from './context';
import { gfpDecodeMismatch, fragmentOnly, incompleteReport } from './report';
import { kernelMemoryDominates, memcgLimit } from './memory';
import { noSwap, swapExhausted } from './swap';
import { manyCopies, noTaskTable, oneProcessDominates, rssIsPages, taskTableElided, unkillableTasks } from './tasks';
import {
  noKillableProcess,
  panicOnOom,
  oomGroupKill,
  sacrificedChild,
  sysrqManual,
  triggerIsNotVictim,
  victimNotTopScore,
} from './who';
import { costlyOrder, fragmentation, lowmemPressure, zoneBelowMin } from './zones';

export type { FindingContext } from './context';

/** Rule order is the tie-break within one severity: cause before consequence, people before numbers. */
export const RULES: readonly Rule[] = [
  panicOnOom,
  noKillableProcess,
  memcgLimit,
  zoneBelowMin,
  triggerIsNotVictim,
  fragmentation,
  lowmemPressure,
  swapExhausted,
  kernelMemoryDominates,
  oneProcessDominates,
  unkillableTasks,
  victimNotTopScore,
  costlyOrder,
  gfpDecodeMismatch,
  sysrqManual,
  manyCopies,
  sacrificedChild,
  oomGroupKill,
  noSwap,
  fragmentOnly,
  incompleteReport,
  noTaskTable,
  taskTableElided,
  rssIsPages,
];

const RANK: Record<FindingSeverity, number> = { critical: 0, warning: 1, info: 2 };

export function runFindings(ctx: FindingContext, rules: readonly Rule[] = RULES): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    // One broken rule must not take the others down: the analysis never throws.
    try {
      const f = rule(ctx);
      if (f) found.push(f);
    } catch {
      /* a rule that cannot decide stays silent */
    }
  }
  return found
    .map((f, order) => ({ f, order }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.order - b.order)
    .map(({ f }) => f);
}
