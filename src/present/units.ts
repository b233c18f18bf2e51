/** Number and size formatting for every output (page, CLI, exports): the one unit style, binary KiB/MiB/GiB. Pure. */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatInt(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '—' : integer.format(n);
}

/** KiB → the largest binary unit that keeps at least 1 (e.g. "12.3 GiB"). */
export function formatKb(kb: number | null | undefined): string {
  if (kb == null || !Number.isFinite(kb)) return '—';
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = kb;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? integer.format(value) : oneDecimal.format(value)} ${units[unit]}`;
}

/** Exact kB as the kernel prints it, with thousands separators: "35,640 kB". */
export function formatExactKb(kb: number | null | undefined): string {
  return kb == null ? '—' : `${integer.format(kb)} kB`;
}

export function formatPercent(part: number, whole: number): string {
  if (!whole) return '—';
  return `${oneDecimal.format((part / whole) * 100)}%`;
}

export type MemUnit = 'pages' | 'KiB' | 'MiB';

/** Convert a page count into the chosen unit for display. */
export function pagesIn(pages: number, unit: MemUnit, pageSizeKb: number): number {
  if (unit === 'pages') return pages;
  const kb = pages * pageSizeKb;
  return unit === 'KiB' ? kb : kb / 1024;
}

export function formatPagesIn(pages: number | null, unit: MemUnit, pageSizeKb: number): string {
  if (pages == null) return '—';
  const v = pagesIn(pages, unit, pageSizeKb);
  return unit === 'MiB' ? oneDecimal.format(v) : integer.format(v);
}

/** Bytes shown in the chosen unit; for 'pages' the raw byte count stays (page tables are printed in bytes). */
export function formatBytesIn(bytes: number | null, unit: MemUnit): string {
  if (bytes == null) return '—';
  if (unit === 'KiB') return integer.format(bytes / 1024);
  if (unit === 'MiB') return oneDecimal.format(bytes / 1048576);
  return integer.format(bytes);
}
