/**
 * Progress while the worker reads: bytes read of total, events found so far, and a cancel button.
 * It reads progress from its own store, so the ~10 updates a second re-render this panel and nothing else.
 */
import { memo } from 'react';
import { formatKb } from '../../present/units';
import { useProgress, type ProgressStore } from './parseFeed';
import { countRender } from '../app/renderProbe';
import { useT } from '../common/useT';

function ProgressPanel({ store, name, onCancel }: { store: ProgressStore; name: string | null; onCancel: () => void }) {
  countRender('ProgressPanel');
  const t = useT();
  const progress = useProgress(store);
  if (!progress) return null;
  const { bytesRead, totalBytes, eventsFound } = progress;
  const label = t('inputPanel.reading', {
    name: name ?? t('inputPanel.input'),
    read: formatKb(bytesRead / 1024),
    total: totalBytes != null ? formatKb(totalBytes / 1024) : '',
    has_total: totalBytes != null ? '1' : '0',
    events: eventsFound,
  });
  return (
    <div className="progress-panel" data-testid="progress">
      <label>
        <span>{label}</span>
        <progress
          max={totalBytes ?? undefined}
          value={totalBytes != null ? bytesRead : undefined}
          aria-valuetext={label}
        />
      </label>
      <button type="button" data-testid="cancel" onClick={onCancel}>
        {t('inputPanel.cancel')}
      </button>
    </div>
  );
}

// Memoised: progress updates reach this panel through its store subscription, not through the app.
const MemoProgressPanel = memo(ProgressPanel);
export { MemoProgressPanel as ProgressPanel };
