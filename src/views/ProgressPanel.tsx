/** Progress while the worker reads: bytes read of total, events found so far, and a cancel button. */
import { formatInt, formatKb } from './format';
import type { Progress } from './useAnalysis';

export function ProgressPanel({
  progress,
  name,
  onCancel,
}: {
  progress: Progress;
  name: string | null;
  onCancel: () => void;
}) {
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
