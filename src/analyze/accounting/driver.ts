/**
 * Memory a device driver (GPU, DRM, camera) maps into a process. Such pages are not page cache and not
 * anonymous memory, so no Mem-Info counter holds them; they show up as a process's file-rss far above the
 * whole file LRU, or as `mapped:` far above it. Killing that process frees little: the driver keeps them
 * (the oom_reaper leaves file-backed and shared mappings alone).
 */
import type { OomEvent } from '../../parse/model';

/** The process's file-backed resident memory must exceed the whole page cache this many times… */
export const DRIVER_FILE_RSS_FACTOR = 4;
/** …and be at least this large (kB), so a small mapping of a tiny page cache is not called a driver. */
export const DRIVER_MIN_KB = 256 * 1024;

export interface DriverMemory {
  pid: number;
  comm: string;
  /** The process's file-backed resident memory (kill line file-rss, or rss_file × page). */
  fileRssKb: number;
  /** The whole file LRU (page cache). */
  pageCacheKb: number;
  /** `mapped:` (pages × page), if printed. */
  mappedKb: number | null;
  /** Estimated driver memory: file-rss beyond what the page cache could hold. */
  kb: number;
  /** file-rss left after the oom_reaper ran, if it reported. */
  afterReapKb: number | null;
  lines: number[];
}

export function driverMemory(event: OomEvent, pageKb: number): DriverMemory | null {
  const c = event.memInfo?.counters;
  const fileLru =
    c && typeof c.active_file === 'number'
      ? ((c.active_file ?? 0) + (c.inactive_file ?? 0)) * pageKb
      : event.nodes.length > 0
        ? event.nodes.reduce((s, n) => s + (n.fieldsKb.active_file ?? 0) + (n.fieldsKb.inactive_file ?? 0), 0)
        : null;
  if (fileLru === null) return null;
  const mappedKb = c && typeof c.mapped === 'number' ? c.mapped * pageKb : null;
  const candidates: { pid: number; comm: string; fileRssKb: number; line: number }[] = [];
  const v = event.victim;
  if (v?.fileRssKb != null) candidates.push({ pid: v.pid, comm: v.comm, fileRssKb: v.fileRssKb, line: v.line });
  for (const t of event.tasks?.tasks ?? []) {
    if (t.rssFilePages !== null)
      candidates.push({ pid: t.pid, comm: t.name, fileRssKb: t.rssFilePages * pageKb, line: t.line });
  }
  const top = candidates.sort((a, b) => b.fileRssKb - a.fileRssKb)[0];
  if (!top || top.fileRssKb < DRIVER_MIN_KB || top.fileRssKb < fileLru * DRIVER_FILE_RSS_FACTOR) return null;
  const reaped = event.reaped && event.reaped.pid === top.pid ? event.reaped : null;
  const lines = [top.line, event.memInfo?.line, reaped?.line].filter((l): l is number => typeof l === 'number');
  return {
    pid: top.pid,
    comm: top.comm,
    fileRssKb: top.fileRssKb,
    pageCacheKb: fileLru,
    mappedKb,
    kb: top.fileRssKb - fileLru,
    afterReapKb: reaped?.fileRssKb ?? null,
    lines: [...new Set(lines)].sort((a, b) => a - b),
  };
}
