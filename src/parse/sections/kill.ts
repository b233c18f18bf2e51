// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { KillSelection, PanicInfo, Reaped, Victim } from '../model';
/** `MSG: Kill process N (comm) score S or sacrifice child` (and 2.6's `kill process ... or a child`). */
export function parseKillSelection(text: string, line: number): KillSelection | null { void text; void line; return null; }
/** `[MSG: ]Killed process N (comm)[, UID N,] total-vm:..kB, anon-rss:..kB, file-rss:..kB[, shmem-rss:..kB][, UID:N pgtables:..kB oom_score_adj:N]` in every era, also cut after any field. */
export function parseVictim(text: string, line: number): Victim | null { void text; void line; return null; }
/** `oom_reaper: reaped process N (comm), now anon-rss:..kB, file-rss:..kB, shmem-rss:..kB` */
export function parseReaped(text: string, line: number): Reaped | null { void text; void line; return null; }
/** `Kernel panic - not syncing: Out of memory...`, `Out of memory: system-wide panic_on_oom is enabled`, `... compulsory panic_on_oom ...`, `System is deadlocked on memory`, 2.6.32 `out of memory. panic_on_oom is selected`. */
export function parsePanic(text: string, line: number): PanicInfo | null { void text; void line; return null; }
/** `Out of memory and no killable processes...` */
export function isNoKillable(text: string): boolean { void text; return false; }
