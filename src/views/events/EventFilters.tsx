/** The filter bar above the event list: kind, name, cgroup, finding, file, grouping, and the brushed range. */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from '../common/i18n';
import type { EventSummary, FileInfo } from '../../worker/protocol';
import { filtering, type EventFilter } from './listModel';

/** The finding ids the events have, with how many events have each, most first. */
export function findingCounts(events: readonly EventSummary[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e?.findingIds ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function EventFilters({
  filter,
  setFilter,
  clearFilters,
  grouped,
  setGrouped,
  events,
  files,
  rangeLabel,
  counting = true,
}: {
  filter: EventFilter;
  setFilter: (patch: Partial<EventFilter>) => void;
  clearFilters: () => void;
  grouped: boolean;
  setGrouped: (grouped: boolean) => void;
  events: readonly EventSummary[];
  files: readonly FileInfo[];
  /** The brushed range in words, or null. */
  rangeLabel: { from: string; to: string } | null;
  /** Show how many events have each finding (not while a file is read: the counts change ten times a second). */
  counting?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The options only change when a new kind or finding turns up (or, when done, the counts): new events
  // arriving ten times a second do not re-render them.
  const kindKey = useMemo(() => [...new Set(events.map((e) => e?.kind))].filter(Boolean).sort().join('\n'), [events]);
  const kinds = useMemo(() => (kindKey ? kindKey.split('\n') : []), [kindKey]);
  const findingKey = useMemo(
    () =>
      findingCounts(events)
        .map(([id, n]) => (counting ? `${id}\t${n}` : id))
        .join('\n'),
    [events, counting],
  );
  const findingOptions = useMemo(
    () =>
      findingKey
        ? findingKey.split('\n').map((line) => {
            const [finding, count] = line.split('\t');
            // A finding this build has no short name for (a newer analysis) shows its id as words.
            const name = t(`findingNames.${finding}`, { defaultValue: finding.replace(/[-_]/g, ' ') });
            return (
              <option key={finding} value={finding}>
                {count === undefined
                  ? name
                  : t('eventList.filters.findingOption', { finding: name, count: Number(count) })}
              </option>
            );
          })
        : [],
    [findingKey, t],
  );
  return (
    <div className="event-filters" role="group" aria-label={t('eventList.filters.label')} data-testid="event-filters">
      <label>
        <span>{t('eventList.filters.kind')}</span>
        <select
          data-testid="filter-kind"
          value={filter.kinds[0] ?? ''}
          onChange={(e) => setFilter({ kinds: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{t('eventList.filters.anyKind')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`eventList.kinds.${k}`, { defaultValue: k })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('eventList.filters.name')}</span>
        <input
          type="search"
          data-testid="filter-name"
          value={filter.name}
          placeholder={t('eventList.filters.namePlaceholder')}
          onChange={(e) => setFilter({ name: e.target.value })}
        />
      </label>
      <label>
        <span>{t('eventList.filters.cgroup')}</span>
        <input
          type="search"
          data-testid="filter-cgroup"
          value={filter.cgroup}
          placeholder={t('eventList.filters.cgroupPlaceholder')}
          onChange={(e) => setFilter({ cgroup: e.target.value })}
        />
      </label>
      {findingOptions.length ? (
        <label>
          <span>{t('eventList.filters.finding')}</span>
          <select
            data-testid="filter-finding"
            value={filter.finding}
            onChange={(e) => setFilter({ finding: e.target.value })}
          >
            <option value="">{t('eventList.filters.anyFinding')}</option>
            {findingOptions}
          </select>
        </label>
      ) : null}
      {files.length > 1 ? (
        <label>
          <span>{t('eventList.filters.file')}</span>
          <select
            data-testid="filter-file"
            value={filter.file ?? ''}
            onChange={(e) => setFilter({ file: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('eventList.filters.anyFile')}</option>
            {files.map((f, i) => (
              <option key={i} value={i}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="inline">
        <input
          type="checkbox"
          data-testid="group-repeats"
          checked={grouped}
          onChange={(e) => setGrouped(e.target.checked)}
        />
        <span>{t('eventList.filters.group')}</span>
      </label>
      {rangeLabel ? (
        <span className="range-chip" data-testid="range-chip" id={`${id}-range`}>
          {t('eventList.filters.range', rangeLabel)}{' '}
          <button
            type="button"
            onClick={() => setFilter({ range: null })}
            aria-label={t('eventList.filters.clearRange')}
          >
            ×
          </button>
        </span>
      ) : null}
      {filtering(filter) || filter.range ? (
        <button type="button" className="link-button" data-testid="clear-filters" onClick={clearFilters}>
          {t('eventList.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}

const MemoEventFilters = memo(EventFilters);
export { MemoEventFilters as EventFilters };
