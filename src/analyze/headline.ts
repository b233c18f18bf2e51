/**
 * Two or three plain sentences: what happened, who asked, who was killed and why.
 * Written for someone under pressure: names and numbers first, kernel vocabulary last.
 */
import type { OomEvent } from '../parse/model';
import type { BadnessCheck, FragmentationCheck, ZoneCheck } from './types';
import { formatKb, type RequestSize } from './request';
import { isMemcgOom } from './totalPages';
import { chosenIsNotTop } from './badness';
import { triggerName, triggerPid } from './findings/context';

export interface HeadlineInput {
  event: OomEvent;
  request: RequestSize | null;
  zoneChecks: ZoneCheck[];
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
}

export function buildHeadline(input: HeadlineInput): string {
  return [whatHappened(input), whoAsked(input), whoDied(input)].filter(Boolean).join(' ');
}

function whatHappened({ event, zoneChecks, fragmentation }: HeadlineInput): string {
  if (event.kind === 'fragment') return 'Only part of an OOM report is here, so the cause cannot be read from it.';
  if (event.kind === 'sysrq' || event.trigger?.order === -1)
    return 'The OOM killer was started by hand (SysRq-f); no allocation had failed.';
  if (isMemcgOom(event)) {
    const path = event.memcg?.path ?? event.constraint?.oomMemcg ?? 'A cgroup';
    const m = event.memcg?.memory;
    const use = m ? ` (${formatKb(m.usageKb)} used of ${formatKb(m.limitKb)})` : '';
    return `Cgroup ${path} hit its memory limit${use}; the rest of the machine may have had memory to spare.`;
  }
  const scope =
    event.kind === 'cpuset'
      ? 'The nodes this cpuset may use'
      : event.kind === 'mempolicy'
        ? 'The nodes of the memory policy'
        : 'The system';
  if (fragmentation?.verdict === 'fragmented')
    return `${scope} had free memory, but only in pieces too small for a contiguous order-${fragmentation.order} block.`;
  const usable = zoneChecks.filter((c) => c.usable);
  const short = usable.filter((c) => !c.ok).length;
  if (short > 0 && short === usable.length)
    return `${scope} ran out of memory: every zone the request could use was below its minimum watermark.`;
  if (short > 0)
    return `${scope} ran out of memory: ${short} of the ${usable.length} zones the request could use were below their minimum watermark when the report was printed.`;
  return `${scope} ran out of memory.`;
}

function whoAsked({ event, request }: HeadlineInput): string {
  const name = triggerName(event);
  if (!name || event.trigger?.order === -1) return '';
  const pid = triggerPid(event);
  const size = request ? ` for ${formatKb(request.kb)} (order ${request.order})` : '';
  return `${name}${pid !== null ? ` (pid ${pid})` : ''} asked${size} and could not get it.`;
}

function whoDied({ event, badness }: HeadlineInput): string {
  if (event.panic)
    return `The kernel panicked instead of killing a process: ${event.panic.message}.`.replace(/\.\.$/, '.');
  if (event.noKillable) return 'No process could be killed: every candidate was unkillable.';
  const v = event.victim;
  if (!v) return event.kind === 'fragment' ? '' : 'The report does not say which process was killed.';
  const rss =
    v.anonRssKb !== null ? `, ${formatKb(v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0))} resident` : '';
  const same = triggerPid(event) === v.pid ? ', the same process that asked' : '';
  const why = reason(event, badness);
  return `The kernel killed ${v.comm} (pid ${v.pid}${rss})${same}${why}.`;
}

function reason(event: OomEvent, badness: BadnessCheck | null): string {
  const v = event.victim!;
  const sel = event.selection;
  if (sel && sel.pid !== v.pid)
    return `, a child of ${sel.comm} (pid ${sel.pid}) which had the highest score${sel.score !== null ? ` (${sel.score})` : ''}`;
  if (sel?.score != null && (!badness || badness.topPid === null))
    return `, which had the highest badness score (${sel.score})`;
  if (!badness || badness.topPid === null) return event.kind === 'fragment' ? '' : ', chosen by its badness score';
  if (!badness.tasks.some((t) => t.pid === badness.chosenPid))
    return ', chosen by its badness score (its row is missing from the task table)';
  if (chosenIsNotTop(badness)) return ', although another task scored higher by our recomputation';
  return ', which had the highest badness score';
}
