/** Summary: what happened in two or three sentences, who asked, who was killed, the top findings. */
import { memo } from 'react';
import type { EventDetail } from '../../worker/protocol';
import { headlineText, noVictimText, requestText } from '../../present/headline';
import { formatKb } from '../../present/units';
import { formatParams } from '../../present/params';
import type { Translate } from '../../present/i18n';
import { FindingItem } from './Findings';
import { LineLink } from '../source/LineLink';
import { useT } from '../common/useT';

/**
 * The victim's memory as the kill line gives it: the resident total the headline quotes and its parts, so the
 * figures in the headline and here are seen to be the same memory ("286 MiB resident: 188 MiB anonymous, …").
 */
function residentText(t: Translate, v: NonNullable<EventDetail['event']['victim']>): string {
  const anon = v.anonRssKb ?? 0;
  const params = formatParams({
    residentKb: anon + (v.fileRssKb ?? 0) + (v.shmemRssKb ?? 0),
    anonKb: anon,
    fileKb: v.fileRssKb,
    shmemKb: v.shmemRssKb,
  });
  // A 0 anon size would read "0 KiB anonymous": say it.
  return t('event.resident', { ...params, anonKb: formatKb(anon) });
}

/** memory.oom.group: the rest of the victim's cgroup went with it (the victim may be listed again). */
function GroupKills({ detail }: { detail: EventDetail }) {
  const t = useT();
  const { oomGroup, victim } = detail.event;
  if (!oomGroup) return null;
  const others = oomGroup.killed.filter((k) => k.pid !== victim?.pid).length;
  return <LineLink line={oomGroup.line}>{t('event.groupKills', { count: others })}</LineLink>;
}

function Summary({ detail, topFindings = 3 }: { detail: EventDetail; topFindings?: number }) {
  const t = useT();
  const { event, analysis } = detail;
  const trigger = event.trigger;
  const victim = event.victim;
  const findings = analysis.findings.slice(0, topFindings);
  const pid = (comm: string | null, p: number | null | undefined) =>
    p != null ? t('event.pid', { comm: comm ?? t('event.unknown'), pid: String(p) }) : (comm ?? t('event.unknown'));
  return (
    <section className="panel summary" data-testid="summary" aria-labelledby="summary-h">
      <h2 id="summary-h">{t('event.summary')}</h2>
      <p className="headline">{headlineText(t, analysis.headline)}</p>
      <dl className="facts">
        <div>
          <dt>{t('event.kind')}</dt>
          <dd>{t(`event.kinds.${analysis.facts.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('event.askedForMemory')}</dt>
          <dd>
            {trigger ? (
              <LineLink line={trigger.line}>{pid(trigger.comm, trigger.pid ?? event.kernel?.pid)}</LineLink>
            ) : (
              t('event.notInLog')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('event.request')}</dt>
          <dd>{requestText(t, trigger?.order, analysis.requestKb)}</dd>
        </div>
        <div>
          <dt>{t('event.killed')}</dt>
          <dd>
            {victim ? <LineLink line={victim.line}>{pid(victim.comm, victim.pid)}</LineLink> : noVictimText(t, event)}
            {victim?.anonRssKb != null ? `, ${residentText(t, victim)}` : ''}
            <GroupKills detail={detail} />
          </dd>
        </div>
        {event.time ? (
          <div>
            <dt>{t('event.time')}</dt>
            <dd>{event.time}</dd>
          </div>
        ) : null}
      </dl>
      {findings.length ? (
        <>
          <h3>{t('event.topFindings')}</h3>
          <ul className="finding-list">
            {findings.map((f) => (
              <FindingItem key={f.id} finding={f} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoSummary = memo(Summary);
export { MemoSummary as Summary };
