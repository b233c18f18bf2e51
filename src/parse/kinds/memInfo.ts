/**
 * show_mem / show_free_areas output apart from the zones: `Mem-Info:`, its counters, the per-cpu
 * pagesets of old kernels, the per-node line, hugepages and the RAM / swap summary at the end.
 */
import type { Hugepages, NodeInfo } from '../model';
import { isMemInfoHeader, isPerCpuLine, parseMemInfoCounters } from '../sections/memInfo';
import { isIgnoredSummaryLine, parseHugepages, parseSummaryLine, type SummaryKey } from '../sections/memSummary';
import { parseNodeInfo } from '../sections/nodeInfo';
import { dropLast, lateDumpLine, storesNothing, type KindRecords } from './kind';

export interface MemInfoReadings {
  memInfoHeader: object;
  memInfoCounters: { counters: Record<string, number> };
  perCpu: object;
  nodeInfo: { node: NodeInfo };
  hugepages: { hugepages: Hugepages };
  summary: { key: SummaryKey; value: number };
  ignoredSummary: object;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const LETTERS = UPPER + LOWER;
/** The summary lines: `N pages RAM`, `Free swap`, `Total swap`, `Swap cache stats:`, `Total of`, `Free pages:`. */
const SUMMARY_STARTS = DIGITS + 'FTS';
const mayBeSummary = (text: string): boolean =>
  text.includes('pages') || text.includes('swap') || text.includes('Swap');

export const MEM_INFO_KINDS = {
  memInfoHeader: {
    recognise: {
      line: {
        starts: 'M',
        classify: (text) => (text.includes('Mem-') && isMemInfoHeader(text) ? { kind: 'memInfoHeader' } : null), // 2.6.9 `Mem-info:`
      },
    },
    section: 'counters',
    apply(open, _c, l) {
      open.event.memInfo ??= { counters: {}, line: l.line };
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'opensFragment',
    inFailureDump: true,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  memInfoCounters: {
    recognise: {
      line: {
        starts: LETTERS, // every token `key:pages`, keys start with a letter
        classify(text, _line, ctx) {
          if (!ctx.acceptCounters || !text.includes(':')) return null;
          const counters = parseMemInfoCounters(text);
          return counters ? { kind: 'memInfoCounters', counters } : null;
        },
      },
    },
    section: 'counters',
    apply(open, c, l) {
      const e = open.event;
      if (e.memInfo) Object.assign(e.memInfo.counters, c.counters);
      else e.memInfo = { counters: { ...c.counters }, line: l.line };
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          const memInfo = open.event.memInfo;
          if (memInfo) for (const key of Object.keys(old.counters)) delete memInfo.counters[key];
        },
      },
      joinedReading: true,
    },
  },
  perCpu: {
    recognise: {
      line: {
        starts: DIGITS + LETTERS + '_', // `\w+ per-cpu:`, `CPU    0: hi:`, `cpu 0 hot:`
        classify: (text) =>
          (text.includes('per-cpu') || text.includes('hi:') || text.startsWith('cpu ')) && isPerCpuLine(text)
            ? { kind: 'perCpu' }
            : null,
      },
    },
    section: 'counters', // ≤3.19 prints the per-cpu pagesets between `Mem-Info:` and the counters
    apply: storesNothing,
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: true },
  },
  nodeInfo: {
    recognise: {
      line: {
        starts: 'N',
        classify(text, line) {
          if (!text.includes('Node')) return null;
          const node = parseNodeInfo(text, line);
          return node ? { kind: 'nodeInfo', node } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      open.event.nodes.push(c.node);
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          dropLast(open.event.nodes, old.node);
        },
      },
      joinedReading: true,
    },
  },
  hugepages: {
    recognise: {
      line: {
        starts: 'N',
        classify(text, line) {
          if (!text.includes('hugepages_')) return null;
          const hugepages = parseHugepages(text, line);
          return hugepages ? { kind: 'hugepages', hugepages } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      open.event.hugepages.push(c.hugepages);
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          dropLast(open.event.hugepages, old.hugepages);
        },
      },
      joinedReading: true,
    },
  },
  summary: {
    recognise: {
      line: {
        starts: SUMMARY_STARTS,
        classify(text) {
          if (!mayBeSummary(text)) return null;
          const summary = parseSummaryLine(text);
          return summary ? { kind: 'summary', ...summary } : null;
        },
      },
    },
    section: 'none',
    apply(open, c, l) {
      open.event.summary[c.key] = c.value;
      open.event.summary.lines[c.key] = l.line;
    },
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo: storesNothing, // the joined reading simply overwrites the value and its line
      },
      joinedReading: true,
    },
  },
  ignoredSummary: {
    recognise: {
      line: {
        starts: SUMMARY_STARTS, // asked right after `summary.line`, on the lines it refused
        classify: (text) => (mayBeSummary(text) && isIgnoredSummaryLine(text) ? { kind: 'ignoredSummary' } : null),
      },
    },
    // ≤2.6.2x prints `Free pages: ...kB (...kB HighMem)` between the per-cpu lines and the counters.
    section: (current) => (current === 'counters' ? current : 'none'),
    apply: storesNothing,
    closesEvent: false,
    afterKill: lateDumpLine,
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: true },
  },
} satisfies KindRecords<MemInfoReadings>;
