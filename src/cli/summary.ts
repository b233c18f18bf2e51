/**
 * The human-readable summary the CLI prints without --json: per event what happened, who asked,
 * who was killed, the request, and the top findings. Built from the contract document so the text
 * and the JSON can never disagree; sizes in the one unit style (src/present/units.ts).
 */
import { formatKb } from '../present/units';
import type { ContractDocument, ContractEvent } from './contract';

const TOP_FINDINGS = 3;
const SHOWN_DIAGNOSTICS = 5;

function who(comm: string | null | undefined, pid: number | null | undefined): string {
  const name = comm ?? '?';
  return pid === null || pid === undefined ? name : `${name} (pid ${pid})`;
}

function kb(value: number | null): string {
  return value === null ? '?' : formatKb(value);
}

/** The lines about one event (also what `--follow --format text` prints per event). */
export function describeEvent(e: ContractEvent, n: number): string[] {
  const state = e.complete ? '' : ', incomplete';
  const when = e.time ? ` at ${e.time}` : '';
  const kernel = e.kernelVersion ? `, kernel ${e.kernelVersion}` : '';
  const scope = e.kind === 'fragment' && e.scope !== 'unknown' ? ` (${e.scope})` : '';
  const out = [`Event ${n}: ${e.kind}${scope}${state}, lines ${e.firstLine}-${e.lastLine}${when}${kernel}`];
  const trigger = e.trigger ? who(e.trigger.comm, e.trigger.pid) : 'unknown trigger';
  const victim = e.victim
    ? `killed ${who(e.victim.comm, e.victim.pid)}, anon-rss ${kb(e.victim.anonRssKb)}`
    : 'no kill line';
  out.push(`  ${trigger} -> ${victim}`);
  if (e.trigger) {
    const flags = e.trigger.gfpFlags.length > 0 ? ` (${e.trigger.gfpFlags.join('|')})` : '';
    const order = e.trigger.order === -1 ? '-1 (manual SysRq)' : String(e.trigger.order ?? '?');
    out.push(`  request: gfp_mask=${e.trigger.gfpMask ?? '?'}${flags}, order=${order}`);
  }
  if (e.memcg)
    out.push(`  cgroup ${e.memcg.path ?? '?'}: usage ${kb(e.memcg.usageKb)} of limit ${kb(e.memcg.limitKb)}`);
  if (e.constraint) out.push(`  constraint: ${e.constraint}`);
  if (e.tasks.length > 0) out.push(`  tasks listed: ${e.tasks.length}${e.tasksElided ? ' (table cut)' : ''}`);
  if (e.headline) out.push(`  ${e.headline}`);
  for (const f of e.findings.slice(0, TOP_FINDINGS)) {
    const where = f.lines.length > 0 ? ` (line ${f.lines.slice(0, 3).join(', ')})` : '';
    out.push(`  [${f.severity}] ${f.title}${where}`);
  }
  if (e.findings.length > TOP_FINDINGS) out.push(`  ... ${e.findings.length - TOP_FINDINGS} more findings (--json)`);
  return out;
}

/** `numbers`: each event's 1-based number in its file (they differ from the list's when filters chose events). */
export function formatSummary(doc: ContractDocument, numbers: number[] = []): string {
  const { stats } = doc;
  const styles = stats.prefixStyles.length > 0 ? `, prefixes: ${stats.prefixStyles.join(', ')}` : '';
  const count = doc.events.length === 1 ? '1 OOM event' : `${doc.events.length} OOM events`;
  const lines = stats.lines === 1 ? '1 line' : `${stats.lines} lines`;
  const out = [`${doc.file}: ${count} in ${lines} (${stats.bytes} bytes${styles})`];
  doc.events.forEach((e, i) => out.push(...describeEvent(e, numbers[i] ?? i + 1)));
  if (doc.allocationFailures.length > 0) {
    out.push(`${doc.allocationFailures.length} page allocation failure warning(s), not OOM events:`);
    for (const a of doc.allocationFailures.slice(0, SHOWN_DIAGNOSTICS)) {
      const verdict = a.findings[0] ? ` — ${a.findings[0].title}` : '';
      out.push(`  line ${a.firstLine}: ${a.comm ?? '?'} order=${a.order ?? '?'} mode=${a.gfpMask ?? '?'}${verdict}`);
    }
  }
  const notable = doc.diagnostics.filter((d) => d.severity !== 'info' || doc.events.length === 0);
  for (const d of notable.slice(0, SHOWN_DIAGNOSTICS))
    out.push(`  ${d.severity}${d.line > 0 ? ` line ${d.line}` : ''}: ${d.message}`);
  if (notable.length > SHOWN_DIAGNOSTICS)
    out.push(`  ... ${notable.length - SHOWN_DIAGNOSTICS} more diagnostics (--json)`);
  return out.join('\n');
}
