/**
 * What is known of an event the moment the worker announces it (its EventSummary), shown until the full
 * detail arrives: on a large file the worker answers detail requests only after it finishes reading.
 */
import { memo } from 'react';
import type { EventSummary } from '../../worker/protocol';
import { formatKb } from '../../present/units';

function SummaryPreview({ summary }: { summary: EventSummary }) {
  return (
    <section
      className="panel summary"
      data-testid="summary"
      data-preview="true"
      aria-labelledby="summary-h"
      aria-busy="true"
    >
      <h2 id="summary-h">Summary</h2>
      <p className="headline">{summary.headline}</p>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{summary.kind}</dd>
        </div>
        <div>
          <dt>Asked for memory</dt>
          <dd>
            {summary.trigger?.comm ?? 'not in the log'}
            {summary.trigger?.pid != null ? ` (pid ${summary.trigger.pid})` : ''}
          </dd>
        </div>
        <div>
          <dt>Request</dt>
          <dd>
            {summary.order != null ? `order ${summary.order}` : '—'}
            {summary.requestKb != null ? ` = ${formatKb(summary.requestKb)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Killed</dt>
          <dd>{summary.victim ? `${summary.victim.comm} (pid ${summary.victim.pid})` : 'not in the log'}</dd>
        </div>
      </dl>
      <p className="muted small">Loading the charts and the task table for this event…</p>
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoSummaryPreview = memo(SummaryPreview);
export { MemoSummaryPreview as SummaryPreview };
