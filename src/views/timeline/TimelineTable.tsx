/**
 * The timeline's text alternative: a table of events per period (hour, day, or boot). Built only while it is
 * open (or printed), so a closed table costs nothing on a big file.
 */
import { useMemo } from 'react';
import { Disclosure } from '../common/Disclosure';
import { useTranslation } from '../common/i18n';
import type { EventPlace, EventSummary, FileInfo } from '../../worker/protocol';
import { formatUptime, formatWall } from '../../present/timeAxis';
import { formatInt, formatKb } from '../../present/units';
import type { Axis } from './axis';
import { bootLabel } from './labels';
import { periodMs, periods, type Period } from './periods';

/** More rows than this are counted, not drawn. */
const MAX_ROWS = 200;

interface TableProps {
  axis: Axis;
  visible: readonly number[];
  events: readonly EventSummary[];
  places: readonly (EventPlace | undefined)[];
  files: readonly FileInfo[];
  failures: readonly number[];
}

function Rows({ axis, visible, events, places, files, failures }: TableProps) {
  const { t, i18n } = useTranslation();
  const rows = useMemo(
    () => periods(axis, visible, events, places, failures),
    [axis, visible, events, places, failures],
  );
  const daily = periodMs(axis.domain[1] - axis.domain[0]) > 3_600_000;
  const label = (p: Period) => {
    if (p.segment === null)
      return formatWall(p.start, i18n.language, { yearless: axis.yearless, precision: daily ? 'day' : 'minute' });
    const s = axis.segments[p.segment];
    return `${bootLabel(t, files, s.file, s.boot)}: ${formatUptime(p.start)} – ${formatUptime(p.end)}`;
  };
  return (
    <>
      <table className="timeline-table" data-testid="timeline-table">
        <thead>
          <tr>
            <th scope="col">{t('timeline.table.period')}</th>
            <th scope="col" className="num">
              {t('timeline.table.events')}
            </th>
            <th scope="col" className="num">
              {t('timeline.table.kills')}
            </th>
            <th scope="col" className="num">
              {t('timeline.table.freed')}
            </th>
            <th scope="col">{t('timeline.table.kinds')}</th>
            <th scope="col" className="num">
              {t('timeline.table.failures')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((p) => (
            <tr key={p.key}>
              <th scope="row">{label(p)}</th>
              <td className="num">{formatInt(p.events)}</td>
              <td className="num">{formatInt(p.kills)}</td>
              <td className="num">{p.freedKb ? formatKb(p.freedKb) : '—'}</td>
              <td>
                {[...p.kinds]
                  .map(([k, n]) => `${t(`eventList.kinds.${k}`, { defaultValue: k })} ${formatInt(n)}`)
                  .join(', ')}
              </td>
              <td className="num">{p.failures ? formatInt(p.failures) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS ? (
        <p className="muted small">{t('timeline.table.more', { count: rows.length - MAX_ROWS })}</p>
      ) : null}
    </>
  );
}

export function TimelineTable(props: TableProps) {
  const { t } = useTranslation();
  return (
    <Disclosure className="timeline-details" summary={t('timeline.table.show')}>
      <Rows {...props} />
    </Disclosure>
  );
}
