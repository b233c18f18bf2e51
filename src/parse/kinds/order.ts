/**
 * The order the recognisers are asked in; the first that understands a line wins. It avoids
 * ambiguity: kill lines before generic `key:value` lines, zones before Mem-Info counters, the
 * summary before the lines it ignores, and so on. Each entry names a rule of a kind's record
 * (`kind.rule`); a rule missing here fails to compile (EveryRuleOrdered), one listed twice fails
 * kinds.test.ts.
 */
import { KINDS, type Classified, type ClassifiedKind } from './index';
import type { Rule } from './kind';

type RuleName = {
  [K in ClassifiedKind]: `${K}.${Extract<keyof (typeof KINDS)[K]['recognise'], string>}`;
}[ClassifiedKind];

export const RECOGNITION_ORDER = [
  // Fast path for the lines a report has most of: task rows and v2 memcg stat lines.
  'taskRow.fastPath',
  'memcgStat.fastPath',
  // Lines that open, close or identify an event. The comm or message before them can be anything.
  'trigger.line',
  'allocFailure.line',
  'killEcho.line',
  'victim.line',
  'selection.line',
  'reaped.line',
  'constraint.line',
  'panic.line',
  'noKillable.line',
  'otherPanic.line',
  // A kernel bug's first line (Oops, BUG, WARNING): before the stack lines, which it is followed by.
  'kernelBug.line',
  // dump_stack: `comm cpuset=` (any comm), `CPU:`/`Pid:`, `Hardware name:`, `Call Trace:`, frames.
  'cpuset.line',
  'kernelInfo.line',
  'hardware.line',
  'callTraceHeader.line',
  'frames.line',
  'frame.line',
  'bugLocation.line',
  'stackNoise.line',
  // show_mem / show_free_areas output.
  'memInfoHeader.line',
  'perCpu.line',
  'zone.line',
  'nodeInfo.line',
  'lowmemReserve.line',
  'buddy.line',
  'hugepages.line',
  'summary.line',
  'ignoredSummary.line',
  'memInfoCounters.line',
  // Task dump and memory-cgroup lines.
  'taskBanner.line',
  'taskHeader.line',
  'taskRow.line',
  'elision.line',
  'memcgCounter.line',
  'taskIn.line',
  'oomGroup.line',
  'memcgStatsHeader.line',
  'memcgStat.line',
  'balloon.line',
  'knownNoise.line',
] as const satisfies readonly RuleName[];

/** Compiles only while every rule of every kind is in RECOGNITION_ORDER. */
export type EveryRuleOrdered = AssertNever<Exclude<RuleName, (typeof RECOGNITION_ORDER)[number]>>;
type AssertNever<T extends never> = T;

/** The rules themselves, in RECOGNITION_ORDER. */
export const RULES: readonly Rule<Classified>[] = RECOGNITION_ORDER.map((name) => {
  const [kind, rule] = name.split('.') as [ClassifiedKind, string];
  return (KINDS[kind].recognise as Record<string, Rule<Classified>>)[rule];
});
