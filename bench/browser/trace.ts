/**
 * Reads a Chrome trace (playwright's browser.startTracing) for what the bench reports: every task the
 * page's main thread ran in a time window, the longest of them, and what ran inside the longest ones
 * (script, garbage collection, style and layout), so a long task can be traced to its cause.
 */

interface TraceEvent {
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  ph: string;
  name: string;
  cat: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface Task {
  /** Start in the trace's clock (µs). */
  ts: number;
  durMs: number;
  /** The biggest pieces of work inside the task, longest first ("FunctionCall app.js:12 40.1 ms"). */
  inside: string[];
}

export interface MainThreadTasks {
  tasks: Task[];
  longest: Task | null;
  /** Tasks of 50 ms or more (the RAIL "long task" line). */
  over50: number;
}

/** Names of the work items worth naming inside a task (devtools.timeline and v8.gc categories). */
const WORK =
  /^(FunctionCall|EvaluateScript|V8\.GC|MajorGC|MinorGC|Layout|UpdateLayoutTree|Paint|PrePaint|ParseHTML|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|HitTest|Layerize|Commit|V8\.GC_MARK_COMPACTOR|BlinkGC)/;

function label(e: TraceEvent): string {
  const data = e.args?.data ?? {};
  const fn = typeof data.functionName === 'string' && data.functionName ? ` ${data.functionName}` : '';
  const type = typeof data.type === 'string' ? ` ${data.type}` : '';
  return `${e.name}${fn}${type}`;
}

function events(trace: Buffer): TraceEvent[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The page's main thread is CrRendererMain of the renderer that also runs the app's dedicated worker (a
 * trace holds every Chrome process). `fromTs`/`toTs`: the window to report, in the trace's clock.
 */
export function mainThreadTasks(trace: Buffer, window: { fromTs: number; toTs: number }, detail = 5): MainThreadTasks {
  const all = events(trace);
  const names = all.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const workerPid = names.find((e) => e.args?.name === 'DedicatedWorker thread')?.pid;
  const main = names.find((e) => e.args?.name === 'CrRendererMain' && (workerPid === undefined || e.pid === workerPid));
  if (!main) return { tasks: [], longest: null, over50: 0 };
  const onMain = all.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const runTasks = onMain
    .filter((e) => e.name === 'RunTask' && e.cat.includes('devtools.timeline'))
    .filter((e) => e.ts + (e.dur ?? 0) >= window.fromTs && e.ts <= window.toTs)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = runTasks.map((e, i) => ({
    ts: e.ts,
    durMs: (e.dur ?? 0) / 1000,
    inside: i < detail ? inside(onMain, e) : [],
  }));
  return { tasks, longest: tasks[0] ?? null, over50: tasks.filter((t) => t.durMs >= 50).length };
}

/** The work items inside `task`, summed by label, biggest first (nested items are counted in their parent too). */
function inside(onMain: TraceEvent[], task: TraceEvent): string[] {
  const end = task.ts + (task.dur ?? 0);
  const byLabel = new Map<string, number>();
  for (const e of onMain) {
    if (e === task || e.ts < task.ts || e.ts > end || !WORK.test(e.name)) continue;
    byLabel.set(label(e), (byLabel.get(label(e)) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...byLabel]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`);
}

/** The categories the bench records: tasks (RunTask) and the work inside them. */
export const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'v8',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

/** The trace timestamp of a `performance.mark(name)` made in the page (blink.user_timing), in µs. */
export function markTs(trace: Buffer, name: string): number | null {
  const mark = events(trace).find((e) => e.cat.includes('blink.user_timing') && e.name === name);
  return mark ? mark.ts : null;
}
