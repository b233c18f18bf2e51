/**
 * The state of browsing many events: the filters, the brushed time range, grouping of repeats, and what
 * follows from them (the timeline's axis, the visible events, the list's rows). Everything derived is
 * memoised and computed from deferred inputs, so a batch of new events (ten a second while a big file is
 * read) re-renders the list and the timeline at low priority, in slices, never in one long task.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { EventPlace, EventSummary, FailureMark, FileInfo } from '../../worker/protocol';
import { buildAxis, type Axis } from '../timeline/axis';
import {
  groupRepeats,
  listRows,
  NO_FILTER,
  stepIn,
  visibleEvents,
  type EventFilter,
  type EventGroup,
  type ListRow,
} from './listModel';

export interface BrowseInput {
  events: EventSummary[];
  places: EventPlace[];
  failureMarks: FailureMark[];
  files: FileInfo[];
}

export interface EventBrowser extends BrowseInput {
  /** The derived views still show older events (a low-priority render is on its way). */
  pending: boolean;
  axis: Axis;
  filter: EventFilter;
  /** Changes some filters (a new range, a name typed…). */
  setFilter: (patch: Partial<EventFilter>) => void;
  clearFilters: () => void;
  grouped: boolean;
  setGrouped: (grouped: boolean) => void;
  /** Groups shown open (by key). */
  open: ReadonlySet<string>;
  toggleGroup: (key: string) => void;
  /** The events that pass the filters, in file order. */
  visible: number[];
  /** The same without the time range (the timeline widens a range from them). */
  visibleAll: number[];
  groups: EventGroup[] | null;
  rows: ListRow[];
  /** The event `delta` steps from `current` among the visible ones (null at either end). */
  step: (current: number | null, delta: number) => number | null;
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * `run` names the analysis (a new value per file or text analysed): the filters, the time range and the open
 * groups belong to one file and start afresh with the next (a name filter of the last file would hide every
 * event of this one); grouping is a way of looking and stays.
 */
export function useEventBrowser(input: BrowseInput, run: unknown = null): EventBrowser {
  const deferred = useDeferredValue(input);
  const { events, places, failureMarks, files } = deferred;
  const [grouped, setGrouped] = useState(false);
  // Each kept with the run it was set in and read as cleared in another: no reset effect, no extra render.
  const [filterOf, setFilterOf] = useState({ run, value: NO_FILTER });
  const [openOf, setOpenOf] = useState({ run, value: NO_GROUPS });
  const filter = filterOf.run === run ? filterOf.value : NO_FILTER;
  const open = openOf.run === run ? openOf.value : NO_GROUPS;

  const axis = useMemo(() => buildAxis(places, failureMarks, files), [places, failureMarks, files]);
  const { range, ...rest } = filter;
  const visibleAll = useMemo(
    () => visibleEvents(events, places, { ...rest, range: null }, (i) => axis.eventX[i]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rest` is new each render; its fields are the deps
    [events, places, axis, rest.kinds, rest.name, rest.cgroup, rest.finding, rest.file],
  );
  const visible = useMemo(
    () => (range ? visibleAll.filter((i) => axis.eventX[i] >= range[0] && axis.eventX[i] <= range[1]) : visibleAll),
    [visibleAll, range, axis],
  );
  const groups = useMemo(
    () => (grouped ? groupRepeats(visible, events, places) : null),
    [grouped, visible, events, places],
  );
  const rows = useMemo(() => listRows(visible, groups, open), [visible, groups, open]);

  const setFilter = useCallback(
    (patch: Partial<EventFilter>) =>
      setFilterOf((f) => ({ run, value: { ...(f.run === run ? f.value : NO_FILTER), ...patch } })),
    [run],
  );
  const clearFilters = useCallback(() => setFilterOf({ run, value: NO_FILTER }), [run]);
  const toggleGroup = useCallback(
    (key: string) =>
      setOpenOf((o) => {
        const next = new Set(o.run === run ? o.value : NO_GROUPS);
        if (!next.delete(key)) next.add(key);
        return { run, value: next };
      }),
    [run],
  );
  const step = useCallback((current: number | null, delta: number) => stepIn(visible, current, delta), [visible]);

  return {
    ...deferred,
    pending: deferred !== input,
    axis,
    filter,
    setFilter,
    clearFilters,
    grouped,
    setGrouped,
    open,
    toggleGroup,
    visible,
    visibleAll,
    groups,
    rows,
    step,
  };
}
