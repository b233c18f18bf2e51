/** Run every finding rule and order the results: most severe first, then in rule order. */
import type { Finding, FindingSeverity } from '../types';
import type { FindingContext, Rule } from './context';
import { memcgLimitBelowWorkload } from './memcgWorkload';
import { balloon, driverMemoryFinding, kernelMemoryDominates, shmemDominates, unaccountedMemory } from './memory';
import { noKillableProcess, oomGroupKill, panicOnOom, sysrqManual } from './outcome';
import { fragmentOnly, gfpDecodeMismatch, gfpPrerelease, incompleteReport, kernelBugDuringOom } from './report';
import { constraintUnusableZones, memcgLimit, scopeUnknown } from './scope';
import { repeatedKills } from './story';
import { noSwap, swapExhausted, swapUnused } from './swap';
import { manyCopies, noTaskTable, oneProcessDominates, rssIsPages, taskTableElided, unkillableTasks } from './tasks';
import {
  kswapdInvoker,
  printedScore,
  sacrificedChild,
  selectedThreadOfVictim,
  triggerIsNotVictim,
  triggerThreadOfVictim,
  victimNotTopScore,
} from './who';
import { costlyOrder, fragmentation, lowmemPressure, zoneBelowMin } from './zones';

export type { FindingContext } from './context';
export { digestOf } from './story';

/** Rule order is the tie-break within one severity: cause before consequence, people before numbers. */
export const RULES: readonly Rule[] = [
  kernelBugDuringOom,
  panicOnOom,
  noKillableProcess,
  memcgLimit,
  constraintUnusableZones,
  zoneBelowMin,
  kswapdInvoker,
  triggerIsNotVictim,
  fragmentation,
  lowmemPressure,
  driverMemoryFinding,
  shmemDominates,
  memcgLimitBelowWorkload,
  swapExhausted,
  swapUnused,
  kernelMemoryDominates,
  unaccountedMemory,
  oneProcessDominates,
  unkillableTasks,
  victimNotTopScore,
  repeatedKills,
  costlyOrder,
  gfpDecodeMismatch,
  sysrqManual,
  triggerThreadOfVictim,
  manyCopies,
  sacrificedChild,
  selectedThreadOfVictim,
  printedScore,
  oomGroupKill,
  balloon,
  gfpPrerelease,
  noSwap,
  scopeUnknown,
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
