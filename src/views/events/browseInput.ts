/** What the event browser reads from the app's analysis state, kept stable between renders that change nothing of it. */
import { useMemo } from 'react';
import type { EventPlace, EventSummary, FileInfo, ParseSummary } from '../../worker/protocol';
import type { BrowseInput } from './useEventBrowser';

const NONE: never[] = [];

/** Until the worker says (done), the files are known by the names the page opened. */
function provisional(names: readonly string[]): FileInfo[] {
  return names.map((name) => ({ name, lines: 0, bytes: 0, events: 0, yearless: false, boots: [] }));
}

export function useBrowseInput(state: {
  events: EventSummary[];
  places: EventPlace[];
  fileNames: string[];
  summary: ParseSummary | null;
}): BrowseInput {
  const { events, places, fileNames, summary } = state;
  const files = useMemo(() => summary?.files ?? provisional(fileNames), [summary, fileNames]);
  return useMemo(
    () => ({ events, places, failureMarks: summary?.failureMarks ?? NONE, files }),
    [events, places, summary, files],
  );
}
