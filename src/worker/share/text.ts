/** Small text helpers shared by the link and the analysis-file readers. */

/** `text` up to its last line break: a stream cut mid-line keeps whole lines only. */
export function wholeLines(text: string): string {
  const end = text.lastIndexOf('\n');
  return end < 0 ? '' : text.slice(0, end);
}
