// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { NodeInfo } from '../model';
/** 4.8+ `Node 0 active_anon:...kB ... all_unreclaimable? no` (not a zone line). */
export function parseNodeInfo(text: string, line: number): NodeInfo | null { void text; void line; return null; }
