/**
 * How much memory the allocation that triggered the OOM asked for.
 * `order=N` is a buddy order: 2^N contiguous pages. SysRq-f prints `order=-1`: nothing was requested.
 */
import type { OomEvent } from '../parse/model';

/** x86, arm64 with 4K pages and most logs: the page size when the buddy lines did not reveal it. */
export const DEFAULT_PAGE_SIZE_KB = 4;

export interface PageSize {
  kb: number;
  /** The log did not show the page size (no buddy lines); 4 kB was assumed. */
  assumed: boolean;
}

export function pageSizeOf(event: OomEvent): PageSize {
  if (event.pageSizeKb !== null && event.pageSizeKb > 0) return { kb: event.pageSizeKb, assumed: false };
  return { kb: DEFAULT_PAGE_SIZE_KB, assumed: true };
}

export interface RequestSize {
  order: number;
  pages: number;
  kb: number;
  pageSize: PageSize;
}

/** null when the order is unknown or the OOM was forced by hand (order -1). */
export function requestSize(event: OomEvent): RequestSize | null {
  const order = event.trigger?.order ?? null;
  if (order === null || order < 0) return null;
  const pageSize = pageSizeOf(event);
  const pages = 2 ** order;
  return { order, pages, kb: pages * pageSize.kb, pageSize };
}

/** "4 kB", "2048 kB (2 MiB)": kB is what the kernel prints; MiB helps above a megabyte. */
export function formatKb(kb: number): string {
  const rounded = Math.round(kb);
  if (Math.abs(rounded) < 1024) return `${rounded} kB`;
  const mib = kb / 1024;
  if (Math.abs(mib) < 1024) return `${rounded} kB (${trim(mib)} MiB)`;
  return `${rounded} kB (${trim(mib / 1024)} GiB)`;
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}

/** One line for the request: "order 0 = 1 page = 4 kB". */
export function describeRequest(request: RequestSize): string {
  const pages = request.pages === 1 ? '1 page' : `${request.pages} pages`;
  const assumed = request.pageSize.assumed ? ', assuming 4 kB pages (the log does not show the page size)' : '';
  return `order ${request.order} = ${pages} = ${formatKb(request.kb)}${assumed}`;
}
