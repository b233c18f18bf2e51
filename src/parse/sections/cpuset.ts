// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { CpusetInfo } from '../model';
/** `comm cpuset=NAME mems_allowed=LIST` (2.6.32–4.20 own line). */
export function parseCpuset(text: string, line: number): CpusetInfo | null { void text; void line; return null; }
