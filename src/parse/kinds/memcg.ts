/**
 * The memory-cgroup part of a cgroup OOM: usage/limit counters, `Task in ... killed as a result of
 * limit of ...` (≤4.20), the memory.oom.group note, and the stats dump (v1 inline, v2 one per line).
 */
import type { MemcgCounter } from '../model';
import {
  parseMemcgCounter,
  parseMemcgStatLine,
  parseMemcgStatsHeader,
  parseOomGroup,
  parseTaskIn,
  type MemcgCounterKind,
} from '../sections/memcg';
import { endsBeforeKill, ensureMemcg, type EventInProgress, type KindRecords } from './kind';

export interface MemcgReadings {
  memcgCounter: { counterKind: MemcgCounterKind; counter: MemcgCounter };
  taskIn: { taskPath: string | null; path: string | null };
  oomGroup: { path: string };
  memcgStatsHeader: { path: string; inlineStats: Record<string, number> | null };
  memcgStat: { key: string; value: number };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';

export const MEMCG_KINDS = {
  memcgCounter: {
    recognise: {
      line: {
        starts: 'msk', // `memory:`, `memory+swap:`, `swap:`, `kmem:`
        classify(text, line) {
          if (!text.includes('usage')) return null;
          const counter = parseMemcgCounter(text, line);
          return counter ? { kind: 'memcgCounter', counterKind: counter.kind, counter: counter.counter } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      ensureMemcg(open.event, l.line)[c.counterKind] ??= c.counter;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          const memcg = open.event.memcg;
          if (memcg && memcg[old.counterKind] === old.counter) memcg[old.counterKind] = null;
        },
      },
      joinedReading: true,
    },
  },
  taskIn: {
    recognise: {
      line: {
        starts: 'TMk', // `Task in`, `Memory limit reached`, `killed as a result of limit of`
        classify(text) {
          if (!text.includes('Task in') && !text.includes('limit of') && !text.includes('Memory limit reached'))
            return null;
          const taskIn = parseTaskIn(text);
          return taskIn ? { kind: 'taskIn', ...taskIn } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      const memcg = ensureMemcg(open.event, l.line);
      memcg.path ??= c.path;
      memcg.taskPath ??= c.taskPath;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          // Only what this reading set: 3.14–3.18 print the task's and the limit's cgroup on two lines.
          const memcg = open.event.memcg;
          if (memcg && old.path !== null && memcg.path === old.path) memcg.path = null;
          if (memcg && old.taskPath !== null && memcg.taskPath === old.taskPath) memcg.taskPath = null;
        },
      },
      joinedReading: true,
    },
  },
  oomGroup: {
    recognise: {
      line: {
        starts: 'T', // `Tasks in /path are going to be killed due to memory.oom.group set`
        classify(text) {
          if (!text.includes('memory.oom.group')) return null;
          const path = parseOomGroup(text);
          return path !== null ? { kind: 'oomGroup', path } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      open.event.oomGroup ??= { path: c.path, line: l.line, killed: [] };
    },
    closesEvent: false,
    // The group's kills follow the victim's (see kill.ts victim.afterKill).
    afterKill(open, c, l) {
      const e = open.event;
      if (!e.victim || e.oomGroup) return false;
      e.oomGroup = { path: c.path, line: l.line, killed: [] };
      return 'recorded';
    },
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  memcgStatsHeader: {
    recognise: {
      line: {
        starts: 'M',
        classify(text) {
          if (!text.includes('cgroup stats')) return null;
          const statsHeader = parseMemcgStatsHeader(text);
          return statsHeader ? { kind: 'memcgStatsHeader', ...statsHeader } : null;
        },
      },
    },
    // v1 prints the stats on the header line; v2 one `key value` per line after it.
    section: (_current, c) => (c.inlineStats ? 'none' : 'memcgStats'),
    apply(open, c, l) {
      applyStatsHeader(open, c.path, c.inlineStats, l.line);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          const memcg = open.event.memcg;
          if (!memcg) return;
          if (memcg.children.at(-1)?.path === old.path) memcg.children.pop();
          else if (memcg.statsPath === old.path && open.statsTaken) {
            open.statsTaken = false;
            Object.assign(memcg, { statsPath: null, stats: {}, statsUnit: null, statsLine: null });
          }
        },
      },
      joinedReading: true,
    },
  },
  memcgStat: {
    recognise: {
      // Second of all rules: a v2 stats block is ~40 of these lines.
      fastPath: {
        starts: LOWER + '_',
        classify(text, _line, ctx) {
          if (!ctx.inMemcgStats || !/^\s*[a-z_]+ \d+\s*$/.test(text)) return null;
          const stat = parseMemcgStatLine(text);
          return stat ? { kind: 'memcgStat', key: stat[0], value: stat[1] } : null;
        },
      },
      line: {
        starts: LOWER,
        classify(text, _line, ctx) {
          if (!ctx.inMemcgStats) return null;
          const stat = parseMemcgStatLine(text);
          return stat ? { kind: 'memcgStat', key: stat[0], value: stat[1] } : null;
        },
      },
    },
    section: 'memcgStats',
    apply(open, c) {
      const memcg = open.event.memcg;
      if (memcg && memcg.statsUnit === 'bytes') memcg.stats[c.key] = c.value;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
} satisfies KindRecords<MemcgReadings>;

function applyStatsHeader(
  open: EventInProgress,
  path: string,
  inline: Record<string, number> | null,
  line: number,
): void {
  const memcg = ensureMemcg(open.event, line);
  if (open.statsTaken) {
    // A child cgroup's stats: v1 prints one line per memcg in the hierarchy below the OOM one.
    if (inline) memcg.children.push({ path, stats: { ...inline }, line });
    open.section = 'none';
    return;
  }
  open.statsTaken = true;
  memcg.statsPath = path;
  memcg.statsLine = line;
  memcg.stats = inline ? { ...inline } : {};
  memcg.statsUnit = inline ? 'kB' : 'bytes';
}
