/**
 * Zone watermark bars: per node and zone, free memory against min/low/high and the lowmem_reserve
 * that applies to this request. The reproduced check (analysis.zoneChecks) marks failing zones.
 */
import { memo } from 'react';
import { Bar, BarChart, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ZoneCheck } from '../../analyze/types';
import type { Zone } from '../../parse/model';
import { formatExactKb, formatKb } from '../../present/units';
import type { Translate } from '../../present/i18n';
import { zoneArithmetic, zoneDescription, zoneVerdict } from '../../present/zones';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { countRender } from '../app/renderProbe';
import { Staged } from '../common/Staged';

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

function verdict(t: Translate, row: ZoneRow): { text: string; cls: string } {
  return zoneVerdict(t, row.check);
}

function describe(t: Translate, row: ZoneRow): string {
  return zoneDescription(t, row.zone, row.check);
}

interface Marker {
  name: string;
  x: number;
  stroke: string;
  dash?: string;
  strong: boolean;
  /** null when a neighbouring line already carries a (merged) label. */
  label: string | null;
}

/**
 * The watermark lines; labels closer than 8% of the axis to the previous one are merged into it
 * ("min/low/high") so tiny zones like DMA stay readable.
 */
export function markers(min: number, low: number, high: number, floor: number | null, max: number): Marker[] {
  const lines: Marker[] = [
    { name: 'min', x: min, stroke: 'var(--wm-min)', strong: true, label: 'min' },
    { name: 'low', x: low, stroke: 'var(--wm-low)', dash: '3 2', strong: false, label: 'low' },
    { name: 'high', x: high, stroke: 'var(--wm-high)', dash: '3 2', strong: false, label: 'high' },
  ];
  if (floor != null)
    lines.push({
      name: 'min+reserve',
      x: floor,
      stroke: 'var(--bad)',
      dash: '6 3',
      strong: true,
      label: 'min+reserve',
    });
  lines.sort((a, b) => a.x - b.x);
  let anchor: Marker | null = null;
  for (const line of lines) {
    if (anchor && (line.x - anchor.x) / max < 0.08) {
      anchor.label = `${anchor.label}/${line.name}`;
      line.label = null;
    } else anchor = line;
  }
  return lines;
}

function ZoneBar({ row }: { row: ZoneRow }) {
  const t = useT();
  const z = row.zone;
  const reserve = row.check?.reserveKb ?? 0;
  // The line the zone must clear: the era's watermark (after any discount) plus the reserve.
  const floor = row.check ? row.check.needKb : z.minKb;
  const max = Math.max(z.freeKb, z.highKb, floor) * 1.08 || 1;
  const failing = row.check != null && row.check.usable && row.check.passes === false && row.check.state !== 'fenced';
  const data = [{ name: z.zone, free: z.freeKb }];
  return (
    <div className="zone-chart" role="img" aria-label={describe(t, row)}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: 64 }}
        margin={{ top: 14, right: 34, bottom: 0, left: 34 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={(v: number) => formatKb(v)}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--border)"
        />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip
          cursor={false}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }}
          formatter={() => [describe(t, row), '']}
          labelFormatter={() => ''}
        />
        <Bar dataKey="free" barSize={18} isAnimationActive={false}>
          <Cell fill={failing ? 'var(--bad)' : 'var(--good)'} />
        </Bar>
        {markers(z.minKb, z.lowKb, z.highKb, reserve > 0 ? floor : null, max).map((m) => (
          <ReferenceLine
            key={m.name}
            x={m.x}
            stroke={m.stroke}
            strokeWidth={m.strong ? 2 : 1}
            strokeDasharray={m.dash}
            label={m.label ? { value: m.label, position: 'top', fontSize: 10, fill: 'var(--muted)' } : undefined}
          />
        ))}
      </BarChart>
    </div>
  );
}

function ZoneWatermarks({ zones, checks }: { zones: Zone[]; checks: ZoneCheck[] }) {
  countRender('ZoneWatermarks');
  const t = useT();
  const rows = zoneRows(zones, checks);
  return (
    <section className="panel" data-testid="zone-watermarks" aria-labelledby="zones-h">
      <h2 id="zones-h">Zone watermarks</h2>
      {rows.length === 0 ? (
        <p className="muted">This report has no per-zone lines.</p>
      ) : (
        <>
          <p className="muted small">
            The allocator needs free memory above <em>min</em> plus the <em>lowmem_reserve</em> that protects lower
            zones from this request. Bars are free memory; red bars are zones the request could use but that failed the
            check.
          </p>
          <ul className="zone-list">
            {rows.map((row) => {
              const v = verdict(t, row);
              return (
                <li
                  key={row.key}
                  data-zone={row.key}
                  data-failing={v.cls === 'fail' ? 'true' : 'false'}
                  className={`zone zone-${v.cls}`}
                >
                  <div className="zone-head">
                    <strong>
                      Node {row.zone.node} {row.zone.zone}
                    </strong>{' '}
                    <span className={`badge badge-${v.cls}`}>{v.text}</span> <LineLink line={row.zone.line} />
                  </div>
                  <Staged version={row.zone} minHeight={64} label="zone chart">
                    <ZoneBar row={row} />
                  </Staged>
                  {row.check && row.check.state !== 'empty' ? (
                    <p className="arith small">{zoneArithmetic(t, row.check, row.zone)}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <details className="alt-table">
            <summary>Watermark numbers as a table</summary>
            <ZoneTable rows={rows} t={t} />
          </details>
        </>
      )}
    </section>
  );
}

function ZoneTable({ rows, t }: { rows: ZoneRow[]; t: Translate }) {
  return (
    <table className="data">
      <caption className="visually-hidden">Free memory and watermarks per zone, in kB</caption>
      <thead>
        <tr>
          <th scope="col">Zone</th>
          <th scope="col">free</th>
          <th scope="col">min</th>
          <th scope="col">low</th>
          <th scope="col">high</th>
          <th scope="col">reserve</th>
          <th scope="col">verdict</th>
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
            <td>{verdict(t, row).text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoZoneWatermarks = memo(ZoneWatermarks);
export { MemoZoneWatermarks as ZoneWatermarks };
