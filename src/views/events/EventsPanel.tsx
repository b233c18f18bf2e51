/**
 * Many events at once: the timeline, the filters, the (virtualised) event list and the summary across the
 * file. With one event only the list is shown, as before.
 */
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from '../common/i18n';
import type { Overview as OverviewModel } from '../../worker/protocol';
import { Timeline } from '../timeline/Timeline';
import { Staged } from '../common/Staged';
import { positionLabel } from '../timeline/labels';
import { EventFilters } from './EventFilters';
import { EventList } from './EventList';
import { Overview, OverviewLater } from './Overview';
import type { EventBrowser } from './useEventBrowser';
import './events.css';

function EventsPanel({
  browser,
  overview,
  selected,
  onSelect,
  parsing,
}: {
  browser: EventBrowser;
  overview: OverviewModel | null;
  selected: number | null;
  onSelect: (index: number) => void;
  parsing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { events, places, files, rows, visible, filter, setFilter, axis } = browser;
  const many = events.length > 1 || browser.failureMarks.length > 0;
  const range = filter.range;
  const rangeLabel = useMemo(
    () =>
      range
        ? {
            from: positionLabel(t, i18n.language, axis, files, range[0]),
            to: positionLabel(t, i18n.language, axis, files, range[1]),
          }
        : null,
    [range, t, i18n.language, axis, files],
  );
  const onVictim = useCallback((name: string) => setFilter({ name }), [setFilter]);
  const onCgroup = useCallback((cgroup: string) => setFilter({ cgroup }), [setFilter]);
  return (
    <section className="panel events-panel" aria-labelledby="events-h">
      <h2 id="events-h">
        {t('eventList.heading', { count: events.length })}
        {parsing ? ` ${t('eventList.soFar')}` : ''}{' '}
        {visible.length !== events.length ? (
          <span className="muted small" data-testid="shown-count">
            {t('eventList.shown', { shown: visible.length, count: events.length })}
          </span>
        ) : null}{' '}
        {events.length > 1 ? <span className="muted small">{t('eventList.moveKeys')}</span> : null}
      </h2>
      {/* Drawn once the file is read: redrawing a Recharts chart as events stream in would cost long tasks. */}
      {many && parsing ? (
        <p className="muted timeline-later" data-testid="timeline-later">
          {t('timeline.later')}
        </p>
      ) : null}
      {many && !parsing ? (
        <Staged version="timeline" minHeight={140} label="timeline">
          <Timeline browser={browser} selected={selected} onSelect={onSelect} />
        </Staged>
      ) : null}
      {many ? (
        <EventFilters
          filter={filter}
          setFilter={setFilter}
          clearFilters={browser.clearFilters}
          grouped={browser.grouped}
          setGrouped={browser.setGrouped}
          events={events}
          files={files}
          rangeLabel={rangeLabel}
          counting={!parsing}
        />
      ) : null}
      <div className={many && (overview || parsing) ? 'events-body with-overview' : 'events-body'}>
        <EventList
          rows={rows}
          events={events}
          places={places}
          files={files}
          selected={selected}
          onSelect={onSelect}
          onToggleGroup={browser.toggleGroup}
          pending={browser.pending}
        />
        {overview && many ? (
          // In a turn of its own: it comes with the end of the read, whose task draws the filters' counts too.
          <Staged version={overview} label="overview">
            <Overview overview={overview} files={files} onVictim={onVictim} onCgroup={onCgroup} />
          </Staged>
        ) : many && parsing ? (
          <OverviewLater files={files} />
        ) : null}
      </div>
    </section>
  );
}

const MemoEventsPanel = memo(EventsPanel);
export { MemoEventsPanel as EventsPanel };
