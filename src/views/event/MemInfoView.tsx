/** Mem-Info: what RAM held at the time (from analysis.accounting), swap, and the page-count lines. */
import { memo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Accounting } from '../../analyze/types';
import type { MemSummary } from '../../parse/model';
import { formatInt, formatKb, formatPercent } from '../../present/units';
import { rowLabel } from '../../present/accounting';
import type { Translate } from '../../present/i18n';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { countRender } from '../app/renderProbe';

/** One bar per kind: some kinds nest inside others (shmem is part of anon), so a single stacked bar would double count. */
function RamChart({ accounting, t }: { accounting: Accounting; t: Translate }) {
  // Chart labels drop the parenthesised explanation; the table below keeps it.
  const items = accounting.rows
    .filter((i) => i.kb > 0)
    .sort((a, b) => b.kb - a.kb)
    .map((i) => ({ ...i, label: rowLabel(t, i), short: rowLabel(t, i).replace(/\s*[(（].*[)）]\s*$/, '') }));
  const label = `${items.map((i) => `${i.label} ${formatKb(i.kb)}`).join(', ')}.`;
  return (
    <div role="img" aria-label={label}>
      <BarChart
        layout="vertical"
        data={items}
        responsive
        style={{ width: '100%', height: 24 * items.length + 30 }}
        margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, accounting.ramKb ?? 'auto']}
          tickFormatter={(v: number) => formatKb(v)}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--border)"
        />
        <YAxis
          type="category"
          dataKey="short"
          width={150}
          tick={{ fontSize: 11, fill: 'var(--text)' }}
          stroke="var(--border)"
          tickFormatter={(v: string) => (v.length > 24 ? `${v.slice(0, 23)}…` : v)}
        />
        <Tooltip
          cursor={{ fill: 'var(--hover)' }}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }}
          formatter={(v) => [formatKb(Number(v)), 'size']}
        />
        <Bar dataKey="kb" fill="var(--accent)" barSize={14} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

const PAGE_LINES: [keyof Omit<MemSummary, 'lines'>, string][] = [
  ['ramPages', 'pages RAM'],
  ['highmemPages', 'pages HighMem/MovableOnly'],
  ['reservedPages', 'pages reserved'],
  ['cmaReservedPages', 'pages cma reserved'],
  ['hwpoisonedPages', 'pages hwpoisoned'],
  ['pagecachePages', 'total pagecache pages'],
  ['swapCachePages', 'pages in swap cache'],
];

function MemInfoView({ accounting, summary }: { accounting: Accounting | null; summary: MemSummary }) {
  countRender('MemInfoView');
  const t = useT();
  const memcg = accounting?.scope === 'memcg';
  const swapUsed =
    accounting?.swapTotalKb != null && accounting.swapFreeKb != null
      ? accounting.swapTotalKb - accounting.swapFreeKb
      : null;
  const pageLines = PAGE_LINES.filter(([key]) => summary[key] != null);
  return (
    <section className="panel" data-testid="meminfo" aria-labelledby="meminfo-h">
      <h2 id="meminfo-h">Memory at the time</h2>
      {accounting && accounting.rows.length ? (
        <>
          <p className="muted small">
            {memcg
              ? t('accounting.limitLine', { ramKb: formatKb(accounting.ramKb) })
              : t('accounting.ramLine', {
                  ramKb: formatKb(accounting.ramKb),
                  pageKb: formatKb(accounting.pageSizeKb),
                  assumed: accounting.pageSizeAssumed ? '1' : '0',
                })}
          </p>
          {accounting.highmem ? (
            <p className="small" data-testid="highmem-split">
              {t('accounting.lowmem', {
                freeKb: formatKb(accounting.highmem.lowmem.freeKb),
                managedKb: formatKb(accounting.highmem.lowmem.managedKb),
              })}
              <br />
              {t('accounting.highmem', {
                freeKb: formatKb(accounting.highmem.highmem.freeKb),
                managedKb: formatKb(accounting.highmem.highmem.managedKb),
              })}
            </p>
          ) : null}
          <RamChart accounting={accounting} t={t} />
          <table className="data compact">
            <caption className="visually-hidden">What RAM held</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col" className="num">
                  {memcg ? t('accounting.ofLimit') : t('accounting.ofRam')}
                </th>
                <th scope="col">Line</th>
              </tr>
            </thead>
            <tbody>
              {accounting.rows.map((item) => (
                <tr key={item.id} data-item={item.id}>
                  <th scope="row">{rowLabel(t, item)}</th>
                  <td className="num">{formatKb(item.kb)}</td>
                  <td className="num">{accounting.ramKb ? formatPercent(item.kb, accounting.ramKb) : '—'}</td>
                  <td>
                    <LineLink line={item.lines[0] ?? null} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('accounting.taskRss')}</th>
                <td className="num">{formatKb(accounting.taskRssKb)}</td>
                <td className="num">
                  {accounting.ramKb ? formatPercent(accounting.taskRssKb, accounting.ramKb) : '—'}
                </td>
                <td />
              </tr>
              {accounting.unaccountedKb != null ? (
                <tr>
                  <th scope="row">{memcg ? t('accounting.unaccountedMemcg') : t('accounting.unaccounted')}</th>
                  <td className="num">{formatKb(accounting.unaccountedKb)}</td>
                  <td className="num">
                    {accounting.ramKb ? formatPercent(accounting.unaccountedKb, accounting.ramKb) : '—'}
                  </td>
                  <td />
                </tr>
              ) : null}
            </tbody>
          </table>
          {accounting.topConsumers.length ? (
            <>
              <h3>Largest consumers</h3>
              <ol className="consumers">
                {accounting.topConsumers.slice(0, 8).map((c) => (
                  <li key={c.name}>
                    <strong>{c.name}</strong>
                    {c.count > 1 ? ` ×${c.count}` : ''}: {formatKb(c.rssKb)}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">The report has no Mem-Info block to account for RAM.</p>
      )}
      <h3>Swap</h3>
      {accounting?.swapTotalKb != null ? (
        <p>
          {accounting.swapTotalKb === 0
            ? 'No swap configured.'
            : `${formatKb(swapUsed)} used of ${formatKb(accounting.swapTotalKb)} (${formatKb(accounting.swapFreeKb)} free).`}{' '}
          <LineLink line={summary.lines.totalSwapKb ?? summary.lines.freeSwapKb} />
        </p>
      ) : (
        <p className="muted">The report does not show swap.</p>
      )}
      {pageLines.length ? (
        <>
          <h3>Page counts</h3>
          <ul className="page-counts">
            {pageLines.map(([key, label]) => (
              <li key={key}>
                {formatInt(summary[key] as number)} {label} <LineLink line={summary.lines[key]} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoMemInfoView = memo(MemInfoView);
export { MemoMemInfoView as MemInfoView };
