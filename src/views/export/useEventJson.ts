/** The open event's JSON document: the worker's parts for it, assembled with the parse's summary (eventJson.ts). */
import { useCallback } from 'react';
import type { OomClient } from '../../worker/client';
import type { EventDetail, ParseSummary } from '../../worker/protocol';
import { eventJson } from './eventJson';

export function useEventJson(
  client: () => OomClient,
  summary: ParseSummary | null,
  name: string,
): (detail: EventDetail) => Promise<string> {
  return useCallback(
    async (detail: EventDetail) => {
      if (!summary) throw new Error('The log is still being read: export it when it is done.');
      const parts = await client().exportParts(detail.event.index);
      return eventJson(name, detail, summary, parts);
    },
    [client, summary, name],
  );
}
