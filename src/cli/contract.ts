/**
 * The CLI's JSON contract (/work/shared/cli-json-contract.md, documented in docs/cli-json.md):
 * a pure mapping from the parser's model and the analysis to the stable shape scripts rely on.
 * Fields named there are never renamed or dropped without bumping SCHEMA_VERSION; a value the log
 * does not contain is null, never 0 and never omitted. Extra fields are marked "extra".
 */
import type { EventAnalysis } from '../analyze/types';
import { analysisDiagnostics, emptyAnalysis } from '../analyze/index';
import type { Diagnostic, OomEvent, ParseResult, ParseStats } from '../parse/model';

export const SCHEMA_VERSION = 1;

export interface ContractTrigger {
  comm: string | null;
  pid: number | null;
  gfpMask: string | null;
  gfpFlags: string[];
  order: number | null;
  oomScoreAdj: number | null;
}

export interface ContractVictim {
  pid: number;
  comm: string;
  totalVmKb: number | null;
  anonRssKb: number | null;
  fileRssKb: number | null;
  shmemRssKb: number | null;
  uid: number | null;
  oomScoreAdj: number | null;
}

export interface ContractFinding {
  id: string;
  severity: 'info' | 'warning' | 'critical';
  title: string;
  lines: number[];
  /** extra: the plain-language explanation with the numbers. */
  detail: string;
}

export interface ContractEvent {
  firstLine: number;
  lastLine: number;
  kind: OomEvent['kind'];
  complete: boolean;
  kernelVersion: string | null;
  trigger: ContractTrigger | null;
  constraint: string | null;
  memcg: { path: string | null; usageKb: number | null; limitKb: number | null } | null;
  victim: ContractVictim | null;
  zones: {
    node: number;
    zone: string;
    freeKb: number;
    minKb: number;
    lowKb: number;
    highKb: number;
    managedKb: number | null;
    lowmemReserve: number[];
  }[];
  /** totalKb is null when the buddy line was cut before its `= NkB` total. */
  buddy: { node: number; zone: string; freeBlocks: number[]; totalKb: number | null }[];
  tasks: {
    pid: number;
    uid: number | null;
    tgid: number | null;
    totalVmPages: number;
    rssPages: number;
    swapEntries: number | null;
    oomScoreAdj: number;
    name: string;
  }[];
  tasksElided: boolean;
  findings: ContractFinding[];
  /** extra: timestamp of the first line as printed, and seconds since boot. */
  time: string | null;
  uptime: number | null;
  /** extra: page size inferred from the buddy lists. */
  pageSizeKb: number | null;
  /** extra: the analysis in two or three sentences. */
  headline: string;
}

export interface ContractDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  events: ContractEvent[];
  allocationFailures: ParseResult['allocationFailures'];
  diagnostics: Diagnostic[];
  /** extra: bytes and lines read, log prefix styles recognised. */
  stats: ParseStats;
}

/** The document for a file that could not be read (several files: one line each). */
export interface ContractError {
  file: string;
  error: string;
}

export function toContractEvent(event: OomEvent, analysis: EventAnalysis): ContractEvent {
  const t = event.trigger;
  const v = event.victim;
  return {
    firstLine: event.firstLine,
    lastLine: event.lastLine,
    kind: event.kind,
    complete: event.complete,
    kernelVersion: event.kernel?.version ?? null,
    trigger: t && {
      comm: t.comm,
      pid: t.pid ?? event.kernel?.pid ?? null,
      gfpMask: t.gfpMask,
      gfpFlags: analysis.gfp?.names ?? [],
      order: t.order,
      oomScoreAdj: t.oomScoreAdj,
    },
    constraint: event.constraint?.constraint ?? null,
    memcg: event.memcg && {
      path: event.memcg.path,
      usageKb: event.memcg.memory?.usageKb ?? null,
      limitKb: event.memcg.memory?.limitKb ?? null,
    },
    victim: v && {
      pid: v.pid,
      comm: v.comm,
      totalVmKb: v.totalVmKb,
      anonRssKb: v.anonRssKb,
      fileRssKb: v.fileRssKb,
      shmemRssKb: v.shmemRssKb,
      uid: v.uid,
      oomScoreAdj: v.oomScoreAdj,
    },
    zones: event.zones.map((z) => ({
      node: z.node,
      zone: z.zone,
      freeKb: z.freeKb,
      minKb: z.minKb,
      lowKb: z.lowKb,
      highKb: z.highKb,
      managedKb: z.managedKb,
      lowmemReserve: z.lowmemReserve,
    })),
    buddy: event.buddy.map((b) => ({ node: b.node, zone: b.zone, freeBlocks: b.freeBlocks, totalKb: b.totalKb })),
    tasks: (event.tasks?.tasks ?? []).map((task) => ({
      pid: task.pid,
      uid: task.uid,
      tgid: task.tgid,
      totalVmPages: task.totalVmPages,
      rssPages: task.rssPages,
      swapEntries: task.swapEntries,
      oomScoreAdj: task.oomScoreAdj,
      name: task.name,
    })),
    tasksElided: event.tasks?.elided ?? false,
    findings: analysis.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      title: f.title,
      lines: f.lines,
      detail: f.detail,
    })),
    time: event.time,
    uptime: event.uptime,
    pageSizeKb: event.pageSizeKb,
    headline: analysis.headline,
  };
}

export function toContractDocument(
  file: string,
  result: ParseResult,
  analyze: (event: OomEvent) => EventAnalysis,
): ContractDocument {
  const diagnostics = [...result.diagnostics];
  const events = result.events.map((event) => {
    let analysis: EventAnalysis;
    try {
      analysis = analyze(event);
    } catch (err) {
      // The analysis is an extra; a failure there must not cost the user the parsed facts.
      diagnostics.push({ line: event.firstLine, severity: 'error', message: `analysis failed: ${String(err)}` });
      analysis = emptyAnalysis();
    }
    diagnostics.push(...analysisDiagnostics(event, analysis));
    return toContractEvent(event, analysis);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    events,
    allocationFailures: result.allocationFailures.map((a) => ({
      firstLine: a.firstLine,
      lastLine: a.lastLine,
      comm: a.comm,
      gfpMask: a.gfpMask,
      order: a.order,
    })),
    diagnostics,
    stats: result.stats,
  };
}
