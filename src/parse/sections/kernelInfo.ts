// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { KernelInfo } from '../model';
/** `CPU: N [UID: N] PID: N Comm: x Not tainted|Tainted: .. <release> #build` or 2.6 `Pid: N, comm: x ...`; hardware null. */
export function parseKernelInfo(text: string, line: number): KernelInfo | null { void text; void line; return null; }
/** `Hardware name: ...` → the DMI string. */
export function parseHardware(text: string): string | null { void text; return null; }
