// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { MemcgCounter } from '../model';
export type MemcgCounterKind = 'memory' | 'memsw' | 'swap' | 'kmem';
/** `memory: usage 718396kB, limit 488280kB, failcnt 55166`, `memory+swap:`, `swap:`, `kmem:` */
export function parseMemcgCounter(text: string, line: number): { kind: MemcgCounterKind; counter: MemcgCounter } | null { void text; void line; return null; }
/** ≤4.20 `Task in /a killed as a result of limit of /b` and 4.4+ `Memory limit reached of cgroup /b`. */
export function parseTaskIn(text: string): { taskPath: string | null; path: string } | null { void text; return null; }
/** `Memory cgroup stats for /path:` with v1 inline `cache:..KB rss:..KB ...` stats if on the same line. */
export function parseMemcgStatsHeader(text: string): { path: string; inlineStats: Record<string, number> | null } | null { void text; return null; }
/** v2 one-key-per-line `anon 123456` (bytes) inside a stats block. */
export function parseMemcgStatLine(text: string): [string, number] | null { void text; return null; }
/** `Memory cgroup out of memory: ...` prefix on a kill line. */
export function isMemcgKillMessage(text: string): boolean { void text; return false; }
