/** What the parse found besides events: page-allocation failures and the parser's notes. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { inputDiagnostics, parseCounts } from '../../present/input';
import type { ParseSummary } from '../../worker/protocol';
import { LineLink } from '../source/LineLink';
import { FindingItem } from '../event/Findings';

function Results({ summary }: { summary: ParseSummary | null }) {
  const { t } = useTranslation();
  if (!summary) return null;
  const { allocationFailures } = summary;
  // What the input was (a cut gzip, NUL bytes, why nothing was found) goes first, in the reader's language.
  const fromInput = inputDiagnostics(summary.input, parseCounts(summary), (key, params) => t(key, params ?? {}));
  const diagnostics = [...fromInput, ...summary.diagnostics];
  const diagnosticsTotal = fromInput.length + summary.diagnosticsTotal;
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
              <li key={f.firstLine} data-alloc-failure={f.firstLine}>
                {f.comm ?? '?'}: order {f.order ?? '?'}, mode {f.gfpMask ?? '?'} — lines {f.firstLine}–{f.lastLine}
                {f.findings.length ? (
                  <ul className="finding-list">
                    {f.findings.map((finding) => (
                      <FindingItem key={finding.id} finding={finding} />
                    ))}
                  </ul>
                ) : null}
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
