/**
 * Line classification for the event builder: what a logical line is, asked of the section parsers
 * in a fixed order (rules.ts) that avoids ambiguity. Context decides the few lines that only
 * mean something inside a block (task rows need the header's columns, v2 memcg stats are bare
 * `key value` pairs).
 *
 * Hot path of report parsing: a line is offered only to the rules whose format can start with its
 * first character (a table built once), in the same order, so the answer is the one asking every
 * rule would give, at a fraction of the cost.
 */
import type {
  BuddyRow,
  ConstraintInfo,
  CpusetInfo,
  Hugepages,
  KernelInfo,
  KillSelection,
  MemcgCounter,
  NodeInfo,
  PanicInfo,
  Reaped,
  StackFrame,
  Task,
  Trigger,
  Victim,
  Zone,
} from '../model';
import { RULES, type Rule } from './rules';
import type { MemcgCounterKind } from '../sections/memcg';
import type { SummaryKey } from '../sections/memSummary';

export type Classified =
  | { kind: 'trigger'; trigger: Trigger }
  | { kind: 'allocFailure'; comm: string | null; gfpMask: string | null; order: number | null }
  | { kind: 'victim'; victim: Victim; memcgMessage: boolean }
  | { kind: 'selection'; selection: KillSelection; memcgMessage: boolean }
  | { kind: 'reaped'; reaped: Reaped }
  | { kind: 'constraint'; constraint: ConstraintInfo }
  | { kind: 'panic'; panic: PanicInfo }
  | { kind: 'noKillable' }
  | { kind: 'cpuset'; cpuset: CpusetInfo }
  | { kind: 'kernelInfo'; kernel: KernelInfo }
  | { kind: 'hardware'; hardware: string }
  | { kind: 'callTraceHeader' }
  | { kind: 'frame'; frame: StackFrame }
  /** Several frames on one line (x86_64 ≤2.6.15), maybe after `Call Trace:`. */
  | { kind: 'frames'; frames: StackFrame[] }
  | { kind: 'stackNoise' }
  | { kind: 'memInfoHeader' }
  | { kind: 'memInfoCounters'; counters: Record<string, number> }
  | { kind: 'perCpu' }
  | { kind: 'nodeInfo'; node: NodeInfo }
  | { kind: 'zone'; zone: Zone }
  | { kind: 'lowmemReserve'; reserve: number[] }
  | { kind: 'buddy'; row: BuddyRow }
  | { kind: 'hugepages'; hugepages: Hugepages }
  | { kind: 'summary'; key: SummaryKey; value: number }
  | { kind: 'ignoredSummary' }
  | { kind: 'taskBanner' }
  | { kind: 'taskHeader'; columns: string[] }
  | { kind: 'taskRow'; task: Task }
  | { kind: 'elision' }
  | { kind: 'memcgCounter'; counterKind: MemcgCounterKind; counter: MemcgCounter }
  | { kind: 'taskIn'; taskPath: string | null; path: string | null }
  | { kind: 'oomGroup'; path: string }
  | { kind: 'memcgStatsHeader'; path: string; inlineStats: Record<string, number> | null }
  | { kind: 'memcgStat'; key: string; value: number }
  | { kind: 'knownNoise' };

export type ClassifiedKind = Classified['kind'];

export interface ClassifyContext {
  /** Columns of the task table currently being read, or null outside one. */
  taskColumns: string[] | null;
  /** Inside a v2 `Memory cgroup stats for` block (bare `key value` lines). */
  inMemcgStats: boolean;
  /** Bare Mem-Info counter lines are accepted (after `Mem-Info:` or while no counters were seen). */
  acceptCounters: boolean;
}

/**
 * Words found in every line that can start an event, an allocation failure or a fragment, or join
 * a closed event (reaper). Outside a report, lines without them are other programs' messages and
 * skip the ~35 section parsers: most of a big journal is such lines.
 */
const MAY_MATTER_OUTSIDE =
  /invoked oom-killer|^oom-killer: (?:gfp_mask|order)=|allocation failure|killed process|kill process|oom_reaper|oom-kill:|panic|deadlocked on memory|no killable|mem-info|tasks state|total_vm|task in |memory limit reached|memory cgroup/i;

export function mayMatterOutsideEvents(text: string): boolean {
  return MAY_MATTER_OUTSIDE.test(text);
}

/** Rules by the first character of a line (ASCII); other lines are offered to every rule. */
const RULES_BY_START: readonly (readonly Rule[])[] = Array.from({ length: 128 }, (_, code) =>
  RULES.filter((rule) => rule.starts === null || rule.starts.includes(String.fromCharCode(code))),
);

/** What the line is, or null when no rule understood it. Never throws (section parsers never do). */
export function classifyLine(text: string, line: number, ctx: ClassifyContext): Classified | null {
  // prefix.ts hands over text without leading blanks: only other white space needs trim().
  let first = text.charCodeAt(0);
  if (!(first > 32 && first < 127)) first = text.trim().charCodeAt(0);
  const rules = first < 128 ? RULES_BY_START[first] : RULES; // NaN (empty line) is not < 128
  for (let i = 0; i < rules.length; i++) {
    const classified = rules[i].classify(text, line, ctx);
    if (classified !== null) return classified;
  }
  return null;
}

/** Every rule in order, without the first-character table: the reference classifyLine must agree with (tests). */
export function classifyByEveryRule(text: string, line: number, ctx: ClassifyContext): Classified | null {
  for (const rule of RULES) {
    const classified = rule.classify(text, line, ctx);
    if (classified !== null) return classified;
  }
  return null;
}
