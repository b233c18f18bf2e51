/** Findings: every derived conclusion, worst first as the analysis ordered them, each with its evidence. */
import { memo } from 'react';
import type { Finding } from '../../analyze/types';
import { LineLinks } from '../source/LineLink';

export function SeverityBadge({ severity }: { severity: Finding['severity'] }) {
  return <span className={`badge badge-${severity}`}>{severity}</span>;
}

export function FindingItem({ finding, withTestId = false }: { finding: Finding; withTestId?: boolean }) {
  return (
    <li className={`finding finding-${finding.severity}`} data-finding={withTestId ? finding.id : undefined}>
      <details>
        <summary>
          <SeverityBadge severity={finding.severity} /> <span className="finding-title">{finding.title}</span>
        </summary>
        <p>{finding.detail}</p>
        <p className="muted small">
          <code>{finding.id}</code> <LineLinks lines={finding.lines} />
        </p>
      </details>
    </li>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  return (
    <section className="panel" data-testid="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">Findings ({findings.length})</h2>
      {findings.length ? (
        <ul className="finding-list">
          {findings.map((f) => (
            <FindingItem key={f.id} finding={f} withTestId />
          ))}
        </ul>
      ) : (
        <p className="muted">No findings for this event.</p>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoFindings = memo(Findings);
export { MemoFindings as Findings };
