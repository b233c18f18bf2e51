/** One event's headline and its few facts (kind, who asked, who was killed, when), as its summary says them. */
import type { EventDetail } from '../../worker/protocol';
import type { SideId } from '../../present/compare';
import { headlineText, noVictimText, requestText } from '../../present/headline';
import { formatKb } from '../../present/units';
import { useT } from '../common/useT';
import { SideMark } from './SideMark';

export function CompareHeadline({ detail, side }: { detail: EventDetail; side: SideId }) {
  const t = useT();
  const { event, analysis } = detail;
  const { trigger, victim } = event;
  const who = (comm: string | null | undefined, pid: number | null | undefined) =>
    pid != null ? t('event.pid', { comm: comm ?? t('event.unknown'), pid: String(pid) }) : (comm ?? t('event.unknown'));
  const freedKb =
    victim?.anonRssKb != null ? victim.anonRssKb + (victim.fileRssKb ?? 0) + (victim.shmemRssKb ?? 0) : null;
  return (
    <div className="compare-headline" data-testid="compare-headline" data-side={side}>
      <p className="headline">
        <SideMark side={side} /> {headlineText(t, analysis.headline)}
      </p>
      <dl className="facts wide">
        <div>
          <dt>{t('event.kind')}</dt>
          <dd>{t(`event.kinds.${analysis.facts.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('event.askedForMemory')}</dt>
          <dd>{trigger ? who(trigger.comm, trigger.pid ?? event.kernel?.pid) : t('event.notInLog')}</dd>
        </div>
        <div>
          <dt>{t('event.request')}</dt>
          <dd>{requestText(t, trigger?.order, analysis.requestKb)}</dd>
        </div>
        <div>
          <dt>{t('event.killed')}</dt>
          <dd data-testid="compare-victim">
            {victim ? who(victim.comm, victim.pid) : noVictimText(t, event)}
            {freedKb != null ? ` — ${t('compare.resident', { kb: formatKb(freedKb) })}` : ''}
          </dd>
        </div>
        {event.time ? (
          <div>
            <dt>{t('event.time')}</dt>
            <dd>{event.time}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
