/**
 * Across the file (the worker's Overview): victims by name, cgroups by kill count, memory freed per kill and
 * the busiest hour. A click on a victim or a cgroup filters the list by it.
 */
import { memo } from 'react';
import { useTranslation } from '../common/i18n';
import type { FileInfo, NameCount, Overview as OverviewModel } from '../../worker/protocol';
import { formatWall } from '../../present/timeAxis';
import { formatInt, formatKb } from '../../present/units';
import { bootLabel } from '../timeline/labels';
import { shortPath } from './EventRow';

function Counts({
  caption,
  head,
  rows,
  others,
  onPick,
  short,
}: {
  caption: string;
  head: string;
  rows: NameCount[];
  others: number;
  onPick: (name: string) => void;
  short?: (name: string) => string;
}) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <table className="overview-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            {t('timeline.overview.kills')}
          </th>
          <th scope="col" className="num">
            {t('timeline.overview.freed')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              <button type="button" className="link-button" title={r.name} onClick={() => onPick(r.name)}>
                {short ? short(r.name) : r.name}
              </button>
            </td>
            <td className="num">{formatInt(r.kills)}</td>
            <td className="num">{r.freedKb ? formatKb(r.freedKb) : t('timeline.overview.none')}</td>
          </tr>
        ))}
        {others ? (
          <tr>
            <td colSpan={3} className="muted small">
              {t('timeline.overview.others', { count: others })}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function OverviewHeading({ files }: { files: readonly FileInfo[] }) {
  const { t } = useTranslation();
  return (
    <h3 id="overview-h">
      {files.length > 1 ? t('timeline.overview.headingFiles', { count: files.length }) : t('timeline.overview.heading')}
    </h3>
  );
}

/**
 * The overview's place while the file is read: the column is there from the second event on, so the list
 * keeps its width when the overview comes at the end (no jump under the reader's eyes, and no relayout of the
 * whole panel in the task that ends the read).
 */
export function OverviewLater({ files }: { files: readonly FileInfo[] }) {
  const { t } = useTranslation();
  return (
    <section className="overview" data-testid="overview-later" aria-labelledby="overview-h">
      <OverviewHeading files={files} />
      <p className="muted">{t('timeline.overview.later')}</p>
    </section>
  );
}

function Overview({
  overview,
  files,
  onVictim,
  onCgroup,
}: {
  overview: OverviewModel;
  files: readonly FileInfo[];
  onVictim: (name: string) => void;
  onCgroup: (path: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const hour = overview.busiestHour;
  const hourText =
    hour === null
      ? null
      : hour.clock === 'wall'
        ? formatWall(hour.startMs, i18n.language, { yearless: hour.yearless })
        : t('timeline.uptimeHour', { where: bootLabel(t, files, hour.file, hour.boot), hour: hour.hour + 1 });
  return (
    <section className="overview" data-testid="overview" aria-labelledby="overview-h">
      <OverviewHeading files={files} />
      <dl className="facts">
        {overview.freed ? (
          <div>
            <dt>{t('timeline.overview.perKill')}</dt>
            <dd>
              {t('timeline.overview.perKillText', {
                median: formatKb(overview.freed.medianKb),
                max: formatKb(overview.freed.maxKb),
                total: formatKb(overview.freed.totalKb),
                kills: overview.freed.kills,
              })}
            </dd>
          </div>
        ) : null}
        {hour && hourText ? (
          <div>
            <dt>{t('timeline.overview.busiest')}</dt>
            <dd data-testid="busiest-hour">
              {t('timeline.overview.busiestText', { hour: hourText, events: hour.events })}
            </dd>
          </div>
        ) : null}
      </dl>
      <Counts
        caption={t('timeline.overview.victims')}
        head={t('timeline.overview.name')}
        rows={overview.victims}
        others={overview.otherVictims}
        onPick={onVictim}
      />
      <Counts
        caption={t('timeline.overview.cgroups')}
        head={t('timeline.overview.cgroup')}
        rows={overview.cgroups}
        others={overview.otherCgroups}
        onPick={onCgroup}
        short={(p) => shortPath(p, 40)}
      />
    </section>
  );
}

const MemoOverview = memo(Overview);
export { MemoOverview as Overview };
