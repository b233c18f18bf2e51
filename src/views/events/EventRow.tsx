/** One row of the event list: an event, or a group of repeats. */
import { memo } from 'react';
import { useTranslation } from '../common/i18n';
import type { EventPlace, EventSummary, FileInfo } from '../../worker/protocol';
import { formatWall } from '../../present/timeAxis';
import { formatKb } from '../../present/units';
import type { EventGroup } from './listModel';

/** A long cgroup path with its middle left out: `/kubepods.slice/…/kubepods-burstable-pod-x.slice`. */
export function shortPath(path: string, max = 48): string {
  if (path.length <= max) return path;
  const parts = path.split('/');
  const last = parts.at(-1) ?? '';
  return last.length + parts[1].length + 4 > max ? `…${path.slice(-(max - 1))}` : `/${parts[1]}/…/${last}`;
}

function EventRowView({
  event: e,
  place,
  files,
  nested,
  current,
  onSelect,
  tabIndex,
}: {
  event: EventSummary;
  place: EventPlace | undefined;
  files: readonly FileInfo[];
  nested: boolean;
  current: boolean;
  onSelect: (index: number) => void;
  tabIndex: number;
}) {
  const { t, i18n } = useTranslation();
  const file = files.length > 1 && place ? files[place.file]?.name : null;
  // A date reads the same in every row (the printed stamp, with its zone and microseconds, is in the title).
  const wall = place?.at.wallMs ?? null;
  const when =
    wall !== null
      ? formatWall(wall, i18n.language, { yearless: files[place!.file]?.yearless, precision: 'second' })
      : (e.time ?? t('eventList.line', { line: String(e.firstLine) }));
  return (
    <button
      type="button"
      tabIndex={tabIndex}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(e.index)}
      className={`event-item sev-${e.worstSeverity ?? 'none'}${nested ? ' nested' : ''}`}
    >
      <span className="ev-no">#{e.index + 1}</span>
      <span className="ev-time" title={e.time ?? undefined}>
        {when}
      </span>
      <span className="ev-who">
        {file ? <span className="ev-file">{file}</span> : null}
        {e.trigger?.comm ?? t('eventList.unknownTrigger')} → {e.victim ? e.victim.comm : t('eventList.noKill')}
      </span>
      <span className="ev-kind">{t(`eventList.kinds.${e.kind}`, { defaultValue: e.kind })}</span>
      <span className="ev-size">
        {e.order != null
          ? `${t('eventList.order', { order: String(e.order) })}${e.requestKb != null ? ` (${formatKb(e.requestKb)})` : ''}`
          : ''}
      </span>
    </button>
  );
}

function GroupRowView({
  group,
  open,
  events,
  onToggle,
  tabIndex,
}: {
  group: EventGroup;
  open: boolean;
  events: readonly EventSummary[];
  onToggle: (key: string) => void;
  tabIndex: number;
}) {
  const { t } = useTranslation();
  const cgroup = group.cgroup === null ? 'none' : shortPath(group.cgroup);
  const count = group.events.length;
  const label = group.victim
    ? t('eventList.group.killed', { victim: group.victim, count, cgroup })
    : t('eventList.group.noKill', { trigger: group.trigger ?? t('eventList.unknownTrigger'), count, cgroup });
  const first = events[group.events[0]];
  const last = events[group.events[count - 1]];
  return (
    <button
      type="button"
      tabIndex={tabIndex}
      className="event-group"
      aria-expanded={open}
      title={group.cgroup ?? undefined}
      onClick={() => onToggle(group.key)}
    >
      <span className="group-arrow" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>
      <span className="group-label">{label}</span>
      <span className="ev-time">
        {t('eventList.group.span', {
          first: first?.time ?? t('eventList.line', { line: String(first?.firstLine) }),
          last: last?.time ?? t('eventList.line', { line: String(last?.firstLine) }),
        })}
      </span>
    </button>
  );
}

const MemoEventRow = memo(EventRowView);
const MemoGroupRow = memo(GroupRowView);
export { MemoEventRow as EventRowView, MemoGroupRow as GroupRowView };
