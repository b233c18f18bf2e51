/** `Mem-Info:` (2.6.9 printed `Mem-info:`). */
export function isMemInfoHeader(text: string): boolean {
  return /^Mem-[Ii]nfo:$/.test(text.trim());
}

/** One `key:pages` token; keys are lower-case in 2.6.2x+ but 2.6.18 printed `Active:`. */
const COUNTER = /^([A-Za-z][A-Za-z0-9_]*):(\d+)$/;
/** The tail of a line cut by a paste (`free_c`, `free_cma:`) or by journalctl's pager (`free_cma:12>`). */
const CUT_TAIL = /^[A-Za-z][A-Za-z0-9_]*(?::|:\d*[>…]|[>…])?$/;

/**
 * A line of the global counter block (docs/kernel/oom-report.md §5.2), values in pages:
 * `active_anon:123 inactive_anon:4 isolated_anon:0`, its continuation lines (` active_file:...`), or
 * the whole block on one line (rsyslog `#012` undone into spaces). Every token must be `key:digits`,
 * so zone/node lines (`kB`), memcg v1 stats (`KB`) and v2 stats (`anon 0`) are refused. A last token
 * cut short is tolerated and dropped, as long as something came before it.
 */
export function parseMemInfoCounters(text: string): Record<string, number> | null {
  const tokens = text.trim().split(/\s+/);
  const counters: Record<string, number> = {};
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const m = COUNTER.exec(tokens[i]);
    if (m) {
      counters[m[1]] = Number(m[2]);
      count++;
    } else if (!(i === tokens.length - 1 && count > 0 && CUT_TAIL.test(tokens[i]))) {
      return null;
    }
  }
  return count > 0 ? counters : null;
}

/**
 * ≤3.19 per-cpu pagesets (docs/kernel/oom-report.md §5.1): `[Node 0 ]DMA per-cpu:`, `CPU    0: hi:    0, btch:   1 usd:   0`;
 * 2.6.18 `CPU    0: Hot: hi:  186, btch:  31 usd:  59   Cold: hi: ...`; 2.6.9 `cpu 0 hot: low 2, high 6, batch 1`.
 */
const PER_CPU = [
  /^(?:Node \d+ )?\w+ per-cpu:(?:\s*empty)?$/,
  /^CPU\s+\d+: (?:Hot: )?hi:\s*\d+, btch:\s*\d+ usd:\s*-?\d+/,
  /^cpu \d+ (?:hot|cold): (?:low|high) \d+/,
];

export function isPerCpuLine(text: string): boolean {
  const t = text.trim();
  return PER_CPU.some((re) => re.test(t));
}
