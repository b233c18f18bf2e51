/**
 * The ticket report: one OOM event as Markdown, for `oomscope --format markdown` and the page's export.
 * Pure: the parsed event and its analysis in, text in the reader's language out. Sections: headline,
 * findings with their numbers, request and kill, gfp_mask decoded, zone table, top tasks, kernel.
 */
import type { EventAnalysis } from '../analyze/types';
import type { OomEvent, Task } from '../parse/model';
import { findingText } from './findings';
import { headlineText } from './headline';
import type { Translate } from './i18n';
import { code, escapeText, heading, table } from './markdownSyntax';
import { formatKb } from './units';
import { zoneVerdict } from './zones';
import { stripParens } from '../kernel/gfp/printed';

export interface MarkdownOptions {
  t: Translate;
  /** The log's name as the reader knows it (a path, "pasted text"). */
  file: string;
  /** 1-based number of the event in its file. */
  number: number;
}

/** Tasks listed, biggest RSS first. */
export const TOP_TASKS = 10;

export function markdownReport(event: OomEvent, analysis: EventAnalysis, o: MarkdownOptions): string {
  const { t } = o;
  const parts = [heading(2, escapeText(t('markdown.title', { n: o.number, kind: t(`markdown.kinds.${event.kind}`) })))];
  const where = t('markdown.where', { first: event.firstLine, last: event.lastLine, file: code(o.file) });
  parts.push(event.time ? `${where} · ${t('markdown.time', { time: code(event.time) })}` : where);
  const headline = headlineText(t, analysis.headline);
  if (headline.trim()) parts.push(`> ${escapeText(headline)}`);
  if (!event.complete) parts.push(`_${escapeText(t('markdown.incomplete'))}_`);
  parts.push(findings(analysis, t), request(event, analysis, t));
  if (analysis.gfp) parts.push(gfp(event, analysis, t));
  parts.push(zones(event, analysis, t), tasks(event, analysis, t), kernel(event, t));
  parts.push(`_${escapeText(t('markdown.footer'))}_`);
  return parts.join('\n\n') + '\n';
}

function findings(analysis: EventAnalysis, t: Translate): string {
  const out: string[] = [];
  if (analysis.findings.length === 0) out.push(t('markdown.noFindings'));
  for (const f of analysis.findings) {
    const { title, detail } = findingText(t, f);
    const lines = f.lines.length
      ? ` (${t('markdown.lines', { count: f.lines.length, lines: f.lines.join(', ') })})`
      : '';
    const body = detail.trim() ? `  \n  ${escapeText(detail)}` : '';
    out.push(`- **${t(`markdown.severity.${f.severity}`)}** — ${escapeText(title)}${lines}${body}`);
  }
  return `${heading(3, t('markdown.findings'))}\n\n${out.join('\n')}`;
}

function who(comm: string | null, pid: number | null): string {
  return `${code(comm ?? '?')}${pid === null ? '' : ` (pid ${pid})`}`;
}

function request(event: OomEvent, analysis: EventAnalysis, t: Translate): string {
  const rows: string[][] = [];
  const tr = event.trigger;
  if (tr) rows.push([t('markdown.trigger'), who(tr.comm, tr.pid ?? event.kernel?.pid ?? null)]);
  const v = event.victim;
  const victim = v
    ? `${who(v.comm, v.pid)}: ${t('markdown.victimMemory', {
        anon: formatKb(v.anonRssKb),
        file: formatKb(v.fileRssKb),
        shmem: formatKb(v.shmemRssKb),
        total: formatKb(v.totalVmKb),
      })}`
    : t('markdown.noVictim');
  rows.push([t('markdown.victim'), victim]);
  if (tr?.gfpMask) rows.push([code('gfp_mask'), code(tr.gfpMask)]);
  if (tr?.order != null) {
    const order =
      tr.order === -1
        ? t('markdown.sysrq')
        : t('markdown.orderValue', { order: tr.order, size: formatKb(analysis.requestKb) });
    rows.push([code('order'), order]);
  }
  if (event.constraint?.constraint) rows.push([t('markdown.constraint'), code(event.constraint.constraint)]);
  const m = event.memcg;
  if (m) {
    const value = t('markdown.cgroupValue', {
      path: code(m.path ?? '?'),
      usage: formatKb(m.memory?.usageKb),
      limit: formatKb(m.memory?.limitKb),
    });
    rows.push([t('markdown.cgroup'), value]);
  }
  return [heading(3, t('markdown.request')), table([t('markdown.field'), t('markdown.value')], rows)].join('\n\n');
}

function gfp(event: OomEvent, analysis: EventAnalysis, t: Translate): string {
  const g = analysis.gfp!;
  const yn = (b: boolean) => t(b ? 'markdown.yes' : 'markdown.no');
  const rows = [
    [t('markdown.gfpFlags'), g.names.length ? g.names.map(code).join(' ') : code(g.mask)],
    [t('markdown.gfpZone'), code(g.targetZone)],
    [t('markdown.gfpMigrate'), code(g.migrateType)],
    [t('markdown.gfpReclaim'), yn(g.canReclaim)],
    [t('markdown.gfpIo'), yn(g.canIo)],
    [t('markdown.gfpFs'), yn(g.canFs)],
  ];
  const out = [
    heading(3, `${t('markdown.gfp')}: ${code(g.mask)}`),
    table([t('markdown.field'), t('markdown.value')], rows),
  ];
  // `mismatch` is the kernel layer's English note; the reader gets the printed names in their language.
  const printed = event.trigger?.gfpPrinted;
  if (g.mismatch && printed) out.push(escapeText(t('markdown.gfpMismatch', { printed: stripParens(printed) })));
  return out.join('\n\n');
}

function zones(event: OomEvent, analysis: EventAnalysis, t: Translate): string {
  const head = heading(3, t('markdown.zones'));
  if (event.zones.length === 0) return `${head}\n\n${t('markdown.noZones')}`;
  const yn = (b: boolean) => t(b ? 'markdown.yes' : 'markdown.no');
  const rows = event.zones.map((z) => {
    const check = analysis.zoneChecks.find((c) => c.node === z.node && c.zone === z.zone);
    return [
      String(z.node),
      code(z.zone),
      formatKb(z.freeKb),
      formatKb(z.minKb),
      formatKb(z.lowKb),
      formatKb(z.highKb),
      formatKb(z.managedKb),
      check ? yn(check.usable) : t('markdown.notChecked'),
      zoneVerdict(t, check ?? null).text,
    ];
  });
  const header = ['node', 'zone', 'free', 'min', 'low', 'high', 'managed', 'usable', 'check'].map((k) =>
    t(`markdown.${k}`),
  );
  return `${head}\n\n${table(header, rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r'])}`;
}

function tasks(event: OomEvent, analysis: EventAnalysis, t: Translate): string {
  const list = event.tasks?.tasks ?? [];
  if (list.length === 0)
    return `${heading(3, t('markdown.tasks', { count: 0, total: 0 }))}\n\n${t('markdown.noTasks')}`;
  const top = [...list].sort((a, b) => b.rssPages - a.rssPages).slice(0, TOP_TASKS);
  // The page size the log proves (analysis facts); 4 kB assumed, and said, when nothing proves it.
  const pageKb = analysis.facts.pageKb;
  const kb = (pages: number | null) => (pages === null ? '—' : formatKb(pages * pageKb));
  const victim = event.victim?.pid;
  const row = (task: Task) => [
    String(task.pid),
    `${code(task.name)}${task.pid === victim ? ` ${t('markdown.killed')}` : ''}`,
    kb(task.rssPages),
    kb(task.totalVmPages),
    kb(task.swapEntries),
    String(task.oomScoreAdj),
  ];
  const header = ['pid', 'name', 'rss', 'totalVm', 'swap', 'scoreAdj'].map((k) => t(`markdown.${k}`));
  const out = [
    heading(3, t('markdown.tasks', { count: top.length, total: list.length })),
    table(header, top.map(row), ['r', 'l', 'r', 'r', 'r', 'r']),
  ];
  const notes = [
    event.tasks?.elided ? t('markdown.tasksElided') : '',
    analysis.facts.pageSizeAssumed ? t('markdown.pageSizeAssumed') : '',
  ];
  const said = notes.filter(Boolean).map(escapeText);
  if (said.length) out.push(said.join(' '));
  return out.join('\n\n');
}

function kernel(event: OomEvent, t: Translate): string {
  const k = event.kernel;
  const unknown = t('markdown.unknown');
  const rows = [
    [t('markdown.version'), k?.version ? code(k.version) : unknown],
    [t('markdown.build'), k?.build ? code(k.build) : unknown],
    [t('markdown.hardware'), k?.hardware ? code(k.hardware) : unknown],
    [t('markdown.tainted'), k?.tainted ? code(k.tainted) : unknown],
  ];
  if (k && k.cpu !== null)
    rows.push([
      t('markdown.cpuLine'),
      t('markdown.cpuValue', { cpu: k.cpu, pid: k.pid ?? '?', comm: code(k.comm ?? '?') }),
    ]);
  return `${heading(3, t('markdown.kernel'))}\n\n${table([t('markdown.field'), t('markdown.value')], rows)}`;
}
