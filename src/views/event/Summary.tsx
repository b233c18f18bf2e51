/** Summary: what happened in two or three sentences, who asked, who was killed, the top findings. */
import { memo } from 'react';
import type { EventDetail } from '../../worker/protocol';
import { formatKb } from '../../present/units';
import { FindingItem } from './Findings';
import { LineLink } from '../source/LineLink';

const KIND_LABEL: Record<string, string> = {
  global: 'Global OOM (the whole system ran out)',
  memcg: 'cgroup OOM (a memory cgroup hit its limit)',
  sysrq: 'Manual OOM (SysRq-f)',
  cpuset: 'cpuset-constrained OOM',
  mempolicy: 'mempolicy-constrained OOM',
  fragment: 'Partial report',
};

/** memory.oom.group: the rest of the victim's cgroup went with it (the victim may be listed again). */
function GroupKills({ detail }: { detail: EventDetail }) {
  const { oomGroup, victim } = detail.event;
  if (!oomGroup) return null;
  const others = oomGroup.killed.filter((k) => k.pid !== victim?.pid).length;
  return (
    <>
      {'; then '}
      <LineLink line={oomGroup.line}>{others === 1 ? '1 more task' : `${others} more tasks`}</LineLink>
      {' of its cgroup (memory.oom.group)'}
    </>
  );
}

function Summary({ detail, topFindings = 3 }: { detail: EventDetail; topFindings?: number }) {
  const { event, analysis } = detail;
  const trigger = event.trigger;
  const victim = event.victim;
  const findings = analysis.findings.slice(0, topFindings);
  return (
    <section className="panel summary" data-testid="summary" aria-labelledby="summary-h">
      <h2 id="summary-h">Summary</h2>
      <p className="headline">{analysis.headline || 'No diagnosis is available for this event yet.'}</p>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABEL[event.kind] ?? event.kind}</dd>
        </div>
        <div>
          <dt>Asked for memory</dt>
          <dd>
            {trigger ? (
              <LineLink line={trigger.line}>
                {trigger.comm ?? 'unknown'}
                {trigger.pid != null ? ` (pid ${trigger.pid})` : ''}
              </LineLink>
            ) : (
              'not in the log'
            )}
          </dd>
        </div>
        <div>
          <dt>Request</dt>
          <dd>
            {trigger?.order != null ? `order ${trigger.order}` : '—'}
            {analysis.requestKb != null ? ` = ${formatKb(analysis.requestKb)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Killed</dt>
          <dd>
            {victim ? (
              <LineLink line={victim.line}>
                {victim.comm} (pid {victim.pid})
              </LineLink>
            ) : event.noKillable ? (
              'nothing: no killable process'
            ) : event.panic ? (
              'nothing: the kernel panicked'
            ) : (
              'not in the log'
            )}
            {victim?.anonRssKb != null ? `, ${formatKb(victim.anonRssKb)} anonymous memory` : ''}
            <GroupKills detail={detail} />
          </dd>
        </div>
        {event.time ? (
          <div>
            <dt>Time</dt>
            <dd>{event.time}</dd>
          </div>
        ) : null}
      </dl>
      {findings.length ? (
        <>
          <h3>Top findings</h3>
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
