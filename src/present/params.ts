/**
 * Params of the analysis (raw numbers, unit in the key) → values an ICU message can print. The convention:
 * - `kb` and `…Kb` keys are sizes: binary units (`2.7 MiB`), or exact kernel kB in arithmetic (`exact`);
 * - `pct` / `…Pct` are percentages; `…Sec` seconds; `ratio` one decimal;
 * - `count`, `…Count`, `nth`, `pages` stay numbers, for ICU plurals;
 * - every other number (pids, orders, scores, points, failcnt) prints as plain digits, never grouped;
 * - 0/1 flags and enum strings are strings, for ICU `select`;
 * - null prints as "—".
 * String params also get `sel_<key>`, the value with every character outside [A-Za-z0-9_] made `_`: ICU `select`
 * keys cannot hold `-` or `.`, so messages select on `sel_<key>` (`{sel_invoker, select, kernel_thread {…}}`).
 * Each key also gets `has_<key>`: '0' when the value is null, empty, or a size of 0 kB, else '1', so a message can
 * leave a clause out without comparing formatted text (an order or a count of 0 is present).
 */
import type { Params } from '../analyze/types';
import { formatExactKb, formatKb } from './units';

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const PLURAL = /^(count|nth|pages)$|Count$/;

export interface FormatOptions {
  /** Sizes as exact kB (arithmetic that must add up), not rounded binary units. */
  exactKb?: boolean;
}

export type FormattedParams = Record<string, string | number>;

export function formatParams(params: Params, options: FormatOptions = {}): FormattedParams {
  const out: FormattedParams = {};
  for (const [key, value] of Object.entries(params)) {
    const absent = value === null || value === '' || (value === 0 && (key === 'kb' || key.endsWith('Kb')));
    out[`has_${key}`] = absent ? '0' : '1';
    if (typeof value === 'string') out[`sel_${key}`] = value.replace(/[^A-Za-z0-9_]/g, '_');
    else if (value === null) out[`sel_${key}`] = 'none';
    out[key] = formatValue(key, value, options);
  }
  return out;
}

function formatValue(key: string, value: string | number | null, options: FormatOptions): string | number {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (key === 'kb' || key.endsWith('Kb')) return options.exactKb ? formatExactKb(value) : formatKb(value);
  if (key === 'pct' || key.endsWith('Pct')) return `${oneDecimal.format(value)}%`;
  if (key.endsWith('Sec') || key === 'ratio') return oneDecimal.format(value);
  if (PLURAL.test(key)) return value;
  return String(value);
}
