// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { Trigger } from '../model';
/** `comm invoked oom-killer: gfp_mask=...` in every era; pid is null (it comes from the CPU:/Pid: line). */
export function parseTrigger(text: string, line: number): Trigger | null { void text; void line; return null; }
