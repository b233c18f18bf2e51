/**
 * The event's sticky bar: one row of section links (scrolling sideways when narrow, so it never takes two rows
 * of the screen) and the event's actions (share, export). Its height is published as --bar-h so a section it
 * jumps to stops below it rather than under it.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../common/useT';
import type { SectionId } from './sections';

function jumpToSection(id: SectionId) {
  const el = document.getElementById(`v-${id}`);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'start' });
  // Keyboard users continue from the section they jumped to.
  el.focus({ preventScroll: true });
}

export function SectionBar({ sections, children }: { sections: SectionId[]; children?: ReactNode }) {
  const t = useT();
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    const root = el?.closest<HTMLElement>('.event-view');
    if (!el || !root || typeof ResizeObserver === 'undefined') return;
    const nav = el.querySelector<HTMLElement>('.section-nav');
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--bar-h', `${el.offsetHeight}px`);
      // A link cut at the edge reads as a typo ("Findi"); a fade says the row scrolls.
      if (nav) nav.toggleAttribute('data-overflow', nav.scrollWidth > nav.clientWidth + 1);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="section-bar" ref={bar}>
      <nav className="section-nav" aria-label={t('eventView.sections')}>
        {sections.map((id) => (
          <button key={id} type="button" onClick={() => jumpToSection(id)}>
            {t(`eventView.section.${id}`)}
          </button>
        ))}
      </nav>
      <div className="event-actions">{children}</div>
    </div>
  );
}
