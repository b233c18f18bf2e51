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
  /** Thread time (µs): how long the thread actually ran, without the time the OS gave its core to others. */
  tdur?: number;
  ph: string;
  name: string;
  cat: string;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

export interface Task {
  /** Start in the trace's clock (µs). */
  ts: number;
  durMs: number;
  /** The thread's CPU time in it (ms), when the trace has it: far below durMs means the machine was busy. */
  cpuMs: number | null;
  /** The biggest pieces of work inside the task, longest first ("FunctionCall app.js:12 40.1 ms"). */
  inside: string[];
}

export interface MainThreadTasks {
  tasks: Task[];
  longest: Task | null;
  /**
   * The most CPU time one task took (ms), when the trace has thread times: what the page asked of the main
   * thread, apart from the time a busy machine kept it waiting.
   */
  mostCpuMs: number | null;
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
  // A layout says how much of the page it had to lay out: a big share in a script's task is a forced layout.
  const begin = e.args?.beginData ?? {};
  const objects =
    e.name === 'Layout' && typeof begin.dirtyObjects === 'number'
      ? ` ${begin.dirtyObjects}/${String(begin.totalObjects)} objects`
      : '';
  return `${e.name}${fn}${type}${objects}`;
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
  if (!main) return { tasks: [], longest: null, mostCpuMs: null, over50: 0 };
  const onMain = all.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const runTasks = onMain
    .filter((e) => e.name === 'RunTask' && e.cat.includes('devtools.timeline'))
    .filter((e) => e.ts + (e.dur ?? 0) >= window.fromTs && e.ts <= window.toTs)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = runTasks.map((e, i) => ({
    ts: e.ts,
    durMs: (e.dur ?? 0) / 1000,
    cpuMs: e.tdur === undefined ? null : e.tdur / 1000,
    inside: i < detail ? inside(onMain, e) : [],
  }));
  const cpu = tasks.map((t) => t.cpuMs).filter((c): c is number => c !== null);
  return {
    tasks,
    longest: tasks[0] ?? null,
    mostCpuMs: cpu.length ? Math.max(...cpu) : null,
    over50: tasks.filter((t) => t.durMs >= 50).length,
  };
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

/** The sampling profiler's category: with it the trace holds Profile/ProfileChunk events (`--profile`). */
export const PROFILE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

interface ProfileNode {
  id: number;
  callFrame?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
  parent?: number;
}

/**
 * What the sampling profiler saw on the page's main thread inside `task` (a task of `mainThreadTasks`):
 * the functions that ran longest by self time and by total time (their callees included), biggest first.
 * Function names are the build's: `vite build --minify false` keeps them readable.
 */
export function profileInside(
  trace: Buffer,
  task: Task,
  top = 12,
): { self: string[]; total: string[]; components: string[]; sampledMs: number } {
  const all = events(trace);
  const names = all.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const workerPid = names.find((e) => e.args?.name === 'DedicatedWorker thread')?.pid;
  const main = names.find((e) => e.args?.name === 'CrRendererMain' && (workerPid === undefined || e.pid === workerPid));
  const empty = { self: [], total: [], components: [], sampledMs: 0 };
  if (!main) return empty;
  const profiles = all.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'Profile');
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  for (const p of profiles) {
    const id = (p as unknown as { id: string }).id;
    let ts = Number((p.args?.data as { startTime?: number } | undefined)?.startTime ?? p.ts);
    for (const c of all) {
      if (c.name !== 'ProfileChunk' || (c as unknown as { id: string }).id !== id) continue;
      const data = c.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const s = data.cpuProfile?.samples ?? [];
      const d = data.timeDeltas ?? [];
      for (let i = 0; i < s.length; i++) {
        ts += d[i] ?? 0;
        samples.push({ ts, node: s[i] });
      }
    }
  }
  const end = task.ts + task.durMs * 1000;
  const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end).sort((a, b) => a.ts - b.ts);
  if (!inTask.length) return empty;
  const name = (n: ProfileNode) => {
    const f = n.callFrame ?? {};
    const file = f.url?.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < inTask.length; i++) {
    const dt = ((inTask[i + 1]?.ts ?? end) - inTask[i].ts) / 1000;
    let n = nodes.get(inTask[i].node);
    if (!n) continue;
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`);
  // Components and hooks (a capital or `use…`), which say where in the page the time went.
  const components = new Map([...total].filter(([k]) => /^(use[A-Z]|[A-Z][a-z])/.test(k)));
  return {
    self: list(self),
    total: list(total),
    components: list(components),
    sampledMs: (inTask.at(-1)!.ts - inTask[0].ts) / 1000,
  };
}
