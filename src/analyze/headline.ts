/**
 * The diagnosis in two or three sentences — what happened, who asked, who was killed and why — as sentence
 * ids with params (src/present/headline.ts makes the words). Written for someone under pressure: names and
 * numbers first, kernel vocabulary last. Every sentence says only what the event's facts prove.
 */
import type { OomEvent } from '../parse/model';
import { chosenIsNotTop } from './badness';
import type { EventFacts } from './facts';
import type { BadnessCheck, FragmentationCheck, Sentence, ZoneCheck } from './types';

export interface HeadlineInput {
  event: OomEvent;
  facts: EventFacts;
  zoneChecks: ZoneCheck[];
  fragmentation: FragmentationCheck | null;
  badness: BadnessCheck | null;
}

export function buildHeadline(input: HeadlineInput): Sentence[] {
  return [whatHappened(input), whoAsked(input), whoDied(input)].filter((s): s is Sentence => s !== null);
}

const s = (id: string, params: Sentence['params'] = {}): Sentence => ({ id, params });

function whatHappened({ event, facts, zoneChecks, fragmentation }: HeadlineInput): Sentence {
  const memcg = facts.memcg;
  if (event.kind === 'fragment') {
    // A fragment with its zone lists still tells what they say (a bare show_mem dump, a paste without its top).
    const usable = zoneChecks.filter((c) => c.usable);
    const lowmemOnly = facts.highmem && !facts.usableZones.includes('HighMem');
    const exhausted = usable.length > 0 && usable.every((c) => c.state !== 'passes');
    const highFreeKb = event.zones.filter((z) => z.zone === 'HighMem').reduce((n, z) => n + z.freeKb, 0);
    return s('fragment', {
      scope: facts.scope,
      path: memcg?.oomPath ?? null,
      taskPath: memcg?.taskPath ?? null,
      level: memcg?.level ?? null,
      zones: !exhausted ? 'none' : lowmemOnly && highFreeKb > 0 ? 'lowmem' : 'exhausted',
      watermark: facts.watermark,
      highFreeKb: lowmemOnly ? highFreeKb : null,
    });
  }
  if (facts.scope === 'sysrq') return s('sysrq');
  if (facts.scope === 'memcg') {
    const m = event.memcg?.memory;
    return s('memcg', {
      path: memcg?.oomPath ?? null,
      taskPath: memcg?.taskPath ?? null,
      level: memcg?.level ?? null,
      usageKb: m?.usageKb ?? null,
      limitKb: m?.limitKb ?? null,
    });
  }
  if (facts.invoker.kind === 'kswapd') return s('kswapd', { comm: facts.invoker.comm });
  if (facts.scope === 'unknown') return s('scope-unknown');
  const scope = facts.scope;
  if (fragmentation?.verdict === 'fragmented') return s('fragmented', { scope, order: fragmentation.order });
  const usable = zoneChecks.filter((c) => c.usable);
  const short = usable.filter((c) => c.state === 'below').length;
  const passing = usable.filter((c) => c.state === 'passes').length;
  if (short > 0 && passing === 0) return s('exhausted', { scope, watermark: facts.watermark });
  return s('out-of-memory', { scope });
}

function whoAsked({ event, facts }: HeadlineInput): Sentence | null {
  const invoker = facts.invoker;
  if (invoker.comm === null || invoker.kind === 'sysrq' || invoker.kind === 'kswapd') return null;
  const request = facts.request;
  const params = {
    comm: invoker.comm,
    pid: invoker.pid,
    requestKb: request?.kb ?? null,
    order: request?.order ?? null,
    kernelThread: invoker.kind === 'kernel-thread' ? 1 : 0,
  };
  const relation = facts.triggerToVictim.relation;
  if (event.victim && (relation === 'thread' || relation === 'same-name'))
    return s('asked-thread', { ...params, victimPid: event.victim.pid, proven: relation === 'thread' ? 1 : 0 });
  return s('asked', params);
}

function whoDied({ event, facts, badness }: HeadlineInput): Sentence | null {
  if (event.panic) return s('panic', { message: panicReason(event.panic.message) });
  if (event.noKillable) return s('no-killable');
  const v = event.victim;
  if (!v) return event.kind === 'fragment' ? null : s('no-kill-line');
  const residentKb = v.anonRssKb !== null ? v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0) : null;
  const sel = event.selection;
  const base = {
    comm: v.comm,
    pid: v.pid,
    residentKb,
    same: facts.triggerToVictim.relation === 'same' ? 1 : 0,
    selectedComm: sel?.comm ?? null,
    selectedPid: sel?.pid ?? null,
    score: sel?.score ?? null,
  };
  return s('killed', { ...base, reason: reason(event, facts, badness) });
}

type Reason = 'child' | 'top-score' | 'printed-score' | 'row-missing' | 'not-top' | 'badness' | null;

function reason(event: OomEvent, facts: EventFacts, badness: BadnessCheck | null): Reason {
  const v = event.victim!;
  const sel = event.selection;
  if (sel && sel.pid !== v.pid && facts.selectionToVictim.relation !== 'thread') return 'child';
  if (sel?.score != null && (!badness || badness.topPid === null)) return 'printed-score';
  if (!badness || badness.topPid === null) return event.kind === 'fragment' ? null : 'badness';
  if (!badness.tasks.some((t) => t.pid === badness.chosenPid)) return 'row-missing';
  if (chosenIsNotTop(badness)) return 'not-top';
  return 'top-score';
}

/** `Kernel panic - not syncing: Out of memory: …` → the reason, without the printk boilerplate or trailing dots. */
export function panicReason(message: string): string {
  return message
    .replace(/^Kernel panic - not syncing:\s*/i, '')
    .replace(/\.+$/, '')
    .trim();
}
