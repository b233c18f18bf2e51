/**
 * What the Compare menu in the event bar needs from the app: the events to pick from (with their places and
 * files, for their names) and a way to open the comparison. A context rather than EventView props, so a batch
 * of new events (ten a second while a big file is read) re-renders the menu, not the whole event view.
 */
import { createContext, useContext } from 'react';
import type { BrowseInput } from '../events/useEventBrowser';

export interface CompareChoices {
  choices: Pick<BrowseInput, 'events' | 'places' | 'files'>;
  /** Shows event `index` side by side with the selected one. */
  open: (index: number) => void;
}

const CompareContext = createContext<CompareChoices | null>(null);

export const CompareProvider = CompareContext.Provider;

/** null: no comparison offered here (a view rendered outside the app, in a test). */
export function useCompareChoices(): CompareChoices | null {
  return useContext(CompareContext);
}
