/**
 * The flag names a report printed after its mask, `gfp_mask=0x…(GFP_KERNEL|__GFP_NOWARN)`, without the
 * parentheses. Apart from pick.ts on purpose: the page's views and the Markdown report need only this, and
 * importing it from pick.ts would put every gfp table into the page's bundle as well as the worker's.
 */
export function stripParens(printed: string): string {
  const t = printed.trim();
  return t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
}
