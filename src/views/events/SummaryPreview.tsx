/**
 * What is known of an event the moment the worker announces it (its EventSummary), shown until the full
 * detail arrives: the detail is a round trip to the worker, which answers it between the chunks it is still
 * reading (src/worker/yielder.ts), so on a large file the preview stands for a moment.
 */
import { memo } from 'react';
import type { EventSummary } from '../../worker/protocol';
import { headlineText, requestText } from '../../present/headline';
import { useT } from '../common/useT';

function SummaryPreview({ summary }: { summary: EventSummary }) {
  const t = useT();
  const who = (comm: string | null, pid: number | null) =>
    pid != null
      ? t('event.pid', { comm: comm ?? t('event.unknown'), pid: String(pid) })
      : (comm ?? t('event.notInLog'));
  return (
    <section
      className="panel summary"
      data-testid="summary"
      data-preview="true"
      aria-labelledby="summary-h"
      aria-busy="true"
    >
      <h2 id="summary-h">{t('event.summary')}</h2>
      <p className="headline">{headlineText(t, summary.headline)}</p>
      <dl className="facts">
        <div>
          <dt>{t('event.kind')}</dt>
          <dd>{t(`event.kinds.${summary.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('event.askedForMemory')}</dt>
          <dd>{summary.trigger ? who(summary.trigger.comm, summary.trigger.pid) : t('event.notInLog')}</dd>
        </div>
        <div>
          <dt>{t('event.request')}</dt>
          <dd>{requestText(t, summary.order, summary.requestKb)}</dd>
        </div>
        <div>
          <dt>{t('event.killed')}</dt>
          <dd>{summary.victim ? who(summary.victim.comm, summary.victim.pid) : t('event.notInLog')}</dd>
        </div>
      </dl>
      <p className="muted small">{t('event.loading')}</p>
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoSummaryPreview = memo(SummaryPreview);
export { MemoSummaryPreview as SummaryPreview };
