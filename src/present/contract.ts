/**
 * The JSON contract of the command line (../shared/cli-json-contract.md, documented in docs/cli-json.md) and of
 * the page's "Event as JSON" export: a pure mapping from the parser's model and an analysis done elsewhere to
 * the stable shape scripts rely on (it analyses nothing itself, so the page can build it next to its views). Fields named there are never renamed
 * or dropped without bumping SCHEMA_VERSION; a value the log does not contain is null, never 0 and never
 * omitted. Extra fields are marked "extra". Texts (`title`, `detail`, `headline`) are the English catalogue
 * rendered from ids and params, so they say what the page says.
 */
import type { EventAnalysis, Finding, Params } from '../analyze/types';
import type { AllocationFailure, Diagnostic, OomEvent, ParseStats } from '../parse/model';
import { findingText } from './findings';
import { headlineText } from './headline';
import { translator, type Translate } from './i18n';
import { stripParens } from '../kernel/gfp/printed';

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
  params: Params;
  /** extra: the repeated parts of the finding (one per zone, task, …), each with its own params. */
  items: Params[];
  /** extra: the plain-language explanation with the numbers. */
  detail: string;
}

export interface ContractAnalysis {
  accounting: {
    ramKb: number | null;
    unaccountedKb: number | null;
    rows: { id: string; kb: number; lines: number[] }[];
  } | null;
  badness: {
    rule: string;
    victim: { pid: number; printed: number | null; recomputed: number | null } | null;
  } | null;
  watermarks: { node: number; zone: string; usable: boolean; passes: boolean | null }[];
  fragmentation: { verdict: string; largestUsableOrder: number | null } | null;
}

export interface ContractEvent {
  firstLine: number;
  lastLine: number;
  kind: 'global' | 'memcg' | 'sysrq' | 'cpuset' | 'mempolicy' | 'fragment' | 'unknown';
  scope: 'global' | 'memcg' | 'cpuset' | 'mempolicy' | 'sysrq' | 'unknown';
  complete: boolean;
  /** The page size as the log proves it; null when it cannot show it. */
  pageSizeKb: number | null;
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
  analysis: ContractAnalysis;
  /** extra: timestamp of the first line as printed, and seconds since boot. */
  time: string | null;
  uptime: number | null;
  /** extra: the analysis in two or three sentences. */
  headline: string;
}

export interface ContractAllocationFailure {
  firstLine: number;
  lastLine: number;
  comm: string | null;
  gfpMask: string | null;
  order: number | null;
  findings: ContractFinding[];
}

export interface ContractDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  events: ContractEvent[];
  allocationFailures: ContractAllocationFailure[];
  diagnostics: Diagnostic[];
  /** extra: bytes and lines read, log prefix styles recognised. */
  stats: ParseStats;
}

/** The document for a file that could not be read (several files: one line each). */
export interface ContractError {
  file: string;
  error: string;
}

let english: Translate | null = null;
/** The English texts of the contract (one translator for the process). */
function en(): Translate {
  english ??= translator('en');
  return english;
}

export function toContractFinding(f: Finding, t: Translate = en()): ContractFinding {
  const text = findingText(t, f);
  return {
    id: f.id,
    severity: f.severity,
    title: text.title,
    lines: f.lines,
    params: f.params,
    items: f.items ?? [],
    detail: text.detail,
  };
}

/** Decoded flag names; on a pre-release kernel that printed its own names, those (our tables are a guess there). */
function gfpFlags(event: OomEvent, analysis: EventAnalysis): string[] {
  const printed = event.trigger?.gfpPrinted;
  if (analysis.facts.kernel.prerelease && printed) return stripParens(printed).split('|').filter(Boolean);
  return analysis.gfp?.names ?? [];
}

export function toContractAnalysis(analysis: EventAnalysis): ContractAnalysis {
  const a = analysis.accounting;
  const b = analysis.badness;
  const f = analysis.fragmentation;
  return {
    accounting: a && {
      ramKb: a.ramKb,
      unaccountedKb: a.unaccountedKb,
      rows: a.rows.map((r) => ({ id: r.id, kb: r.kb, lines: r.lines })),
    },
    badness:
      b && b.rule !== null
        ? {
            rule: b.rule,
            victim:
              b.chosenPid !== null
                ? { pid: b.chosenPid, printed: b.printedScore, recomputed: b.recomputedScore }
                : null,
          }
        : null,
    watermarks: analysis.zoneChecks.map((c) => ({ node: c.node, zone: c.zone, usable: c.usable, passes: c.passes })),
    fragmentation:
      f && f.verdict !== 'not-applicable' ? { verdict: f.verdict, largestUsableOrder: f.largestUsableOrder } : null,
  };
}

export function toContractEvent(event: OomEvent, analysis: EventAnalysis, t: Translate = en()): ContractEvent {
  const tr = event.trigger;
  const v = event.victim;
  return {
    firstLine: event.firstLine,
    lastLine: event.lastLine,
    kind: analysis.facts.kind,
    scope: analysis.facts.scope,
    complete: event.complete,
    pageSizeKb: analysis.facts.pageSize.kb,
    kernelVersion: event.kernel?.version ?? null,
    trigger: tr && {
      comm: tr.comm,
      pid: tr.pid ?? event.kernel?.pid ?? null,
      gfpMask: tr.gfpMask,
      gfpFlags: gfpFlags(event, analysis),
      order: tr.order,
      oomScoreAdj: tr.oomScoreAdj,
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
    findings: analysis.findings.map((f) => toContractFinding(f, t)),
    analysis: toContractAnalysis(analysis),
    time: event.time,
    uptime: event.uptime,
    headline: headlineText(t, analysis.headline),
  };
}

/** What a document is made of once the events are analysed (by the CLI, or by the page's worker). */
export interface ContractParts {
  /** The log's name as the reader knows it. */
  file: string;
  events: { event: OomEvent; analysis: EventAnalysis }[];
  allocationFailures: (AllocationFailure & { findings: Finding[] })[];
  /** Notes in the order the document lists them (about the input, the parse, then each event's analysis). */
  diagnostics: Diagnostic[];
  stats: ParseStats;
}

export function contractDocument(parts: ContractParts, t: Translate = en()): ContractDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    file: parts.file,
    events: parts.events.map(({ event, analysis }) => toContractEvent(event, analysis, t)),
    allocationFailures: parts.allocationFailures.map((a) => ({
      firstLine: a.firstLine,
      lastLine: a.lastLine,
      comm: a.comm,
      gfpMask: a.gfpMask,
      order: a.order,
      findings: a.findings.map((f) => toContractFinding(f, t)),
    })),
    diagnostics: parts.diagnostics,
    stats: parts.stats,
  };
}
