/** Findings: every derived conclusion, worst first as the analysis ordered them, each with its evidence. */
import { memo } from 'react';
import type { Finding } from '../../analyze/types';
import { findingText } from '../../present/findings';
import { LineLinks } from '../source/LineLink';
import { useT } from '../common/useT';

export function SeverityBadge({ severity }: { severity: Finding['severity'] }) {
  const t = useT();
  return <span className={`badge badge-${severity}`}>{t(`event.severity.${severity}`)}</span>;
}

export function FindingItem({ finding, withTestId = false }: { finding: Finding; withTestId?: boolean }) {
  const t = useT();
  const text = findingText(t, finding);
  return (
    <li className={`finding finding-${finding.severity}`} data-finding={withTestId ? finding.id : undefined}>
      <details>
        <summary>
          <SeverityBadge severity={finding.severity} /> <span className="finding-title">{text.title}</span>
        </summary>
        <p>{text.detail}</p>
        <p className="muted small">
          <code>{finding.id}</code> <LineLinks lines={finding.lines} />
        </p>
      </details>
    </li>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  const t = useT();
  return (
    <section className="panel" data-testid="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">{t('event.findings', { count: findings.length })}</h2>
      {findings.length ? (
        <ul className="finding-list">
          {findings.map((f) => (
            <FindingItem key={f.id} finding={f} withTestId />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('event.noFindings')}</p>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoFindings = memo(Findings);
export { MemoFindings as Findings };
