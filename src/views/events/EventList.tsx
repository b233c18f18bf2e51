/** Event list for files with several events: time, trigger → victim, kind, request size. j/k move. */
import { memo, useEffect, useRef } from 'react';
import type { EventSummary } from '../../worker/protocol';
import { formatKb } from '../../present/units';
import { countRender } from '../app/renderProbe';
import { useT } from '../common/useT';

function EventList({
  events,
  selected,
  onSelect,
  parsing,
}: {
  events: EventSummary[];
  selected: number | null;
  onSelect: (index: number) => void;
  parsing?: boolean;
}) {
  countRender('EventList');
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  // j/k can move past the visible part of a long list: keep the selected event in view.
  useEffect(() => {
    // Scroll only the list itself, never the page the user is reading.
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]')?.closest('li');
    if (!list || !item) return;
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [selected]);
  return (
    <nav className="panel event-list" aria-labelledby="events-h">
      <h2 id="events-h">
        {t('event.events', { count: events.length })}
        {parsing ? ` ${t('event.soFar')}` : ''}{' '}
        {events.length > 1 ? <span className="muted small">{t('event.moveKeys')}</span> : null}
      </h2>
      <ol data-testid="event-list" ref={listRef}>
        {events.map((e) => (
          <li key={e.index} data-event={e.index}>
            <button
              type="button"
              aria-current={e.index === selected ? 'true' : undefined}
              onClick={() => onSelect(e.index)}
              className={`event-item sev-${e.worstSeverity ?? 'none'}`}
            >
              <span className="ev-no">#{e.index + 1}</span>
              <span className="ev-time">{e.time ?? t('event.line', { line: String(e.firstLine) })}</span>
              <span className="ev-who">
                {e.trigger?.comm ?? '?'} → {e.victim ? e.victim.comm : t('event.noKill')}
              </span>
              <span className="ev-kind" title={t(`event.kinds.${e.kind}`)}>
                {t(`event.shortKinds.${e.kind}`)}
              </span>
              <span className="ev-size">
                {e.order != null
                  ? `${t('event.order', { order: String(e.order) })}${e.requestKb != null ? ` (${formatKb(e.requestKb)})` : ''}`
                  : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoEventList = memo(EventList);
export { MemoEventList as EventList };
