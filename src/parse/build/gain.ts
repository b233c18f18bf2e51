/**
 * How much a joined reading adds to the reading of the cut line alone. A continuation only ever
 * completes what was cut: values appear where there were none, and numbers or strings get longer
 * at their end (`uid=5` → `uid=504`, `dump_header+0x8e/0x2` → `...0x225`). Any value that changes
 * otherwise means the tail was not this line's, and costs a full point.
 */
export function gainOf(before: unknown, joined: unknown): number {
  if (before === null || before === undefined) return weightOf(joined);
  if (joined === null || joined === undefined) return -weightOf(before);
  if (Array.isArray(before) && Array.isArray(joined)) {
    let gain = 0;
    for (let i = 0; i < Math.max(before.length, joined.length); i++) gain += gainOf(before[i], joined[i]);
    return gain;
  }
  if (typeof before === 'object' && typeof joined === 'object') {
    const b = before as Record<string, unknown>;
    const j = joined as Record<string, unknown>;
    let gain = 0;
    for (const key of new Set([...Object.keys(b), ...Object.keys(j)])) gain += gainOf(b[key], j[key]);
    return gain;
  }
  const was = String(before).trimEnd();
  const now = String(joined).trimEnd();
  if (was === now) return 0;
  return now.startsWith(was) ? (now.length - was.length) / 1000 : -1;
}

/** How much a reading understood on its own: one point per non-null value, record entry and array item. */
export function weightOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + Math.max(1, weightOf(v)), 0);
  if (typeof value === 'object') {
    let n = 0;
    for (const v of Object.values(value as Record<string, unknown>)) n += weightOf(v);
    return n;
  }
  return 1;
}

/** Whether some number of `before` continues in `joined` with more digits (a value cut mid-number). */
export function extendsNumber(before: unknown, joined: unknown): boolean {
  if (typeof before === 'number' && typeof joined === 'number') {
    const was = String(before);
    const now = String(joined);
    return now.length > was.length && now.startsWith(was);
  }
  if (before === null || joined === null || typeof before !== 'object' || typeof joined !== 'object') return false;
  const b = before as Record<string, unknown>;
  const j = joined as Record<string, unknown>;
  return Object.keys(b).some((key) => extendsNumber(b[key], j[key]));
}
