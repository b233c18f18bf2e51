/**
 * Memory-cgroup extras of a cgroup OOM (docs/kernel/oom-report.md §8): usage/limit counters, the ≤4.20
 * "Task in ... killed as a result of limit of ..." line, and the stats dump in its two dialects
 * (v1 one line of `key:NNNKB` ≤5.2; one `key value` per line from 5.3).
 * Numbers are plain JS numbers: the "unlimited" limit 9007199254740988kB is below 2^53 and exact;
 * only the v1 `hierarchical_*_limit` byte values (≈2^63) lose their last digits, which is harmless.
 */
import type { MemcgCounter } from '../model';

export type MemcgCounterKind = 'memory' | 'memsw' | 'swap' | 'kmem';

const COUNTER = /^(memory|memory\+swap|swap|kmem): usage (\d+)kB, limit (\d+)kB(?:, failcnt (\d+))?/;
const KIND: Record<string, MemcgCounterKind> = { memory: 'memory', 'memory+swap': 'memsw', swap: 'swap', kmem: 'kmem' };

/** `memory: usage 718396kB, limit 488280kB, failcnt 55166`, `memory+swap:`, `swap:`, `kmem:` */
export function parseMemcgCounter(
  text: string,
  line: number,
): { kind: MemcgCounterKind; counter: MemcgCounter } | null {
  const m = COUNTER.exec(text.trim());
  if (!m) return null;
  return {
    kind: KIND[m[1]],
    // failcnt is null when the line was cut before it.
    counter: { usageKb: Number(m[2]), limitKb: Number(m[3]), failcnt: m[4] === undefined ? null : Number(m[4]), line },
  };
}

const TASK_IN = /^Task in (.+?) killed as a result of limit of (.+)$/;
/**
 * 3.14–3.18 printed the pieces with separate pr_info calls, so each half stands on a line of its own:
 * `Task in /a` then ` killed as a result of limit of /b` (mm/memcontrol.c mem_cgroup_print_oom_info).
 */
const LIMIT_OF_ALONE = /^killed as a result of limit of (.+)$/;
const TASK_IN_ALONE = /^Task in (\/\S*)$/;
const LIMIT_REACHED = /^Memory limit reached of cgroup (.+)$/;

/** ≤4.20 `Task in /a killed as a result of limit of /b` and 4.4+ `Memory limit reached of cgroup /b`. */
export function parseTaskIn(text: string): { taskPath: string | null; path: string | null } | null {
  const t = text.trim();
  const both = TASK_IN.exec(t);
  if (both) return { taskPath: both[1], path: both[2] };
  const taskOnly = TASK_IN_ALONE.exec(t);
  if (taskOnly) return { taskPath: taskOnly[1], path: null };
  const limitOnly = LIMIT_REACHED.exec(t) ?? LIMIT_OF_ALONE.exec(t);
  return limitOnly ? { taskPath: null, path: limitOnly[1] } : null;
}

const OOM_GROUP = /^Tasks in (.+?) are going to be killed due to memory\.oom\.group(?: set)?$/;

/** `Tasks in /path are going to be killed due to memory.oom.group set` (4.19+, mm/memcontrol.c) → the path. */
export function parseOomGroup(text: string): string | null {
  return OOM_GROUP.exec(text.trim())?.[1] ?? null;
}

/** The path ends at the `:` that is followed by the end of the line or by the first v1 `key:N` pair. */
const STATS_HEADER = /^Memory cgroup stats for (.+?):(?=\s*$|\s+[a-z_]+:-?\d)/;
/** v1 pairs, ` %s:%luKB` (EL7 `%ld`); the unit is required so a pair cut mid-number is dropped. */
const V1_PAIR = /(?:^|\s)([a-z_]+):(-?\d+)KB(?=\s|$)/gi;

/** `Memory cgroup stats for /path:` with v1 inline `cache:..KB rss:..KB ...` stats (in KB) if on the same line. */
export function parseMemcgStatsHeader(
  text: string,
): { path: string; inlineStats: Record<string, number> | null } | null {
  const t = text.trim();
  const m = STATS_HEADER.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const stats: Record<string, number> = {};
  let found = false;
  for (const pair of rest.matchAll(V1_PAIR)) {
    stats[pair[1]] = Number(pair[2]);
    found = true;
  }
  return { path: m[1], inlineStats: found ? stats : null };
}

/** memory.stat keys are lower-case identifiers followed by exactly one space and a number. */
const STAT_LINE = /^([a-z][a-z0-9_]*) (-?\d+)$/;

/** v2 one-key-per-line `anon 123456` (bytes) inside a stats block; also 6.5+ v1 `total_cache 0`. */
export function parseMemcgStatLine(text: string): [string, number] | null {
  const m = STAT_LINE.exec(text.trim());
  return m ? [m[1], Number(m[2])] : null;
}

/** `Memory cgroup out of memory: ...` prefix on a kill line (`Kill process` ≤5.0, `Killed process` 5.1+). */
export function isMemcgKillMessage(text: string): boolean {
  return /^Memory cgroup out of memory: /.test(text.trim());
}
