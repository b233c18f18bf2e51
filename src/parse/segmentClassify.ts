/**
 * Line classification for the event builder: asks every section parser, in an order that avoids
 * ambiguity (kill lines before generic `key:value` lines, zones before Mem-Info counters), what a
 * logical line is. Context decides the few lines that only mean something inside a block
 * (task rows need the header's columns, v2 memcg stats are bare `key value` pairs).
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
} from './model';
import { parseAllocFailure } from './sections/allocFailure';
import { parseBuddy } from './sections/buddy';
import { isCallTraceHeader, isStackNoise, parseStackFrame } from './sections/callTrace';
import { parseConstraint } from './sections/constraint';
import { parseCpuset } from './sections/cpuset';
import { parseHardware, parseKernelInfo } from './sections/kernelInfo';
import { isNoKillable, parseKillSelection, parsePanic, parseReaped, parseVictim } from './sections/kill';
import {
  isMemcgKillMessage,
  parseMemcgCounter,
  parseMemcgStatLine,
  parseMemcgStatsHeader,
  parseTaskIn,
  type MemcgCounterKind,
} from './sections/memcg';
import { isMemInfoHeader, isPerCpuLine, parseMemInfoCounters } from './sections/memInfo';
import { isIgnoredSummaryLine, parseHugepages, parseSummaryLine, type SummaryKey } from './sections/memSummary';
import { parseNodeInfo } from './sections/nodeInfo';
import { isElision, isTaskBanner, parseTaskHeader, parseTaskRow } from './sections/taskTable';
import { parseTrigger } from './sections/trigger';
import { parseLowmemReserve, parseZone } from './sections/zone';
import { isKnownOomNoise } from './segmentNoise';

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
  | { kind: 'taskIn'; taskPath: string | null; path: string }
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
  /invoked oom-killer|allocation failure|killed process|kill process|oom_reaper|oom-kill:|panic|deadlocked on memory|no killable|mem-info|tasks state|total_vm|task in |memory limit reached|usage \d|memory cgroup/i;

export function mayMatterOutsideEvents(text: string): boolean {
  return MAY_MATTER_OUTSIDE.test(text);
}

/** What the line is, or null when no rule understood it. Never throws (section parsers never do). */
export function classifyLine(text: string, line: number, ctx: ClassifyContext): Classified | null {
  return (
    classifyBulk(text, line, ctx) ??
    classifyReportFrame(text, line) ??
    classifyMemory(text, line, ctx) ??
    classifyTasksAndMemcg(text, line, ctx)
  );
}

/** Fast path for the lines a report has most of: task rows and v2 memcg stat lines. */
function classifyBulk(text: string, line: number, ctx: ClassifyContext): Classified | null {
  if (ctx.taskColumns && /^\s*\[\s*\d+\]/.test(text)) {
    const task = parseTaskRow(text, ctx.taskColumns, line);
    if (task) return { kind: 'taskRow', task };
  }
  if (ctx.inMemcgStats && /^\s*[a-z_]+ \d+\s*$/.test(text)) {
    const stat = parseMemcgStatLine(text);
    if (stat) return { kind: 'memcgStat', key: stat[0], value: stat[1] };
  }
  return null;
}

// Each parser runs only when the line holds a word its format cannot do without: the guards are
// plain substring tests, so a report line costs a few of them instead of ~35 regular expressions.
// A guard may let through lines its parser rejects, never the other way round.

/** Lines that open, close or identify an event, and the dump_stack block. */
function classifyReportFrame(text: string, line: number): Classified | null {
  if (text.includes('oom-killer')) {
    const trigger = parseTrigger(text, line);
    if (trigger) return { kind: 'trigger', trigger };
  }
  if (text.includes('allocation failure')) {
    const failure = parseAllocFailure(text);
    if (failure) return { kind: 'allocFailure', ...failure };
  }
  if (text.includes('process')) {
    const victim = parseVictim(text, line);
    if (victim) return { kind: 'victim', victim, memcgMessage: isMemcgKillMessage(text) };
    const selection = parseKillSelection(text, line);
    if (selection) return { kind: 'selection', selection, memcgMessage: isMemcgKillMessage(text) };
  }
  if (text.includes('oom_reaper')) {
    const reaped = parseReaped(text, line);
    if (reaped) return { kind: 'reaped', reaped };
  }
  if (text.includes('oom-kill:')) {
    const constraint = parseConstraint(text, line);
    if (constraint) return { kind: 'constraint', constraint };
  }
  if (text.includes('panic') || text.includes('deadlocked')) {
    const panic = parsePanic(text, line);
    if (panic) return { kind: 'panic', panic };
  }
  if (text.includes('killable') && isNoKillable(text)) return { kind: 'noKillable' };
  return classifyDumpStack(text, line);
}

function classifyDumpStack(text: string, line: number): Classified | null {
  if (text.includes('cpuset=')) {
    const cpuset = parseCpuset(text, line);
    if (cpuset) return { kind: 'cpuset', cpuset };
  }
  if (text.includes('CPU:') || text.includes('PID:') || text.includes('Pid:')) {
    const kernel = parseKernelInfo(text, line);
    if (kernel) return { kind: 'kernelInfo', kernel };
  }
  if (text.includes('Hardware name')) {
    const hardware = parseHardware(text);
    if (hardware !== null) return { kind: 'hardware', hardware };
  }
  if (text.includes('all Trace') || text.includes('all trace')) {
    if (isCallTraceHeader(text)) return { kind: 'callTraceHeader' };
  }
  if (text.includes('+0x') || text.includes('[<')) {
    const frame = parseStackFrame(text, line);
    if (frame) return { kind: 'frame', frame };
  }
  if (isStackNoise(text)) return { kind: 'stackNoise' };
  return null;
}

/** show_mem / show_free_areas output. */
function classifyMemory(text: string, line: number, ctx: ClassifyContext): Classified | null {
  if (text.includes('Mem-Info')) {
    if (isMemInfoHeader(text)) return { kind: 'memInfoHeader' };
  }
  if ((text.includes('per-cpu') || text.includes('hi:')) && isPerCpuLine(text)) return { kind: 'perCpu' };
  if (text.includes('free:') && text.includes('high:')) {
    const zone = parseZone(text, line);
    if (zone) return { kind: 'zone', zone };
  }
  if (text.includes('Node')) {
    const node = parseNodeInfo(text, line);
    if (node) return { kind: 'nodeInfo', node };
  }
  if (text.includes('lowmem_reserve')) {
    const reserve = parseLowmemReserve(text);
    if (reserve) return { kind: 'lowmemReserve', reserve };
  }
  if (text.includes('*')) {
    const row = parseBuddy(text, line);
    if (row) return { kind: 'buddy', row };
  }
  if (text.includes('hugepages_')) {
    const hugepages = parseHugepages(text, line);
    if (hugepages) return { kind: 'hugepages', hugepages };
  }
  if (text.includes('pages') || text.includes('swap') || text.includes('Swap')) {
    const summary = parseSummaryLine(text);
    if (summary) return { kind: 'summary', ...summary };
    if (isIgnoredSummaryLine(text)) return { kind: 'ignoredSummary' };
  }
  if (ctx.acceptCounters && text.includes(':')) {
    const counters = parseMemInfoCounters(text);
    if (counters) return { kind: 'memInfoCounters', counters };
  }
  return null;
}

/** Task dump and memory-cgroup lines. */
function classifyTasksAndMemcg(text: string, line: number, ctx: ClassifyContext): Classified | null {
  if (text.includes('Tasks state') && isTaskBanner(text)) return { kind: 'taskBanner' };
  if (text.includes('total_vm')) {
    const columns = parseTaskHeader(text);
    if (columns) return { kind: 'taskHeader', columns };
  }
  if (ctx.taskColumns && text.includes('[')) {
    const task = parseTaskRow(text, ctx.taskColumns, line);
    if (task) return { kind: 'taskRow', task };
  }
  if (text.length < 80 && isElision(text)) return { kind: 'elision' };
  if (text.includes('usage')) {
    const counter = parseMemcgCounter(text, line);
    if (counter) return { kind: 'memcgCounter', counterKind: counter.kind, counter: counter.counter };
  }
  if (text.includes('Task in') || text.includes('Memory limit reached')) {
    const taskIn = parseTaskIn(text);
    if (taskIn) return { kind: 'taskIn', ...taskIn };
  }
  if (text.includes('cgroup stats')) {
    const statsHeader = parseMemcgStatsHeader(text);
    if (statsHeader) return { kind: 'memcgStatsHeader', ...statsHeader };
  }
  if (ctx.inMemcgStats) {
    const stat = parseMemcgStatLine(text);
    if (stat) return { kind: 'memcgStat', key: stat[0], value: stat[1] };
  }
  if (isKnownOomNoise(text)) return { kind: 'knownNoise' };
  return null;
}
