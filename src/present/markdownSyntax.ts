/**
 * The few Markdown constructs the ticket report uses, written for the lowest common denominator of GitHub,
 * GitLab and Jira's Markdown paste: headings, bullet lists, pipe tables, code spans. No HTML.
 */

/** Text as literal Markdown: characters that would start emphasis, links, HTML or a table cell are escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/**
 * A code span (names, kernel identifiers, paths): its content is literal, only a backtick inside needs a
 * longer fence, and a pipe must still be escaped inside a table (GFM splits cells first).
 */
export function code(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  const fence = flat.includes('`') ? '``' : '`';
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A pipe table; `align` per column: 'r' right-aligns (numbers). Cells are Markdown already. */
export function table(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

export function heading(level: 2 | 3, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}
