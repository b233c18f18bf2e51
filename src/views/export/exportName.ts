/** What exported files are named after: the log's name and the event's number (set by the event view). */
import { createContext, useContext } from 'react';
import { fileStem } from './download';

export interface ExportName {
  /** The log's name as the user knows it (file name, sample, "pasted text"). */
  log: string;
  /** 1-based number of the event in its log. */
  event: number;
}

export const ExportNameContext = createContext<ExportName>({ log: 'oomscope', event: 1 });

/** "kern.log-event2-zones.svg" style names for the open event. */
export function useExportFileName(): (what: string, ext: string) => string {
  const { log, event } = useContext(ExportNameContext);
  return (what, ext) => `${fileStem(log)}-event${event}-${what}.${ext}`;
}
