/** What a `journalctl -o json` record holds for us. */
export interface JournalRecord {
  text: string;
  /** `__REALTIME_TIMESTAMP` as an ISO string, or null. */
  time: string | null;
  /** Seconds since boot (`_SOURCE_MONOTONIC_TIMESTAMP`, else `__MONOTONIC_TIMESTAMP`), or null. */
  uptime: number | null;
  /** The program that logged it when that is not the kernel (`SYSLOG_IDENTIFIER` of a non-kernel `_TRANSPORT`). */
  source: string | null;
}

/**
 * `journalctl -o json`: the kernel's text is MESSAGE (a string, or an array of bytes when it was not
 * UTF-8; multi-line records keep their `\n`, which repair/repair.ts splits). Null when the line is not one.
 */
export function fromJournalJson(raw: string): JournalRecord | null {
  if (raw.indexOf('"MESSAGE"') < 0) return null;
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    record = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  let message = record.MESSAGE;
  if (Array.isArray(message)) message = new TextDecoder().decode(Uint8Array.from(message.filter(Number.isInteger)));
  if (typeof message !== 'string') return null;
  const realtimeUs = Number(record.__REALTIME_TIMESTAMP);
  const monotonicUs = Number(record._SOURCE_MONOTONIC_TIMESTAMP ?? record.__MONOTONIC_TIMESTAMP);
  const transport = record._TRANSPORT;
  const ident = record.SYSLOG_IDENTIFIER;
  return {
    text: message.trim(),
    time: Number.isFinite(realtimeUs) ? new Date(realtimeUs / 1000).toISOString() : null,
    uptime: Number.isFinite(monotonicUs) ? monotonicUs / 1e6 : null,
    source: typeof transport === 'string' && transport !== 'kernel' && typeof ident === 'string' ? ident : null,
  };
}
