/**
 * The task dump: the 4.19+ `Tasks state` banner, the header naming the columns, one row per task,
 * and the elision marks people put in a paste (`...`, `[...]`, `<snip>`).
 */
import type { Task } from '../model';
import { cutMarkOf, isTaskBanner, KNOWN_TASK_COLUMNS, parseTaskHeader, parseTaskRow } from '../sections/taskTable';
import { dropLast, endsBeforeKill, storesNothing, type KindRecords } from './kind';

export interface TaskReadings {
  taskBanner: object;
  taskHeader: { columns: string[] };
  taskRow: { task: Task };
  /** A paste's mark where lines are missing (`...`, `<snip>`, grep's `--`). */
  elision: { cut: 'elision' | 'gap' };
}

/** A task name is at most 15 characters (TASK_COMM_LEN - 1), so only a short tail can finish a row. */
const MAX_NAME_TAIL = 15;
/** Rows are 70+ characters; a shorter row was not cut by a 72-column wrap. */
const MIN_WRAPPED_ROW = 60;

export const TASK_KINDS = {
  taskBanner: {
    recognise: {
      line: {
        starts: 'T',
        classify: (text) => (text.includes('Tasks state') && isTaskBanner(text) ? { kind: 'taskBanner' } : null),
      },
    },
    section: 'none',
    apply: storesNothing,
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'opensFragment',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: true },
  },
  taskHeader: {
    recognise: {
      line: {
        starts: '[',
        classify(text) {
          if (!text.includes('total_vm')) return null;
          const columns = parseTaskHeader(text);
          return columns ? { kind: 'taskHeader', columns } : null;
        },
      },
    },
    section: 'tasks',
    apply(open, c, l) {
      open.taskColumns = c.columns;
      open.event.tasks ??= { columns: c.columns, headerLine: l.line, tasks: [], elided: false };
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
          const tasks = open.event.tasks;
          if (tasks && tasks.columns === old.columns && tasks.tasks.length === 0) open.event.tasks = null;
          open.taskColumns = null;
        },
      },
      joinedReading: true,
      // Headers accept unknown (future) columns, so count only real ones: `oom_scor e_adj` must lose to `oom_score_adj`.
      weight: (c) => c.columns.filter((col) => KNOWN_TASK_COLUMNS.has(col)).length,
    },
  },
  taskRow: {
    recognise: {
      // First of all rules: a report has more task rows than any other line.
      fastPath: {
        starts: '[',
        classify(text, line, ctx) {
          // parseTaskRow refuses anything that does not start `[ digits ]` (a row) at once.
          if (!ctx.taskColumns) return null;
          const task = parseTaskRow(text, ctx.taskColumns, line);
          return task ? { kind: 'taskRow', task } : null;
        },
      },
      line: {
        starts: '[',
        classify(text, line, ctx) {
          if (!ctx.taskColumns || !text.includes('[')) return null;
          const task = parseTaskRow(text, ctx.taskColumns, line);
          return task ? { kind: 'taskRow', task } : null;
        },
      },
    },
    section: 'tasks',
    apply(open, c) {
      open.event.tasks?.tasks.push(c.task);
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: false,
    wrap: {
      cut: {
        takesTail: 'replaces',
        undo(open, old) {
          if (open.event.tasks) dropLast(open.event.tasks.tasks, old.task);
        },
      },
      joinedReading: true,
      /**
       * A row that parsed can only have lost (the end of) its name. A row with a name was cut only if it
       * is as wide as the widest line, and the tail is short. Anything else would just lengthen the name.
       */
      mayTakeTail(before, cut, tail) {
        const rest = tail.trim();
        if (rest.length > MAX_NAME_TAIL || rest.startsWith('[')) return false;
        // A row cut just before its name (a break at the space) takes the next line as the whole name.
        if (before.task.name === '') return true;
        return cut.text.length >= MIN_WRAPPED_ROW && cut.lastPieceLength >= cut.widest;
      },
    },
  },
  elision: {
    recognise: {
      line: {
        // `...`, `[...]`, `<snip>`, `-- snip --`, `snip` (and `…`, which is not ASCII), grep's `--`
        starts: '.[(<-sS',
        classify(text) {
          const cut = text.length < 80 ? cutMarkOf(text) : null;
          return cut ? { kind: 'elision', cut } : null;
        },
      },
    },
    section: (current) => current, // a mark inside the table keeps it open
    apply(open, c, l) {
      (open.event.cuts ??= []).push({ kind: c.cut, line: l.line });
      if (open.event.tasks && open.taskColumns) open.event.tasks.elided = true;
    },
    closesEvent: false,
    afterKill: endsBeforeKill,
    outside: 'nothing',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: false }, // any short text can read as a mark
  },
} satisfies KindRecords<TaskReadings>;
