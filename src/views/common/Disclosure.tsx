/**
 * A `<details>` whose content is drawn only while it is open, or while the page is printed (print.css prints
 * closed disclosures open). A closed list of hundreds of parser notes was a thousand elements the browser
 * created, styled and laid out in the task that ended a read, for a list nobody had opened; a closed table of
 * the timeline's periods is not rebuilt as filters change. (Find-in-page does not see a closed one's content.)
 */
import { useState, type ReactNode } from 'react';
import { useMediaQuery } from './useMediaQuery';

export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const printing = useMediaQuery('print');
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open || printing ? children : null}
    </details>
  );
}
