/**
 * The classification rules, in the order they are asked (the first that understands a line wins):
 * kill lines before generic `key:value` lines, zones before Mem-Info counters, and so on.
 *
 * Each rule names the characters a (trimmed) line it accepts can start with. Nearly every kernel
 * format is anchored at the start of the line, so classify.ts asks only the rules that can
 * start with the line's first character; rules whose format may follow arbitrary text (a comm
 * before `invoked oom-killer:`, a message before `Killed process`) say ANY. That filter only skips
 * rules that would have refused the line, so the result is the same as asking all of them
 * (classify.test.ts checks that on every fixture line).
 *
 * Inside a rule, a plain substring test comes before the parser's regular expressions: a report
 * line then costs a few scans instead of a dozen expressions. A guard may let through lines its
 * parser rejects, never the other way round.
 */
import type { Classified, ClassifyContext } from './classify';
import { parseAllocFailure } from '../sections/allocFailure';
import { parseBuddy } from '../sections/buddy';
import { isCallTraceHeader, isStackNoise, parseFrameList, parseStackFrame } from '../sections/callTrace';
import { parseConstraint } from '../sections/constraint';
import { parseCpuset } from '../sections/cpuset';
import { parseHardware, parseKernelInfo } from '../sections/kernelInfo';
import { isNoKillable, parseKillSelection, parsePanic, parseReaped, parseVictim } from '../sections/kill';
import {
  isMemcgKillMessage,
  parseOomGroup,
  parseMemcgCounter,
  parseMemcgStatLine,
  parseMemcgStatsHeader,
  parseTaskIn,
} from '../sections/memcg';
import { isMemInfoHeader, isPerCpuLine, parseMemInfoCounters } from '../sections/memInfo';
import { isIgnoredSummaryLine, parseHugepages, parseSummaryLine } from '../sections/memSummary';
import { parseNodeInfo } from '../sections/nodeInfo';
import { isElision, isTaskBanner, parseTaskHeader, parseTaskRow } from '../sections/taskTable';
import { parseTrigger } from '../sections/trigger';
import { parseLowmemReserve, parseZone } from '../sections/zone';
import { isKnownOomNoise } from './noise';

/** The rule may accept a line starting with any character. */
export const ANY = null;

export interface Rule {
  /** Characters a trimmed line this rule accepts can start with, or ANY. */
  starts: string | null;
  classify(text: string, line: number, ctx: ClassifyContext): Classified | null;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const LETTERS = UPPER + LOWER;
/** Zone lines and buddy lines: `Node N ` or a zone name (DMA32, DMA, Normal, HighMem, Movable, Device). */
const ZONE_STARTS = 'NDHM';

export const RULES: readonly Rule[] = [
  // Fast path for the lines a report has most of: task rows and v2 memcg stat lines.
  {
    starts: '[',
    classify(text, line, ctx) {
      // parseTaskRow refuses anything that does not start `[ digits ]` (a row) at once.
      if (!ctx.taskColumns) return null;
      const task = parseTaskRow(text, ctx.taskColumns, line);
      return task ? { kind: 'taskRow', task } : null;
    },
  },
  {
    starts: LOWER + '_',
    classify(text, _line, ctx) {
      if (!ctx.inMemcgStats || !/^\s*[a-z_]+ \d+\s*$/.test(text)) return null;
      const stat = parseMemcgStatLine(text);
      return stat ? { kind: 'memcgStat', key: stat[0], value: stat[1] } : null;
    },
  },
  // Lines that open, close or identify an event. The comm or message before them can be anything.
  {
    starts: ANY,
    classify(text, line) {
      if (!text.includes('oom-killer')) return null;
      const trigger = parseTrigger(text, line);
      return trigger ? { kind: 'trigger', trigger } : null;
    },
  },
  {
    starts: ANY,
    classify(text) {
      if (!text.includes('allocation failure')) return null;
      const failure = parseAllocFailure(text);
      return failure ? { kind: 'allocFailure', ...failure } : null;
    },
  },
  {
    starts: ANY,
    classify(text, line) {
      if (!text.includes('process')) return null;
      const victim = parseVictim(text, line);
      if (victim) return { kind: 'victim', victim, memcgMessage: isMemcgKillMessage(text) };
      const selection = parseKillSelection(text, line);
      return selection ? { kind: 'selection', selection, memcgMessage: isMemcgKillMessage(text) } : null;
    },
  },
  {
    starts: 'o', // `oom_reaper: reaped process`
    classify(text, line) {
      if (!text.includes('oom_reaper')) return null;
      const reaped = parseReaped(text, line);
      return reaped ? { kind: 'reaped', reaped } : null;
    },
  },
  {
    starts: 'o', // `oom-kill:constraint=`
    classify(text, line) {
      if (!text.includes('oom-kill:')) return null;
      const constraint = parseConstraint(text, line);
      return constraint ? { kind: 'constraint', constraint } : null;
    },
  },
  {
    starts: 'KOSo', // `Kernel panic - not syncing: `, `Out of memory`, `System is deadlocked`, `out of memory`
    classify(text, line) {
      if (!text.includes('panic') && !text.includes('deadlocked')) return null;
      const panic = parsePanic(text, line);
      return panic ? { kind: 'panic', panic } : null;
    },
  },
  {
    starts: 'KO',
    classify: (text) => (text.includes('killable') && isNoKillable(text) ? { kind: 'noKillable' } : null),
  },
  // dump_stack: `comm cpuset=` (any comm), `CPU:`/`Pid:`, `Hardware name:`, `Call Trace:`, frames.
  {
    starts: ANY,
    classify(text, line) {
      if (!text.includes('cpuset=')) return null;
      const cpuset = parseCpuset(text, line);
      return cpuset ? { kind: 'cpuset', cpuset } : null;
    },
  },
  {
    starts: 'CP',
    classify(text, line) {
      if (!text.includes('CPU:') && !text.includes('PID:') && !text.includes('Pid:')) return null;
      const kernel = parseKernelInfo(text, line);
      return kernel ? { kind: 'kernelInfo', kernel } : null;
    },
  },
  {
    starts: 'H',
    classify(text) {
      if (!text.includes('Hardware name')) return null;
      const hardware = parseHardware(text);
      return hardware !== null ? { kind: 'hardware', hardware } : null;
    },
  },
  {
    starts: 'C', // `Call Trace:`, `Call trace:` (the guard keeps arm32's `Backtrace:` out, as before)
    classify(text) {
      if (!text.includes('all Trace') && !text.includes('all trace')) return null;
      return isCallTraceHeader(text) ? { kind: 'callTraceHeader' } : null;
    },
  },
  {
    starts: 'C<[', // x86_64 ≤2.6.15: `Call Trace:<ffffffff8015f1a1>{out_of_memory+50} <...>{...}`, then more lines of them
    classify(text, line) {
      if (!text.includes('>{')) return null;
      const frames = parseFrameList(text, line);
      return frames ? { kind: 'frames', frames } : null;
    },
  },
  {
    // `<IRQ>` marker, `[<address>]`, `? `, or the symbol itself (`[A-Za-z_.$]`).
    starts: '<[?_.$' + LETTERS,
    classify(text, line) {
      if (!text.includes('+0x') && !text.includes('[<')) return null;
      const frame = parseStackFrame(text, line);
      return frame ? { kind: 'frame', frame } : null;
    },
  },
  {
    // Stack markers, x86/arm register names, `Workqueue:`, `Modules linked in:`, `Stack:`, taint
    // legend `[E]=`, raw hex stack words, `---[ end trace`.
    starts: '<[-' + DIGITS + 'abcdef' + 'RECOFGDSPWM' + 'plsxr',
    classify: (text) => (isStackNoise(text) ? { kind: 'stackNoise' } : null),
  },
  // show_mem / show_free_areas output.
  {
    starts: 'M',
    classify: (text) => (text.includes('Mem-') && isMemInfoHeader(text) ? { kind: 'memInfoHeader' } : null), // 2.6.9 `Mem-info:`
  },
  {
    starts: DIGITS + LETTERS + '_', // `\w+ per-cpu:`, `CPU    0: hi:`, `cpu 0 hot:`
    classify: (text) =>
      (text.includes('per-cpu') || text.includes('hi:') || text.startsWith('cpu ')) && isPerCpuLine(text)
        ? { kind: 'perCpu' }
        : null,
  },
  {
    starts: ZONE_STARTS,
    classify(text, line) {
      if (!text.includes('free:') || !text.includes('high:')) return null;
      const zone = parseZone(text, line);
      return zone ? { kind: 'zone', zone } : null;
    },
  },
  {
    starts: 'N',
    classify(text, line) {
      if (!text.includes('Node')) return null;
      const node = parseNodeInfo(text, line);
      return node ? { kind: 'nodeInfo', node } : null;
    },
  },
  {
    starts: 'lp', // `lowmem_reserve[]:`, ≤2.6.1x `protections[]:`
    classify(text) {
      if (!text.includes('lowmem_reserve') && !text.includes('protections[]')) return null;
      const reserve = parseLowmemReserve(text);
      return reserve ? { kind: 'lowmemReserve', reserve } : null;
    },
  },
  {
    starts: ZONE_STARTS,
    classify(text, line) {
      if (!text.includes('*') && !text.includes('empty')) return null; // ≤2.6.2x `HighMem: empty`
      const row = parseBuddy(text, line);
      return row ? { kind: 'buddy', row } : null;
    },
  },
  {
    starts: 'N',
    classify(text, line) {
      if (!text.includes('hugepages_')) return null;
      const hugepages = parseHugepages(text, line);
      return hugepages ? { kind: 'hugepages', hugepages } : null;
    },
  },
  {
    starts: DIGITS + 'FTS', // `N pages RAM`, `Free swap`, `Total swap`, `Swap cache stats:`, `Total of`, `Free pages:`
    classify(text) {
      if (!text.includes('pages') && !text.includes('swap') && !text.includes('Swap')) return null;
      const summary = parseSummaryLine(text);
      if (summary) return { kind: 'summary', ...summary };
      return isIgnoredSummaryLine(text) ? { kind: 'ignoredSummary' } : null;
    },
  },
  {
    starts: LETTERS, // every token `key:pages`, keys start with a letter
    classify(text, _line, ctx) {
      if (!ctx.acceptCounters || !text.includes(':')) return null;
      const counters = parseMemInfoCounters(text);
      return counters ? { kind: 'memInfoCounters', counters } : null;
    },
  },
  // Task dump and memory-cgroup lines.
  {
    starts: 'T',
    classify: (text) => (text.includes('Tasks state') && isTaskBanner(text) ? { kind: 'taskBanner' } : null),
  },
  {
    starts: '[',
    classify(text) {
      if (!text.includes('total_vm')) return null;
      const columns = parseTaskHeader(text);
      return columns ? { kind: 'taskHeader', columns } : null;
    },
  },
  {
    starts: '[',
    classify(text, line, ctx) {
      if (!ctx.taskColumns || !text.includes('[')) return null;
      const task = parseTaskRow(text, ctx.taskColumns, line);
      return task ? { kind: 'taskRow', task } : null;
    },
  },
  {
    starts: '.[(<-sS', // `...`, `[...]`, `<snip>`, `-- snip --`, `snip` (and `…`, which is not ASCII)
    classify: (text) => (text.length < 80 && isElision(text) ? { kind: 'elision' } : null),
  },
  {
    starts: 'msk', // `memory:`, `memory+swap:`, `swap:`, `kmem:`
    classify(text, line) {
      if (!text.includes('usage')) return null;
      const counter = parseMemcgCounter(text, line);
      return counter ? { kind: 'memcgCounter', counterKind: counter.kind, counter: counter.counter } : null;
    },
  },
  {
    starts: 'TMk', // `Task in`, `Memory limit reached`, `killed as a result of limit of`
    classify(text) {
      if (!text.includes('Task in') && !text.includes('limit of') && !text.includes('Memory limit reached'))
        return null;
      const taskIn = parseTaskIn(text);
      return taskIn ? { kind: 'taskIn', ...taskIn } : null;
    },
  },
  {
    starts: 'T', // `Tasks in /path are going to be killed due to memory.oom.group set`
    classify(text) {
      if (!text.includes('memory.oom.group')) return null;
      const path = parseOomGroup(text);
      return path !== null ? { kind: 'oomGroup', path } : null;
    },
  },
  {
    starts: 'M',
    classify(text) {
      if (!text.includes('cgroup stats')) return null;
      const statsHeader = parseMemcgStatsHeader(text);
      return statsHeader ? { kind: 'memcgStatsHeader', ...statsHeader } : null;
    },
  },
  {
    starts: LOWER,
    classify(text, _line, ctx) {
      if (!ctx.inMemcgStats) return null;
      const stat = parseMemcgStatLine(text);
      return stat ? { kind: 'memcgStat', key: stat[0], value: stat[1] } : null;
    },
  },
  {
    starts: ANY, // two of these messages may follow a prefix of their own
    classify: (text) => (isKnownOomNoise(text) ? { kind: 'knownNoise' } : null),
  },
];
