/**
 * The event list, virtualised: only the rows in view (and a few around them) are in the DOM, so 10,000
 * events cost the same as 30. Rows are events (time, trigger → victim, kind, request size) or, when repeats
 * are grouped, a group ("java killed 37 times in cgroup …") that opens onto its events.
 * One tab stop: ↑/↓ (and Home/End) move through the rows, opening events as they go; j/k work page-wide.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../common/i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { calmVirtual } from '../common/calmVirtual';
import type { EventPlace, EventSummary, FileInfo } from '../../worker/protocol';
import type { ListRow } from './listModel';
import { EventRowView, GroupRowView } from './EventRow';
import { countRender } from '../app/renderProbe';
import { useMediaQuery } from '../common/useMediaQuery';

/** Every row has this height (px): no measuring, so scrolling never waits for layout. */
export const ROW_PX = 32;
/** On a narrow screen a row takes two lines (who → whom and kind above, time and size below): see events.css. */
export const NARROW_ROW_PX = 52;
export const NARROW_QUERY = '(max-width: 720px)';
const VIEW_ROWS = 9;

export interface EventListProps {
  rows: ListRow[];
  events: readonly EventSummary[];
  places: readonly (EventPlace | undefined)[];
  files: readonly FileInfo[];
  selected: number | null;
  onSelect: (index: number) => void;
  onToggleGroup: (key: string) => void;
  /** Newer events are on their way: an empty list is not "nothing matches" yet. */
  pending?: boolean;
}

function EventList({
  rows,
  events,
  places,
  files,
  selected,
  onSelect,
  onToggleGroup,
  pending = false,
}: EventListProps) {
  countRender('EventList');
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const rowPx = useMediaQuery(NARROW_QUERY) ? NARROW_ROW_PX : ROW_PX;
  // The rows in view, plus the list's 1px top border (events.css): without it the box was a pixel shorter than
  // its rows, so a list of one row could scroll by a pixel and the first event never counted as in view.
  const viewPx = Math.min(rows.length, VIEW_ROWS) * rowPx;
  const height = viewPx + 1;
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    overscan: 6,
    initialRect: { width: 800, height: viewPx },
    // Its height is set from the rows: no layout read at mount (common/calmVirtual.ts).
    ...calmVirtual,
  });
  // The row height changed with the screen's width: the virtualiser's cached sizes are stale.
  useEffect(() => virtualizer.measure(), [rowPx, virtualizer]);
  const selectedRow = rows.findIndex((r) => r.type === 'event' && r.index === selected);

  // j/k (or a click on the timeline) can select an event outside the visible part: bring its row into view.
  useEffect(() => {
    if (selectedRow < 0) return;
    // A row already in view (the first event of a new file always is) stays where it is: scrolling to it reads
    // the list's scroll height, which lays out the page there and then.
    const top = virtualizer.scrollOffset ?? 0;
    const start = selectedRow * rowPx;
    if (start >= top && start + rowPx <= top + (virtualizer.scrollRect?.height ?? 0)) return;
    virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedRow, virtualizer, rowPx]);

  // Keyboard focus follows ↑/↓ once the row is drawn.
  useEffect(() => {
    if (focusRow === null) return;
    scrollRef.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"] button`)?.focus();
  });

  const tabRow = selectedRow >= 0 ? selectedRow : 0;
  const onKeyDown = (e: KeyboardEvent) => {
    const from = focusRow ?? tabRow;
    const to =
      e.key === 'ArrowDown'
        ? from + 1
        : e.key === 'ArrowUp'
          ? from - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? rows.length - 1
              : null;
    if (to === null || to < 0 || to >= rows.length) return;
    e.preventDefault();
    setFocusRow(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const row = rows[to];
    if (row.type === 'event') onSelect(row.index);
  };

  if (!rows.length) return pending ? null : <p className="muted event-list-empty">{t('eventList.empty')}</p>;
  return (
    <div
      className="event-list"
      data-testid="event-list"
      ref={scrollRef}
      style={{ height }}
      onKeyDown={onKeyDown}
      onBlur={() => setFocusRow(null)}
    >
      <ol style={{ height: virtualizer.getTotalSize() }} aria-label={t('eventList.heading', { count: rows.length })}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const style = { transform: `translateY(${item.start}px)`, height: rowPx };
          const tabIndex = item.index === tabRow ? 0 : -1;
          if (row.type === 'group')
            return (
              <li
                key={`g:${row.group.key}`}
                data-row={item.index}
                data-group={row.group.events.length}
                style={style}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
              >
                <GroupRowView
                  group={row.group}
                  open={row.open}
                  events={events}
                  onToggle={onToggleGroup}
                  tabIndex={tabIndex}
                />
              </li>
            );
          const e = events[row.index];
          return (
            <li
              key={`e:${row.index}`}
              data-row={item.index}
              data-event={row.index}
              style={style}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              <EventRowView
                event={e}
                place={places[row.index]}
                files={files}
                nested={row.nested}
                current={row.index === selected}
                onSelect={onSelect}
                tabIndex={tabIndex}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoEventList = memo(EventList);
export { MemoEventList as EventList };
