/**
 * The findings split three ways (src/present/compareFindings.ts): only in A, only in B (side by side when
 * there is room), and in both; a finding both have with different numbers shows both texts. Texts come from
 * findingText, as in the event view; no evidence links here (two events' lines may be two files' lines).
 */
import type { Finding } from '../../analyze/types';
import type { FindingSplit, SharedFinding } from '../../present/compareFindings';
import { findingText } from '../../present/findings';
import { SeverityBadge } from '../event/Findings';
import { useT } from '../common/useT';
import { SideMark } from './SideMark';

function Item({ finding }: { finding: Finding }) {
  const t = useT();
  const text = findingText(t, finding);
  return (
    <li className={`finding finding-${finding.severity}`} data-finding={finding.id}>
      <details>
        <summary>
          <SeverityBadge severity={finding.severity} /> <span className="finding-title">{text.title}</span>
        </summary>
        <p>{text.detail}</p>
      </details>
    </li>
  );
}

function SharedItem({ shared }: { shared: SharedFinding }) {
  const t = useT();
  if (shared.same) return <Item finding={shared.a} />;
  const a = findingText(t, shared.a);
  const b = findingText(t, shared.b);
  return (
    <li className={`finding finding-${shared.a.severity}`} data-finding={shared.a.id} data-same="false">
      <details>
        <summary>
          <SeverityBadge severity={shared.a.severity} /> <span className="finding-title">{a.title}</span>
          {a.title !== b.title ? (
            <>
              {' '}
              <span className="muted">{t('compare.findings.inB', { title: b.title })}</span>
            </>
          ) : null}
        </summary>
        <p>
          <SideMark side="a" /> {a.detail}
        </p>
        <p>
          <SideMark side="b" /> {b.detail}
        </p>
      </details>
    </li>
  );
}

function Group({
  group,
  heading,
  count,
  children,
}: {
  group: 'onlyA' | 'onlyB' | 'both';
  heading: string;
  count: number;
  children: React.ReactNode;
}) {
  const t = useT();
  return (
    <div className="compare-findings-group" data-group={group}>
      <h4>{heading}</h4>
      {count ? (
        <ul className="finding-list">{children}</ul>
      ) : (
        <p className="muted small">{t('compare.findings.none')}</p>
      )}
    </div>
  );
}

export function CompareFindings({ split }: { split: FindingSplit }) {
  const t = useT();
  return (
    <section className="compare-section" data-testid="compare-findings" aria-labelledby="compare-findings-h">
      <h3 id="compare-findings-h">{t('compare.section.findings')}</h3>
      <div className="compare-pair">
        <Group
          group="onlyA"
          count={split.onlyA.length}
          heading={t('compare.findings.onlyIn', { side: t('compare.side.a'), count: split.onlyA.length })}
        >
          {split.onlyA.map((f, i) => (
            <Item key={`${f.id}:${i}`} finding={f} />
          ))}
        </Group>
        <Group
          group="onlyB"
          count={split.onlyB.length}
          heading={t('compare.findings.onlyIn', { side: t('compare.side.b'), count: split.onlyB.length })}
        >
          {split.onlyB.map((f, i) => (
            <Item key={`${f.id}:${i}`} finding={f} />
          ))}
        </Group>
      </div>
      <Group group="both" count={split.both.length} heading={t('compare.findings.both', { count: split.both.length })}>
        {split.both.map((s, i) => (
          <SharedItem key={`${s.a.id}:${i}`} shared={s} />
        ))}
      </Group>
    </section>
  );
}
