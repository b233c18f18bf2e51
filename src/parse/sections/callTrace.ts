// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { StackFrame } from '../model';
/** `Call Trace:` header (also `Call trace:` on arm64). */
export function isCallTraceHeader(text: string): boolean { void text; return false; }
/** One frame in any era: ` [<ffffffff8172a3b4>] dump_stack+0x19/0x1b`, ` ? foo+0x1/0x2 [mod]`, arm64 `show_stack+0x18/0x24`. */
export function parseStackFrame(text: string, line: number): StackFrame | null { void text; void line; return null; }
/** Lines that belong to the dump_stack block but carry nothing we model: <TASK>, </TASK>, <IRQ>, RIP:, Code:, RSP:, RAX:.., Workqueue:, taint legend, hex stack words. */
export function isStackNoise(text: string): boolean { void text; return false; }
