/**
 * CSV as RFC 4180 writes it: fields quoted when they hold a comma, quote or line break (quotes doubled),
 * CRLF between records, and a UTF-8 byte-order mark first so spreadsheet programs read non-ASCII headers
 * (the Chinese ones) correctly. Pure.
 */
export type CsvCell = string | number | null;

function field(value: CsvCell): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
