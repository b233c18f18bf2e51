/**
 * Zone watermark bars: per node and zone, free memory against min/low/high and the lowmem_reserve
 * that applies to this request. The reproduced check (analysis.zoneChecks) marks failing zones.
 * `compact` (two events side by side, src/views/compare): the bars and verdicts under a smaller heading,
 * without the introduction, the arithmetic, the table, the picture export and the line links.
 */
import { memo, useId, useRef } from 'react';
import type { ZoneCheck } from '../../analyze/types';
import type { Zone } from '../../parse/model';
import { formatExactKb } from '../../present/units';
import type { Translate } from '../../present/i18n';
import { zoneArithmetic, zoneDescription, zoneVerdict } from '../../present/zones';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { ChartExport } from '../export/ChartExport';
import { countRender } from '../app/renderProbe';
import { ZoneBar } from './ZoneBar';

export { markers } from './ZoneBar';

export interface ZoneRow {
  key: string;
  zone: Zone;
  check: ZoneCheck | null;
}

export function zoneRows(zones: Zone[], checks: ZoneCheck[]): ZoneRow[] {
  return zones.map((zone) => ({
    key: `${zone.node}:${zone.zone}`,
    zone,
    check: checks.find((c) => c.node === zone.node && c.zone === zone.zone) ?? null,
  }));
}

function ZoneWatermarks({
  zones,
  checks,
  compact = false,
  heading,
  scales,
}: {
  zones: Zone[];
  checks: ZoneCheck[];
  compact?: boolean;
  /** `node:zone` → kB to draw against at least (two events' bars of one zone on one scale). */
  scales?: ReadonlyMap<string, number>;
  /** The heading instead of "Zone watermarks" (compact: which event the bars are of). */
  heading?: string;
}) {
  countRender('ZoneWatermarks');
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  // Several of these can be on the page at once (a comparison): each heading needs its own id.
  const headingId = useId();
  const rows = zoneRows(zones, checks);
  // Compact: under a section heading of its own (the comparison's "Zone watermarks"), one level down.
  const Heading = compact ? 'h4' : 'h2';
  return (
    <section
      className={compact ? 'zones-compact' : 'panel'}
      data-testid="zone-watermarks"
      aria-labelledby={headingId}
      ref={panel}
    >
      <div className="panel-head">
        <Heading id={headingId}>{heading ?? t('watermarks.title')}</Heading>
        {rows.length && !compact ? <ChartExport panel={panel} heading={t('watermarks.title')} what="zones" /> : null}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('watermarks.none')}</p>
      ) : (
        <>
          {compact ? null : <p className="muted small">{t('watermarks.intro')}</p>}
          <ul className="zone-list">
            {rows.map((row) => {
              const v = zoneVerdict(t, row.check);
              const name = t('watermarks.zone', { node: row.zone.node, zone: row.zone.zone });
              return (
                <li
                  key={row.key}
                  data-zone={row.key}
                  data-failing={v.cls === 'fail' ? 'true' : 'false'}
                  className={`zone zone-${v.cls}`}
                >
                  <div className="zone-head">
                    <strong>{name}</strong> <span className={`badge badge-${v.cls}`}>{v.text}</span>{' '}
                    {/* Compact sits beside another event's zones, without the source view the links jump to. */}
                    {compact ? null : <LineLink line={row.zone.line} />}
                  </div>
                  <ZoneBar
                    zone={row.zone}
                    check={row.check}
                    label={zoneDescription(t, row.zone, row.check)}
                    title={`${name}: ${v.text}`}
                    scaleKb={scales?.get(row.key)}
                  />
                  {row.check && row.check.state !== 'empty' && !compact ? (
                    <p className="arith small">{zoneArithmetic(t, row.check, row.zone)}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {compact ? null : (
            <>
              <p className="muted small">{t('watermarks.exactKb')}</p>
              <details className="alt-table">
                <summary>{t('watermarks.tableToggle')}</summary>
                <ZoneTable rows={rows} t={t} />
              </details>
            </>
          )}
        </>
      )}
    </section>
  );
}

function ZoneTable({ rows, t }: { rows: ZoneRow[]; t: Translate }) {
  const cols = ['zone', 'free', 'min', 'low', 'high', 'reserve', 'verdict'];
  return (
    <table className="data">
      <caption className="visually-hidden">{t('watermarks.caption')}</caption>
      <thead>
        <tr>
          {cols.map((c) => (
            <th key={c} scope="col">
              {t(`watermarks.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.zone.node}:{row.zone.zone}
            </th>
            <td className="num">{formatExactKb(row.zone.freeKb)}</td>
            <td className="num">{formatExactKb(row.zone.minKb)}</td>
            <td className="num">{formatExactKb(row.zone.lowKb)}</td>
            <td className="num">{formatExactKb(row.zone.highKb)}</td>
            <td className="num">{row.check ? formatExactKb(row.check.reserveKb) : '—'}</td>
            <td>{zoneVerdict(t, row.check).text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoZoneWatermarks = memo(ZoneWatermarks);
export { MemoZoneWatermarks as ZoneWatermarks };
