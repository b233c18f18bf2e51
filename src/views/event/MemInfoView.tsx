/** Mem-Info: what RAM held at the time (from analysis.accounting), swap, and the page-count lines. */
import { memo, useRef } from 'react';
import type { Accounting } from '../../analyze/types';
import type { MemSummary } from '../../parse/model';
import { formatKb, formatPercent } from '../../present/units';
import { rowLabel } from '../../present/accounting';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { ChartExport } from '../export/ChartExport';
import { RamChart } from '../charts/RamChart';
import { countRender } from '../app/renderProbe';

const PAGE_LINES: (keyof Omit<MemSummary, 'lines'>)[] = [
  'ramPages',
  'highmemPages',
  'reservedPages',
  'cmaReservedPages',
  'hwpoisonedPages',
  'pagecachePages',
  'swapCachePages',
];

function MemInfoView({ accounting, summary }: { accounting: Accounting | null; summary: MemSummary }) {
  countRender('MemInfoView');
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const memcg = accounting?.scope === 'memcg';
  const swapUsed =
    accounting?.swapTotalKb != null && accounting.swapFreeKb != null
      ? accounting.swapTotalKb - accounting.swapFreeKb
      : null;
  const pageLines = PAGE_LINES.filter((key) => summary[key] != null);
  const share = (kb: number) => (accounting?.ramKb ? formatPercent(kb, accounting.ramKb) : '—');
  const items = (accounting?.rows ?? [])
    .filter((i) => i.kb > 0)
    .sort((a, b) => b.kb - a.kb)
    .map((i) => ({ id: i.id, label: rowLabel(t, i), kb: i.kb }));
  const chartLabel = t('memory.chartLabel', {
    items: items
      .map((i) => t('memory.chartItem', { label: i.label, size: formatKb(i.kb) }))
      .join(t('findings.separator')),
  });
  return (
    <section className="panel" data-testid="meminfo" aria-labelledby="meminfo-h" ref={panel}>
      <div className="panel-head">
        <h2 id="meminfo-h">{t('memory.title')}</h2>
        {items.length ? <ChartExport panel={panel} heading={t('memory.title')} what="memory" /> : null}
      </div>
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
          {items.length ? (
            <RamChart items={items} maxKb={accounting.ramKb} label={chartLabel} title={t('memory.chart')} />
          ) : null}
          <table className="data compact">
            <caption className="visually-hidden">{t('memory.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('memory.col.kind')}</th>
                <th scope="col" className="num">
                  {t('memory.col.size')}
                </th>
                <th scope="col" className="num">
                  {memcg ? t('accounting.ofLimit') : t('accounting.ofRam')}
                </th>
                <th scope="col">{t('memory.col.line')}</th>
              </tr>
            </thead>
            <tbody>
              {accounting.rows.map((item) => (
                <tr key={item.id} data-item={item.id}>
                  <th scope="row">{rowLabel(t, item)}</th>
                  <td className="num">{formatKb(item.kb)}</td>
                  <td className="num">{share(item.kb)}</td>
                  <td>
                    <LineLink line={item.lines[0] ?? null} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('accounting.taskRss')}</th>
                <td className="num">{formatKb(accounting.taskRssKb)}</td>
                <td className="num">{share(accounting.taskRssKb)}</td>
                <td />
              </tr>
              {accounting.unaccountedKb != null ? (
                <tr>
                  <th scope="row">{memcg ? t('accounting.unaccountedMemcg') : t('accounting.unaccounted')}</th>
                  <td className="num">{formatKb(accounting.unaccountedKb)}</td>
                  <td className="num">{share(accounting.unaccountedKb)}</td>
                  <td />
                </tr>
              ) : null}
            </tbody>
          </table>
          {accounting.topConsumers.length ? (
            <>
              <h3>{t('memory.consumers')}</h3>
              <p className="muted small">{t('memory.consumersHelp')}</p>
              <ol className="consumers">
                {accounting.topConsumers.slice(0, 8).map((c) => (
                  <li key={c.name}>
                    {t('memory.consumer', { name: c.name, count: c.count, size: formatKb(c.rssKb) })}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('memory.none')}</p>
      )}
      <h3>{t('memory.swap')}</h3>
      {accounting?.swapTotalKb != null ? (
        <p>
          {accounting.swapTotalKb === 0
            ? t('memory.noSwap')
            : t('memory.swapUsed', {
                used: formatKb(swapUsed),
                total: formatKb(accounting.swapTotalKb),
                free: formatKb(accounting.swapFreeKb),
              })}{' '}
          <LineLink line={summary.lines.totalSwapKb ?? summary.lines.freeSwapKb} />
        </p>
      ) : (
        <p className="muted">{t('memory.swapUnknown')}</p>
      )}
      {pageLines.length ? (
        <>
          <h3>{t('memory.pageCounts')}</h3>
          <p className="muted small">{t('memory.pageCountsHelp', { pageKb: formatKb(accounting?.pageSizeKb ?? 4) })}</p>
          <ul className="page-counts">
            {pageLines.map((key) => (
              <li key={key}>
                {t(`memory.pageLine.${key}`, { count: summary[key] as number })} <LineLink line={summary.lines[key]} />
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
