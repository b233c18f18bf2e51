// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
/** `comm: page allocation failure: order:N, mode:0x...(NAMES)[, nodemask=...]` (also old `page allocation failure. order:N, mode:0x..`). */
export function parseAllocFailure(text: string): { comm: string | null; gfpMask: string | null; order: number | null } | null { void text; return null; }
