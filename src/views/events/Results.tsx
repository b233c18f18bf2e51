/** What the parse found besides events: page-allocation failures and the parser's notes. */
import { memo } from 'react';
import type { ParseSummary } from '../../worker/protocol';
import { LineLink } from '../source/LineLink';

function Results({ summary }: { summary: ParseSummary | null }) {
  if (!summary) return null;
  const { allocationFailures, diagnostics, diagnosticsTotal } = summary;
  if (!allocationFailures.length && !diagnostics.length) return null;
  return (
    <div className="parse-notes">
      {allocationFailures.length ? (
        <details className="panel">
          <summary>
            {allocationFailures.length} page allocation failure{allocationFailures.length === 1 ? '' : 's'} (warnings,
            not OOM kills)
          </summary>
          <ul>
            {allocationFailures.map((f) => (
              <li key={f.firstLine}>
                {f.comm ?? '?'}: order {f.order ?? '?'}, mode {f.gfpMask ?? '?'} — lines {f.firstLine}–{f.lastLine}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {diagnostics.length ? (
        <details className="panel">
          <summary>
            {diagnosticsTotal} parser note{diagnosticsTotal === 1 ? '' : 's'}
          </summary>
          <ul className="diagnostics">
            {diagnostics.map((d, i) => (
              <li key={`${d.line}:${i}`} className={`diag-${d.severity}`}>
                <LineLink line={d.line} /> {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoResults = memo(Results);
export { MemoResults as Results };
