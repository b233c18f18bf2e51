/**
 * Puts one understood line into the event being built. Returns what happened to the event so the
 * builder can close it (kill, panic, "no killable") or route a reaper line elsewhere.
 */
import { ensureMemcg } from './event';
import type { OpenEvent, Section } from './state';
import type { KernelInfo, LogLine, OomEvent } from '../model';
import type { Classified } from '../segment/classify';
import { isNoKillable } from '../sections/kill';
import { emptyKernelInfo } from '../sections/kernelInfo';

export type ApplyOutcome = 'continue' | 'close' | 'reaped' | 'ignored';

export function applyLine(open: OpenEvent, c: Classified, l: LogLine): ApplyOutcome {
  const e = open.event;
  const next = nextSection(open.section, c);
  if (open.section === 'tasks' && next !== 'tasks' && c.kind !== 'elision') open.taskColumns = null;
  open.section = next;
  switch (c.kind) {
    case 'trigger':
    case 'allocFailure':
      return 'ignored'; // handled by the builder before we get here
    case 'victim':
      e.victim = c.victim;
      open.sawMemcgKillMessage ||= c.memcgMessage;
      return 'close';
    case 'selection':
      e.selection = c.selection;
      open.sawMemcgKillMessage ||= c.memcgMessage;
      return 'continue';
    case 'reaped':
      return 'reaped';
    case 'oomGroup':
      e.oomGroup ??= { path: c.path, line: l.line, killed: [] };
      return 'continue';
    case 'constraint':
      applyConstraint(e, c.constraint);
      return 'continue';
    case 'panic':
      e.panic = c.panic;
      if (isNoKillable(l.text)) e.noKillable = true;
      return 'close';
    case 'noKillable':
      e.noKillable = true;
      return 'close';
    case 'cpuset':
      e.cpuset ??= c.cpuset;
      return 'continue';
    case 'kernelInfo':
      applyKernelInfo(e, c.kernel);
      return 'continue';
    case 'hardware':
      (e.kernel ??= emptyKernelInfo(l.line)).hardware ??= c.hardware;
      return 'continue';
    case 'frame':
      e.callTrace.push(c.frame);
      return 'continue';
    case 'frames':
      e.callTrace.push(...c.frames);
      return 'continue';
    case 'memInfoHeader':
      e.memInfo ??= { counters: {}, line: l.line };
      return 'continue';
    case 'memInfoCounters':
      if (e.memInfo) Object.assign(e.memInfo.counters, c.counters);
      else e.memInfo = { counters: { ...c.counters }, line: l.line };
      return 'continue';
    case 'nodeInfo':
      e.nodes.push(c.node);
      return 'continue';
    case 'zone':
      if (c.zone.lowmemReserve.length > 0) c.zone.reserveLine = c.zone.reserveLine ?? c.zone.line;
      e.zones.push(c.zone);
      return 'continue';
    case 'lowmemReserve':
      attachLowmemReserve(e, c.reserve, l.line);
      return 'continue';
    case 'buddy':
      e.buddy.push(c.row);
      if (e.pageSizeKb === null && c.row.blockKb.length > 0) e.pageSizeKb = c.row.blockKb[0];
      return 'continue';
    case 'hugepages':
      e.hugepages.push(c.hugepages);
      return 'continue';
    case 'summary':
      e.summary[c.key] = c.value;
      e.summary.lines[c.key] = l.line;
      return 'continue';
    case 'taskHeader':
      open.taskColumns = c.columns;
      e.tasks ??= { columns: c.columns, headerLine: l.line, tasks: [], elided: false };
      return 'continue';
    case 'taskRow':
      e.tasks?.tasks.push(c.task);
      return 'continue';
    case 'elision':
      if (e.tasks && open.taskColumns) e.tasks.elided = true;
      return 'continue';
    case 'memcgCounter': {
      const memcg = ensureMemcg(e, l.line);
      memcg[c.counterKind] ??= c.counter;
      return 'continue';
    }
    case 'taskIn': {
      const memcg = ensureMemcg(e, l.line);
      memcg.path ??= c.path;
      memcg.taskPath ??= c.taskPath;
      return 'continue';
    }
    case 'memcgStatsHeader':
      applyStatsHeader(open, c.path, c.inlineStats, l.line);
      return 'continue';
    case 'memcgStat':
      if (e.memcg && e.memcg.statsUnit === 'bytes') e.memcg.stats[c.key] = c.value;
      return 'continue';
    default:
      return 'continue'; // callTraceHeader, stackNoise, perCpu, ignoredSummary, taskBanner, knownNoise
  }
}

function nextSection(current: Section, c: Classified): Section {
  switch (c.kind) {
    case 'callTraceHeader':
    case 'frame':
    case 'frames':
    case 'stackNoise':
      return 'callTrace';
    case 'memInfoHeader':
    case 'memInfoCounters':
    case 'perCpu': // ≤3.19 prints the per-cpu pagesets between `Mem-Info:` and the counters
      return 'counters';
    case 'taskHeader':
    case 'taskRow':
      return 'tasks';
    case 'elision':
      return current;
    case 'ignoredSummary':
      // ≤2.6.2x prints `Free pages: ...kB (...kB HighMem)` between the per-cpu lines and the counters.
      return current === 'counters' ? current : 'none';
    case 'memcgStatsHeader':
      return c.inlineStats ? 'none' : 'memcgStats';
    case 'memcgStat':
      return 'memcgStats';
    default:
      return 'none';
  }
}

function applyKernelInfo(e: OomEvent, kernel: KernelInfo): void {
  if (e.kernel && e.kernel.version !== null) return; // a later dump_stack (panic, other CPU) is not ours
  const hardware = e.kernel?.hardware ?? kernel.hardware;
  e.kernel = { ...kernel, hardware };
  const trigger = e.trigger;
  if (trigger && trigger.pid === null && trigger.comm !== null && kernel.comm !== null && kernel.pid !== null) {
    if (sameComm(trigger.comm, kernel.comm)) trigger.pid = kernel.pid;
  }
}

/** The CPU line prints `%.20s` of a 15-char comm; compare leniently in case either was cut. */
function sameComm(a: string, b: string): boolean {
  return a === b || (a.length >= 15 && b.startsWith(a)) || (b.length >= 15 && a.startsWith(b));
}

function attachLowmemReserve(e: OomEvent, reserve: number[], line: number): void {
  const zone = e.zones[e.zones.length - 1];
  if (!zone || zone.lowmemReserve.length > 0) return;
  zone.lowmemReserve = reserve;
  zone.reserveLine = line;
}

function applyConstraint(e: OomEvent, constraint: OomEvent['constraint']): void {
  if (!constraint) return;
  e.constraint = constraint;
  if (constraint.oomMemcg !== null) {
    const memcg = ensureMemcg(e, constraint.line);
    memcg.path ??= constraint.oomMemcg;
    memcg.taskPath ??= constraint.taskMemcg;
  }
}

function applyStatsHeader(open: OpenEvent, path: string, inline: Record<string, number> | null, line: number): void {
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
