/** memcg panel for cgroup OOMs: usage against limit per counter, the cgroup path, its largest stats. */
import { memo, useRef } from 'react';
import { isUnlimitedKb } from '../../kernel/memcg';
import type { MemcgCounter, MemcgInfo } from '../../parse/model';
import { formatKb, formatPercent } from '../../present/units';
import type { Translate } from '../../present/i18n';
import { useT } from '../common/useT';
import { LineLink } from '../source/LineLink';
import { ChartExport } from '../export/ChartExport';
import { MemcgChart, type CounterBar } from '../charts/MemcgChart';

/** cgroup v2 memory.stat mixes sizes with event counters (pgfault, workingset_refault_*, thp_*...): sizes only. */
const COUNTER_KEY = /^(pg(?!tables)|workingset_|thp_|zswpin|zswpout|zswpwb|numa_|swpin|swpout)/;

function usageText(t: Translate, c: MemcgCounter): string {
  return t('memcg.usage', {
    used: formatKb(c.usageKb),
    limit: isUnlimitedKb(c.limitKb) ? t('memcg.noLimit') : formatKb(c.limitKb),
    failcnt: c.failcnt ?? 0,
    has_failcnt: c.failcnt != null ? '1' : '0',
  });
}

function MemcgPanel({ memcg }: { memcg: MemcgInfo }) {
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const toKb = memcg.statsUnit === 'bytes' ? 1 / 1024 : 1;
  const stats = Object.entries(memcg.stats)
    .filter(([key]) => !COUNTER_KEY.test(key))
    .map(([key, value]) => [key, value * toKb] as const)
    .filter(([, kb]) => kb > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  const all: [string, MemcgCounter | null][] = [
    ['memory', memcg.memory],
    ['memory+swap', memcg.memsw],
    ['swap', memcg.swap],
    ['kmem', memcg.kmem],
  ];
  const counters = all.filter((c): c is [string, MemcgCounter] => c[1] != null);
  const bars: CounterBar[] = counters
    .filter(([, c]) => !isUnlimitedKb(c.limitKb))
    .map(([name, c]) => ({
      name,
      ratio: c.limitKb === 0 ? 0 : Math.min(1, c.usageKb / c.limitKb),
      pct: formatPercent(c.usageKb, c.limitKb),
    }));
  const chartLabel = t('memcg.chartLabel', {
    items: counters
      .map(([name, c]) =>
        t('memcg.chartItem', {
          name,
          pct: isUnlimitedKb(c.limitKb) ? t('memcg.noLimit') : formatPercent(c.usageKb, c.limitKb),
          usage: usageText(t, c),
        }),
      )
      .join(t('findings.separator')),
  });
  return (
    <section className="panel" data-testid="memcg" aria-labelledby="memcg-h" ref={panel}>
      <div className="panel-head">
        <h2 id="memcg-h">{t('memcg.title')}</h2>
        {bars.length ? <ChartExport panel={panel} heading={t('memcg.title')} what="memcg" /> : null}
      </div>
      <dl className="facts wide">
        <div>
          <dt>{t('memcg.limitHitBy')}</dt>
          <dd>
            <code>{memcg.path ?? t('memcg.unknown')}</code> <LineLink line={memcg.line} />
          </dd>
        </div>
        {memcg.taskPath && memcg.taskPath !== memcg.path ? (
          <div>
            <dt>{t('memcg.victimCgroup')}</dt>
            <dd>
              <code>{memcg.taskPath}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      <ul className="memcg-counters">
        {counters.map(([name, c]) => (
          <li key={name} className="memcg-counter" data-counter={name}>
            <strong>{name}</strong> <span className="muted small">{usageText(t, c)}</span> <LineLink line={c.line} />
          </li>
        ))}
      </ul>
      {bars.length ? <MemcgChart bars={bars} label={chartLabel} title={t('memcg.chart')} /> : null}
      {stats.length ? (
        <>
          <h3>
            {t('memcg.largestStats', { path: memcg.statsPath ?? '', has_path: memcg.statsPath ? '1' : '0' })}{' '}
            <LineLink line={memcg.statsLine} />
          </h3>
          <table className="data compact">
            <caption className="visually-hidden">{t('memcg.statsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('memcg.col.stat')}</th>
                <th scope="col" className="num">
                  {t('memcg.col.size')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.map(([key, kb]) => (
                <tr key={key}>
                  <th scope="row">
                    <code>{key}</code>
                  </th>
                  <td className="num">{formatKb(kb)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <ChildCgroups memcg={memcg} t={t} />
    </section>
  );
}

/** Children shown by size; cgroup v1 prints one stats line per cgroup below the one that hit its limit. */
const CHILDREN_SHOWN = 10;

/** cgroup v1: which cgroup below the limited one held the memory (rss + cache, kB). */
function ChildCgroups({ memcg, t }: { memcg: MemcgInfo; t: Translate }) {
  if (!memcg.children.length) return null;
  const size = (stats: Record<string, number>) => (stats.rss ?? 0) + (stats.cache ?? 0);
  const children = [...memcg.children].sort((a, b) => size(b.stats) - size(a.stats));
  return (
    <>
      <h3>{t('memcg.children', { count: memcg.children.length })}</h3>
      <table className="data compact" data-testid="memcg-children">
        <caption className="visually-hidden">{t('memcg.childrenCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('memcg.col.cgroup')}</th>
            <th scope="col" className="num">
              {t('memcg.col.rss')}
            </th>
            <th scope="col" className="num">
              {t('memcg.col.cache')}
            </th>
          </tr>
        </thead>
        <tbody>
          {children.slice(0, CHILDREN_SHOWN).map((c) => (
            <tr key={`${c.path}@${c.line}`}>
              <th scope="row">
                <code>{c.path}</code> <LineLink line={c.line} />
              </th>
              <td className="num">{c.stats.rss != null ? formatKb(c.stats.rss) : '—'}</td>
              <td className="num">{c.stats.cache != null ? formatKb(c.stats.cache) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children.length > CHILDREN_SHOWN ? (
        <p className="muted small">{t('memcg.more', { count: children.length - CHILDREN_SHOWN })}</p>
      ) : null}
    </>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoMemcgPanel = memo(MemcgPanel);
export { MemoMemcgPanel as MemcgPanel };
