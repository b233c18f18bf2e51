/**
 * Progress while the worker reads: bytes read of total, events found so far, and a cancel button.
 * It reads progress from its own store, so the ~10 updates a second re-render this panel and nothing else.
 */
import { memo } from 'react';
import { formatInt, formatKb } from '../../present/units';
import { useProgress, type ProgressStore } from './parseFeed';
import { countRender } from '../app/renderProbe';

function ProgressPanel({ store, name, onCancel }: { store: ProgressStore; name: string | null; onCancel: () => void }) {
  countRender('ProgressPanel');
  const progress = useProgress(store);
  if (!progress) return null;
  const { bytesRead, totalBytes, eventsFound } = progress;
  const label = `${formatKb(bytesRead / 1024)}${totalBytes != null ? ` of ${formatKb(totalBytes / 1024)}` : ''} read, ${formatInt(eventsFound)} event${eventsFound === 1 ? '' : 's'} found`;
  return (
    <div className="progress-panel" data-testid="progress">
      <label>
        <span>
          Reading {name ?? 'input'}: {label}
        </span>
        <progress
          max={totalBytes ?? undefined}
          value={totalBytes != null ? bytesRead : undefined}
          aria-valuetext={label}
        />
      </label>
      <button type="button" data-testid="cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

// Memoised: progress updates reach this panel through its store subscription, not through the app.
const MemoProgressPanel = memo(ProgressPanel);
export { MemoProgressPanel as ProgressPanel };
