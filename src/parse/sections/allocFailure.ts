/**
 * `page allocation failure` warnings (`warn_alloc` / `warn_alloc_failed` / 2.6's printk): an
 * allocation failed without invoking the OOM killer. They are listed apart from OOM events.
 *   ≤3.0   `%s: page allocation failure. order:%d, mode:0x%x`
 *   3.x    `%s: page allocation failure: order:%d, mode:0x%x`
 *   4.6+   `... mode:%#x(%pGg)`, 4.10+ `, nodemask=%*pbl`, 5.0+ `,cpuset=..,mems_allowed=..`
 * The comm may itself contain `: ` (`kworker/u8:2`), so it runs up to the last `: page allocation`.
 */

const ALLOC_FAILURE = /^(?:(.*): )?page allocation failure[.:] order:(\d+)(?:, mode:(0x[0-9a-fA-F]+)(?=[(,\s]|$))?/;

/** `comm: page allocation failure: order:N, mode:0x...(NAMES)[, nodemask=...]` (also old `page allocation failure. order:N, mode:0x..`). */
export function parseAllocFailure(
  text: string,
): { comm: string | null; gfpMask: string | null; order: number | null } | null {
  const m = ALLOC_FAILURE.exec(text.trim());
  if (!m) return null;
  return {
    comm: m[1] === undefined || m[1] === '' ? null : m[1],
    // Lower-case like the trigger's gfpMask, so the kernel tables can be looked up the same way.
    gfpMask: m[3] === undefined ? null : m[3].toLowerCase(),
    order: Number(m[2]),
  };
}
