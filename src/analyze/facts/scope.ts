/**
 * Scope: what the lines prove about the OOM's reach, apart from how complete the report is.
 * Every signal the kernel leaves is read; a scope is claimed only with at least one evidence line.
 *
 * Signals, strongest first:
 * - order=-1 / `moom_callback` in the trace: SysRq-f (mm/oom_kill.c `is_sysrq_oom`).
 * - 5.0+ `oom-kill:constraint=…`: CONSTRAINT_MEMCG or an `oom_memcg=` path → memcg (5.0/5.1 printed
 *   CONSTRAINT_NONE for memcg OOMs, fixed in 5.2: the path decides); CONSTRAINT_CPUSET, CONSTRAINT_MEMORY_POLICY;
 *   CONSTRAINT_NONE with `global_oom` → global.
 * - `Memory cgroup out of memory: …` kill lines, `memory: usage … limit …`, `Task in … killed as a result
 *   of limit of …` (mem_cgroup_print_oom_info, printed only for memcg OOMs) → memcg.
 * - memcg OOM functions in the call trace (kernel/frames.ts) → memcg.
 * - `Out of memory: …` kill line, a `system-wide panic_on_oom` or `System is deadlocked on memory` panic →
 *   global (before 5.0 cpuset and mempolicy OOMs print the same words: the rule, "system-wide unless a
 *   constraint line says otherwise").
 */
import type { OomEvent, StackFrame } from '../../parse/model';
import { functionOf, MEMCG_OOM_FUNCTIONS, SYSRQ_FUNCTIONS } from '../../kernel/frames';

export type Scope = 'global' | 'memcg' | 'cpuset' | 'mempolicy' | 'sysrq' | 'unknown';

export type ScopeSignal =
  | 'sysrq-order'
  | 'sysrq-trace'
  | 'constraint-memcg'
  | 'constraint-cpuset'
  | 'constraint-mempolicy'
  | 'constraint-global'
  | 'memcg-kill-line'
  | 'memcg-usage-line'
  | 'memcg-task-in-line'
  | 'memcg-trace'
  | 'global-kill-line'
  | 'global-panic';

export interface ScopeFact {
  scope: Scope;
  /** The signal that decided it (null for 'unknown'). */
  signal: ScopeSignal | null;
  /** Evidence lines of every signal that agrees with the scope. */
  lines: number[];
}

/** Frames the unwinder vouches for; on traces where every frame is `?` (no frame pointers), all of them. */
function trustedFrames(trace: StackFrame[]): StackFrame[] {
  const reliable = trace.filter((f) => !f.unreliable);
  return reliable.length > 0 ? reliable : trace;
}

function framesIn(trace: StackFrame[], names: ReadonlySet<string>): StackFrame[] {
  return trustedFrames(trace).filter((f) => names.has(functionOf(f.symbol)));
}

const MEMCG_MESSAGE = /^Memory cgroup out of memory/i;
const GLOBAL_MESSAGE = /^Out of memory/i;

export function scopeOf(event: OomEvent): ScopeFact {
  const found: { scope: Scope; signal: ScopeSignal; line: number }[] = [];
  const add = (scope: Scope, signal: ScopeSignal, line: number | null | undefined) => {
    if (typeof line === 'number') found.push({ scope, signal, line });
  };

  if (event.trigger?.order === -1) add('sysrq', 'sysrq-order', event.trigger.line);
  for (const f of framesIn(event.callTrace, SYSRQ_FUNCTIONS)) add('sysrq', 'sysrq-trace', f.line);

  const c = event.constraint;
  if (c) {
    if (c.constraint === 'CONSTRAINT_MEMCG' || c.oomMemcg !== null) add('memcg', 'constraint-memcg', c.line);
    else if (c.constraint === 'CONSTRAINT_CPUSET') add('cpuset', 'constraint-cpuset', c.line);
    else if (c.constraint === 'CONSTRAINT_MEMORY_POLICY') add('mempolicy', 'constraint-mempolicy', c.line);
    else if (c.constraint === 'CONSTRAINT_NONE' && c.globalOom) add('global', 'constraint-global', c.line);
  }
  for (const kill of [event.selection, event.victim, ...(event.oomGroup?.killed ?? [])]) {
    const message = kill?.message ?? '';
    if (MEMCG_MESSAGE.test(message)) add('memcg', 'memcg-kill-line', kill?.line);
    else if (GLOBAL_MESSAGE.test(message)) add('global', 'global-kill-line', kill?.line);
  }
  const m = event.memcg;
  if (m?.memory) add('memcg', 'memcg-usage-line', m.memory.line);
  if (m && (m.path !== null || m.taskPath !== null) && !m.memory) add('memcg', 'memcg-task-in-line', m.line);
  for (const f of framesIn(event.callTrace, MEMCG_OOM_FUNCTIONS)) add('memcg', 'memcg-trace', f.line);
  const panic = event.panic?.message ?? '';
  if (/system-wide panic_on_oom|System is deadlocked on memory/i.test(panic))
    add('global', 'global-panic', event.panic?.line);

  return decide(found);
}

/** The strongest scope wins: sysrq, then a constraint line, then memcg evidence, then a global kill line. */
function decide(found: { scope: Scope; signal: ScopeSignal; line: number }[]): ScopeFact {
  const rank: Scope[] = ['sysrq', 'cpuset', 'mempolicy', 'memcg', 'global'];
  for (const scope of rank) {
    const hits = found.filter((f) => f.scope === scope);
    if (hits.length === 0) continue;
    // memcg evidence outranks a global kill line: the memcg lines are printed only for memcg OOMs.
    const lines = [...new Set(hits.map((h) => h.line))].sort((a, b) => a - b);
    return { scope, signal: hits[0].signal, lines };
  }
  return { scope: 'unknown', signal: null, lines: [] };
}
