/** memcg panel for cgroup OOMs: usage against limit per counter, the cgroup path, its largest stats. */
import { memo } from 'react';
import { isUnlimitedKb } from '../../kernel/memcg';
import type { MemcgCounter, MemcgInfo } from '../../parse/model';
import { formatKb, formatPercent } from '../../present/units';
import { LineLink } from '../source/LineLink';

/** cgroup v2 memory.stat mixes sizes with event counters (pgfault, workingset_refault_*, thp_*...): sizes only. */
const COUNTER_KEY = /^(pg(?!tables)|workingset_|thp_|zswpin|zswpout|zswpwb|numa_|swpin|swpout)/;

function CounterBar({ label, counter }: { label: string; counter: MemcgCounter }) {
  const unlimited = isUnlimitedKb(counter.limitKb);
  const ratio = unlimited || counter.limitKb === 0 ? 0 : Math.min(1, counter.usageKb / counter.limitKb);
  const text = `${label}: ${formatKb(counter.usageKb)} used of ${unlimited ? 'no limit' : formatKb(counter.limitKb)}${counter.failcnt != null ? `, hit the limit ${counter.failcnt.toLocaleString('en-US')} times` : ''}`;
  return (
    <li className="memcg-counter" data-counter={label}>
      <div className="zone-head">
        <strong>{label}</strong> <span className="muted small">{text.slice(label.length + 2)}</span>{' '}
        <LineLink line={counter.line} />
      </div>
      {!unlimited ? (
        <div
          className="meter"
          role="meter"
          aria-label={text}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(ratio * 100)}
        >
          <div
            className={ratio >= 0.98 ? 'meter-fill meter-full' : 'meter-fill'}
            style={{ width: `${ratio * 100}%` }}
          />
          <span className="meter-text">{formatPercent(counter.usageKb, counter.limitKb)}</span>
        </div>
      ) : null}
    </li>
  );
}

function MemcgPanel({ memcg }: { memcg: MemcgInfo }) {
  const toKb = memcg.statsUnit === 'bytes' ? 1 / 1024 : 1;
  const stats = Object.entries(memcg.stats)
    .filter(([key]) => !COUNTER_KEY.test(key))
    .map(([key, value]) => [key, value * toKb] as const)
    .filter(([, kb]) => kb > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  const counters: [string, MemcgCounter | null][] = [
    ['memory', memcg.memory],
    ['memory+swap', memcg.memsw],
    ['swap', memcg.swap],
    ['kmem', memcg.kmem],
  ];
  return (
    <section className="panel" data-testid="memcg" aria-labelledby="memcg-h">
      <h2 id="memcg-h">Memory cgroup</h2>
      <dl className="facts wide">
        <div>
          <dt>Limit hit by</dt>
          <dd>
            <code>{memcg.path ?? 'unknown'}</code> <LineLink line={memcg.line} />
          </dd>
        </div>
        {memcg.taskPath && memcg.taskPath !== memcg.path ? (
          <div>
            <dt>Victim’s cgroup</dt>
            <dd>
              <code>{memcg.taskPath}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      <ul className="memcg-counters">
        {counters.map(([label, c]) => (c ? <CounterBar key={label} label={label} counter={c} /> : null))}
      </ul>
      {stats.length ? (
        <>
          <h3>
            Largest stats{memcg.statsPath ? ` for ${memcg.statsPath}` : ''} <LineLink line={memcg.statsLine} />
          </h3>
          <table className="data compact">
            <caption className="visually-hidden">Largest memory cgroup statistics</caption>
            <thead>
              <tr>
                <th scope="col">stat</th>
                <th scope="col" className="num">
                  size
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
      <ChildCgroups memcg={memcg} />
    </section>
  );
}

/** Children shown by size; cgroup v1 prints one stats line per cgroup below the one that hit its limit. */
const CHILDREN_SHOWN = 10;

/** cgroup v1: which cgroup below the limited one held the memory (rss + cache, kB). */
function ChildCgroups({ memcg }: { memcg: MemcgInfo }) {
  if (!memcg.children.length) return null;
  const size = (stats: Record<string, number>) => (stats.rss ?? 0) + (stats.cache ?? 0);
  const children = [...memcg.children].sort((a, b) => size(b.stats) - size(a.stats));
  return (
    <>
      <h3>Cgroups below it ({memcg.children.length})</h3>
      <table className="data compact" data-testid="memcg-children">
        <caption className="visually-hidden">Memory of each cgroup below the one that hit its limit</caption>
        <thead>
          <tr>
            <th scope="col">cgroup</th>
            <th scope="col" className="num">
              rss
            </th>
            <th scope="col" className="num">
              cache
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
        <p className="muted small">and {children.length - CHILDREN_SHOWN} smaller ones</p>
      ) : null}
    </>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoMemcgPanel = memo(MemcgPanel);
export { MemoMemcgPanel as MemcgPanel };
