/**
 * Balloon drivers: the hypervisor taking memory from the guest (inflating) or giving it back, and memory
 * hot-add. Their lines near an OOM report say the guest's RAM was not what it booted with. Drivers and the
 * words their messages start with (all print through `pr_*` with their module name first):
 *   virtio_balloon (drivers/virtio/virtio_balloon.c, `virtio_balloon virtio3: Out of puff! Can't get 1 pages`),
 *   hv_balloon (drivers/hv/hv_balloon.c, `hv_balloon: Balloon request will be partially fulfilled. Balloon floor
 *   reached.`), Xen (drivers/xen/balloon.c, `xen:balloon: Initialising balloon driver`, `xen_balloon: …`),
 *   VMware (drivers/misc/vmw_balloon.c, `vmw_balloon: …`).
 */
import type { BalloonNote } from '../model';

const DRIVER = /\b(virtio_balloon|hv_balloon|vmw_balloon|xen[:_]balloon)\b|\bballoon\b/i;
/** A size the line states, in kB or larger units (pages would need the page size: left out). */
const SIZE = /\b(\d+(?:\.\d+)?)\s*(kB|KB|KiB|MB|MiB|GB|GiB)\b/;
const KB_PER: Record<string, number> = { kB: 1, KB: 1, KiB: 1, MB: 1024, MiB: 1024, GB: 1024 * 1024, GiB: 1024 * 1024 };

/** A balloon driver's line, or null when the line names no balloon driver. */
export function parseBalloon(text: string, line: number): BalloonNote | null {
  const m = DRIVER.exec(text);
  if (!m) return null;
  const driver = m[1] ? m[1].toLowerCase().replace('xen:', 'xen_') : 'balloon';
  const size = SIZE.exec(text);
  const kb = size ? Math.round(Number(size[1]) * KB_PER[size[2]]) : null;
  return { driver, kb, line };
}
