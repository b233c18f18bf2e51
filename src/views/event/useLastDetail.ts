/**
 * The event view stays mounted when the app has no detail to show (a new file is being read): it is then
 * retiring, unmounting its views one per task (Staged) instead of all at once in one long task. It keeps the
 * log name it was shown with: the new file's name, arriving with the drop, would otherwise reach every view
 * of the old event that names its exports (the task table among them) and draw them all again in that task.
 */
import { useState } from 'react';
import type { EventDetail } from '../../worker/protocol';

export interface ShownDetail {
  detail: EventDetail;
  retiring: boolean;
  /** The log's name as the user knows it (exports are named after it). */
  name: string;
}

export function useLastDetail(current: EventDetail | null, name: string): ShownDetail | null {
  const [last, setLast] = useState(current === null ? null : { detail: current, name });
  // Remembering the previous render's value: React's documented "adjust state while rendering" pattern.
  if (current !== null && current !== last?.detail) setLast({ detail: current, name });
  if (current !== null) return { detail: current, retiring: false, name };
  return last === null ? null : { detail: last.detail, retiring: true, name: last.name };
}
