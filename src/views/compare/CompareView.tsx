/**
 * Two events side by side (A: the selected event, B: the one picked in the Compare menu): each headline,
 * each event's zone watermarks, the memory figures and the top tasks by name with B − A, and the findings
 * only one of them has. Everything is worded by the same src/present functions as the event view; the
 * numbers are compared in src/present/compare*.ts.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../common/i18n';
import type { EventDetail } from '../../worker/protocol';
import { compareMemory } from '../../present/compareMemory';
import { compareTasks } from '../../present/compareTasks';
import { splitFindings } from '../../present/compareFindings';
import { zoneScales } from '../../present/compareZones';
import type { SideId } from '../../present/compare';
import { ZoneWatermarks } from '../charts/ZoneWatermarks';
import { useT } from '../common/useT';
import type { CompareChoices } from './CompareContext';
import { CompareFindings } from './CompareFindings';
import { CompareHeadline } from './CompareHeadline';
import { CompareMemory } from './CompareMemory';
import { CompareTasks } from './CompareTasks';
import { eventLabel } from './eventLabel';
import { SideMark } from './SideMark';
import './compare.css';

function Pair({ a, b }: { a: React.ReactNode; b: React.ReactNode }) {
  return (
    <div className="compare-pair">
      <div data-side="a">{a}</div>
      <div data-side="b">{b}</div>
    </div>
  );
}

function CompareView({
  a,
  aIndex,
  b,
  bIndex,
  choices,
  onSwap,
  onClose,
  focusOnOpen = false,
}: {
  /** Each null while its detail is on its way from the worker. */
  a: EventDetail | null;
  b: EventDetail | null;
  /** Which events A and B are (named before their details arrive). */
  aIndex: number;
  bIndex: number;
  choices: CompareChoices['choices'];
  onSwap: () => void;
  onClose: () => void;
  /** Opened by the user (not by a reload): focus moves to the view, which took the place of the event's. */
  focusOnOpen?: boolean;
}) {
  const t = useT();
  const { i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnOpen || !heading.current) return;
    heading.current.focus({ preventScroll: true });
    if (heading.current.getBoundingClientRect().top < 0) heading.current.scrollIntoView({ block: 'start' });
  }, [focusOnOpen]);

  const labelA = eventLabel(t, i18n.language, aIndex, choices);
  const labelB = eventLabel(t, i18n.language, bIndex, choices);
  const memory = useMemo(() => (a && b ? compareMemory(a.analysis.accounting, b.analysis.accounting) : null), [a, b]);
  const tasks = useMemo(() => (a && b ? compareTasks(a, b) : null), [a, b]);
  const scales = useMemo(() => (a && b ? zoneScales(a, b) : undefined), [a, b]);
  const findings = useMemo(() => (a && b ? splitFindings(a.analysis.findings, b.analysis.findings) : null), [a, b]);
  const zonesOf = (d: EventDetail, side: SideId) => (
    <ZoneWatermarks
      zones={d.event.zones}
      checks={d.analysis.zoneChecks}
      compact
      scales={scales}
      heading={t('compare.zonesOf', { side: t(`compare.side.${side}`) })}
    />
  );

  return (
    <section className="panel compare-view" data-testid="compare-view" aria-labelledby="compare-h">
      <div className="compare-bar">
        <h2 id="compare-h" ref={heading} tabIndex={-1}>
          {t('compare.title')}
        </h2>
        <div className="compare-actions">
          <button type="button" data-testid="compare-swap" onClick={onSwap} disabled={!a || !b}>
            {t('compare.swap')}
          </button>
          <button type="button" data-testid="compare-close" onClick={onClose}>
            {t('compare.close')}
          </button>
        </div>
      </div>
      <dl className="compare-sides">
        <div data-side="a" data-testid="compare-side-a">
          <dt>
            <SideMark side="a" />
          </dt>
          <dd>{labelA}</dd>
        </div>
        <div data-side="b" data-testid="compare-side-b">
          <dt>
            <SideMark side="b" />
          </dt>
          <dd>{labelB}</dd>
        </div>
      </dl>
      {aIndex === bIndex ? <p className="muted small">{t('compare.sameEvent')}</p> : null}
      {a && b && memory && tasks && findings ? (
        <>
          <h3>{t('compare.section.headline')}</h3>
          <Pair a={<CompareHeadline detail={a} side="a" />} b={<CompareHeadline detail={b} side="b" />} />
          <h3>{t('compare.section.zones')}</h3>
          <p className="muted small">{t('compare.zonesScale')}</p>
          <Pair a={zonesOf(a, 'a')} b={zonesOf(b, 'b')} />
          <CompareMemory memory={memory} />
          <CompareTasks tasks={tasks} />
          <CompareFindings split={findings} />
        </>
      ) : (
        <p className="muted" aria-busy="true">
          {t('compare.loading')}
        </p>
      )}
    </section>
  );
}

const MemoCompareView = memo(CompareView);
export { MemoCompareView as CompareView };
