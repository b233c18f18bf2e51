/**
 * The event view stays mounted when the app has no detail to show (a new file is being read): it is then
 * retiring, unmounting its views one per task (Staged) instead of all at once in one long task.
 */
import { useState } from 'react';
import type { EventDetail } from '../../worker/protocol';

export function useLastDetail(current: EventDetail | null): { detail: EventDetail; retiring: boolean } | null {
  const [last, setLast] = useState(current);
  // Remembering the previous render's value: React's documented "adjust state while rendering" pattern.
  if (current !== null && current !== last) setLast(current);
  const detail = current ?? last;
  return detail === null ? null : { detail, retiring: current === null };
}
