/**
 * Several OOMs in one file form a story. A kill in the same cgroup (or, machine-wide, the same machine) or of
 * the same program as an earlier kill means the earlier one did not fix the problem: `repeated-kills` on the
 * second and later kills, with what the previous kill freed and how long it bought.
 */
import type { OomEvent } from '../../parse/model';
import type { EventFacts } from '../facts';
import type { EventDigest } from '../types';
import { type Rule, finding } from './context';

export function digestOf(event: OomEvent, facts: EventFacts): EventDigest {
  const v = event.victim;
  const scopeKey =
    facts.scope === 'memcg'
      ? (facts.memcg?.oomPath ?? facts.memcg?.taskPath ?? null)
      : facts.scope === 'unknown'
        ? null
        : 'machine';
  return {
    index: event.index,
    scopeKey,
    victimComm: v?.comm ?? event.constraint?.task ?? null,
    victimPid: v?.pid ?? event.constraint?.pid ?? null,
    freedKb: v?.anonRssKb != null ? v.anonRssKb + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0) : null,
    uptime: event.uptime,
    time: event.time,
    line: v?.line ?? event.constraint?.line ?? event.firstLine,
  };
}

export const repeatedKills: Rule = ({ event, facts, history }) => {
  const current = digestOf(event, facts);
  if (current.victimPid === null) return null;
  // Earlier kills of another process (the same pid again is an echo or a duplicate paste, not a new kill).
  const earlier = history.filter((d) => d.victimPid !== null && d.victimPid !== current.victimPid);
  const same = earlier.filter(
    (d) =>
      (current.scopeKey !== null && d.scopeKey === current.scopeKey) ||
      (current.victimComm !== null && d.victimComm === current.victimComm),
  );
  if (same.length === 0) return null;
  const previous = same[same.length - 1];
  const sameCgroup = current.scopeKey !== null && previous.scopeKey === current.scopeKey;
  return finding(
    'repeated-kills',
    'warning',
    {
      nth: same.length + 1,
      by: sameCgroup ? (current.scopeKey === 'machine' ? 'machine' : 'cgroup') : 'program',
      path: sameCgroup && current.scopeKey !== 'machine' ? current.scopeKey : null,
      previousComm: previous.victimComm,
      previousPid: previous.victimPid,
      previousFreedKb: previous.freedKb,
      sinceSec: secondsBetween(previous, current),
      comm: current.victimComm,
      freedKb: current.freedKb,
    },
    [previous.line, current.line],
    same.map((d) => ({ comm: d.victimComm, pid: d.victimPid, freedKb: d.freedKb, line: d.line })),
  );
};

/** Seconds from one kill to the next: dmesg uptimes, else the clock times of the prefix on the same day. */
function secondsBetween(a: EventDigest, b: EventDigest): number | null {
  if (a.uptime !== null && b.uptime !== null) return Math.round((b.uptime - a.uptime) * 10) / 10;
  const clock = (t: string | null) => /^(.*?)(\d{1,2}):(\d{2}):(\d{2})/.exec(t ?? '');
  const x = clock(a.time);
  const y = clock(b.time);
  if (!x || !y || x[1] !== y[1]) return null;
  const sec = (m: RegExpExecArray) => Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  const diff = sec(y) - sec(x);
  return diff >= 0 ? diff : null;
}
