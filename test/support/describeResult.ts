/**
 * A human-readable summary of a parse result, one fact per line, for fixture snapshots that a
 * person can check against the log by reading both side by side.
 */
import type { AllocationFailure, OomEvent, ParseResult, Zone, BuddyRow } from '../../src/parse/model';

type Described = Pick<ParseResult, 'events' | 'allocationFailures' | 'diagnostics'>;

export function describeResult(result: Described): string {
  const out: string[] = [];
  out.push(`events: ${result.events.length}`);
  for (const e of result.events) describeEvent(e, out);
  out.push(`allocation failures: ${result.allocationFailures.length}`);
  for (const f of result.allocationFailures) describeFailure(f, out);
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  out.push(`diagnostics: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`);
  return out.join('\n') + '\n';
}

function describeEvent(e: OomEvent, out: string[]): void {
  out.push('');
  out.push(
    `event ${e.index}: ${e.kind} ${e.complete ? 'complete' : 'INCOMPLETE'} lines ${e.firstLine}-${e.lastLine}` +
      (e.time ? ` time=${e.time}` : '') +
      (e.uptime !== null ? ` uptime=${e.uptime}` : ''),
  );
  const t = e.trigger;
  if (t) {
    out.push(
      `  trigger: ${t.comm} pid=${t.pid} gfp=${t.gfpMask}${t.gfpPrinted !== null ? `(${t.gfpPrinted})` : ''} order=${t.order}` +
        ` oom_score_adj=${t.oomScoreAdj}` +
        (t.oomAdj !== null ? ` oom_adj=${t.oomAdj}` : '') +
        (t.nodemask !== null ? ` nodemask=${t.nodemask}` : '') +
        ` @${t.line}`,
    );
  }
  if (e.cpuset) out.push(`  cpuset: ${e.cpuset.name} mems_allowed=${e.cpuset.memsAllowed}`);
  const k = e.kernel;
  if (k) {
    out.push(`  kernel: ${k.version} ${k.build ?? ''} cpu=${k.cpu} pid=${k.pid} comm=${k.comm} tainted=${k.tainted}`);
    out.push(`  hardware: ${k.hardware}`);
  }
  if (e.callTrace.length)
    out.push(
      `  call trace: ${e.callTrace.length} frames, first ${e.callTrace[0].symbol}, last ${e.callTrace[e.callTrace.length - 1].symbol}`,
    );
  if (e.memInfo) {
    const c = e.memInfo.counters;
    out.push(
      `  mem-info: ${Object.keys(c).length} counters, free=${c.free} active_anon=${c.active_anon} inactive_anon=${c.inactive_anon} slab_unreclaimable=${c.slab_unreclaimable}`,
    );
  }
  for (const n of e.nodes)
    out.push(`  node ${n.node}: ${Object.keys(n.fieldsKb).length} fields, all_unreclaimable=${n.allUnreclaimable}`);
  for (const z of e.zones) out.push(`  zone ${describeZone(z)}`);
  for (const b of e.buddy) out.push(`  buddy ${describeBuddy(b)}`);
  for (const h of e.hugepages)
    out.push(`  hugepages node ${h.node}: ${h.total} total ${h.free} free ${h.surplus} surp size=${h.sizeKb}kB`);
  const s = e.summary;
  out.push(`  page size: ${e.pageSizeKb === null ? 'unknown' : `${e.pageSizeKb}kB`}`);
  out.push(
    `  swap: free=${s.freeSwapKb}kB total=${s.totalSwapKb}kB swapcache=${s.swapCachePages} pagecache=${s.pagecachePages}`,
  );
  out.push(
    `  RAM: ${s.ramPages} pages, highmem=${s.highmemPages} reserved=${s.reservedPages} cma=${s.cmaReservedPages} hwpoisoned=${s.hwpoisonedPages}`,
  );
  if (e.tasks) {
    const last = e.tasks.tasks[e.tasks.tasks.length - 1];
    out.push(
      `  tasks: ${e.tasks.tasks.length} rows${e.tasks.elided ? ' (ELIDED)' : ''}, columns ${e.tasks.columns.join(',')}` +
        (last ? `; last [${last.pid}] ${last.name} rss=${last.rssPages}` : ''),
    );
  } else out.push('  tasks: none');
  const m = e.memcg;
  if (m) {
    const counter = (n: string, c: { usageKb: number; limitKb: number; failcnt: number | null } | null) =>
      c ? ` ${n}=${c.usageKb}/${c.limitKb}kB failcnt=${c.failcnt}` : '';
    out.push(
      `  memcg: path=${m.path} task=${m.taskPath}${counter('memory', m.memory)}${counter('memsw', m.memsw)}${counter('swap', m.swap)}${counter('kmem', m.kmem)}`,
    );
    if (m.statsPath !== null)
      out.push(
        `  memcg stats: ${m.statsPath} ${Object.keys(m.stats).length} keys (${m.statsUnit}) anon=${m.stats.anon ?? m.stats.rss} file=${m.stats.file ?? m.stats.cache}`,
      );
    for (const c of m.children)
      out.push(`  memcg child: ${c.path} rss=${c.stats.rss} cache=${c.stats.cache} @${c.line}`);
  }
  const con = e.constraint;
  if (con)
    out.push(
      `  constraint: ${con.constraint} nodemask=${con.nodemask} cpuset=${con.cpuset} mems=${con.memsAllowed} global=${con.globalOom} oom_memcg=${con.oomMemcg} task_memcg=${con.taskMemcg} task=${con.task} pid=${con.pid} uid=${con.uid}`,
    );
  if (e.selection)
    out.push(
      `  selection: ${e.selection.pid} (${e.selection.comm}) score=${e.selection.score} "${e.selection.message}"`,
    );
  const v = e.victim;
  if (v)
    out.push(
      `  victim: ${v.pid} (${v.comm}) total-vm=${v.totalVmKb} anon=${v.anonRssKb} file=${v.fileRssKb} shmem=${v.shmemRssKb} uid=${v.uid} pgtables=${v.pgtablesKb} adj=${v.oomScoreAdj} "${v.message}" @${v.line}`,
    );
  if (e.reaped)
    out.push(
      `  reaped: ${e.reaped.pid} (${e.reaped.comm}) anon=${e.reaped.anonRssKb} file=${e.reaped.fileRssKb} shmem=${e.reaped.shmemRssKb} @${e.reaped.line}`,
    );
  if (e.oomGroup) {
    const killed = e.oomGroup.killed.map((k) => `${k.pid} (${k.comm}) @${k.line}`).join(', ');
    out.push(`  oom.group: ${e.oomGroup.path} @${e.oomGroup.line}, killed ${e.oomGroup.killed.length}: ${killed}`);
  }
  if (e.panic) out.push(`  panic: ${e.panic.message}`);
  if (e.noKillable) out.push('  no killable processes');
  if (e.unparsedLines.length) out.push(`  unparsed lines: ${e.unparsedLines.join(', ')}`);
  describeAround(e, out);
}

/** What segmentation adds around the report: cuts, kernel bugs, echoes, balloon lines, the pids of the rows. */
function describeAround(e: OomEvent, out: string[]): void {
  if (e.cuts?.length) out.push(`  cuts: ${e.cuts.map((c) => `${c.kind}@${c.line}`).join(', ')}`);
  for (const b of e.kernelBugs ?? []) out.push(`  kernel bug: ${b.kind} in ${b.function} "${b.message}" @${b.line}`);
  if (e.echoes?.length) out.push(`  echoes: ${e.echoes.map((x) => `${x.source}@${x.line}`).join(', ')}`);
  for (const b of e.balloon ?? []) out.push(`  balloon: ${b.driver} kb=${b.kb} @${b.line}`);
  const rows = e.tasks?.tasks ?? [];
  if (!rows.length || !e.tasks?.columns.includes('tgid')) return;
  const row = (pid: number | null | undefined) => {
    if (pid === null || pid === undefined) return 'none';
    const r = rows.find((t) => t.pid === pid);
    return r ? `${pid} (row tgid=${r.tgid})` : `${pid} (no row)`;
  };
  out.push(`  pids: cpu-line ${row(e.kernel?.pid)}, selection ${row(e.selection?.pid)}, victim ${row(e.victim?.pid)}`);
}

function describeFailure(f: AllocationFailure, out: string[]): void {
  out.push(
    `  lines ${f.firstLine}-${f.lastLine} ${f.warning} comm=${f.comm} gfp=${f.gfpMask}` +
      `${f.gfpPrinted != null ? `(${f.gfpPrinted})` : ''} order=${f.order}`,
  );
  if (f.kernel) out.push(`    kernel: ${f.kernel.version} pid=${f.kernel.pid} comm=${f.kernel.comm}`);
  const trace = f.callTrace ?? [];
  if (trace.length)
    out.push(
      `    call trace: ${trace.length} frames, first ${trace[0].symbol}, last ${trace[trace.length - 1].symbol}`,
    );
  if (f.memInfo)
    out.push(`    mem-info: ${Object.keys(f.memInfo.counters).length} counters, free=${f.memInfo.counters.free}`);
  for (const z of f.zones ?? []) out.push(`    zone ${describeZone(z)}`);
  for (const b of f.buddy ?? []) out.push(`    buddy ${describeBuddy(b)}`);
  if (f.summary)
    out.push(
      `    RAM: ${f.summary.ramPages} pages, highmem=${f.summary.highmemPages} reserved=${f.summary.reservedPages}`,
    );
}

function describeZone(z: Zone): string {
  return (
    `${z.node}:${z.zone} free=${z.freeKb} min=${z.minKb} low=${z.lowKb} high=${z.highKb} managed=${z.managedKb}` +
    ` present=${z.presentKb} fields=${Object.keys(z.fieldsKb).length} lowmem_reserve=[${z.lowmemReserve.join(' ')}]` +
    ` @${z.line}${z.reserveLine !== null ? `/${z.reserveLine}` : ''}`
  );
}

function describeBuddy(b: BuddyRow): string {
  const counts = b.freeBlocks.map((n, i) => `${n}${b.migrateTypes[i] ? `(${b.migrateTypes[i]})` : ''}`).join(' ');
  const sum = b.freeBlocks.reduce((acc, n, i) => acc + n * (b.blockKb[i] ?? 0), 0);
  return `${b.node}:${b.zone} ${counts} = ${b.totalKb}kB (sum ${sum}kB)`;
}
