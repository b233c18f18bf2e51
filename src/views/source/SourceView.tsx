/**
 * Source view: the raw lines of the event, virtualised (a 100,000-task table is 100,000 lines).
 * Evidence links elsewhere set `highlight`; this view scrolls to it and marks it.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SourceLine } from '../../worker/protocol';
import { countRender } from '../app/renderProbe';

const LINE_HEIGHT = 20;

function SourceView({
  source,
  highlight,
  marked = [],
}: {
  source: SourceLine[];
  highlight: number | null;
  marked?: number[];
}) {
  countRender('SourceView');
  const markedSet = useMemo(() => new Set(marked), [marked]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's methods are read only here (render and effects), never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: source.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 20,
    initialRect: { width: 600, height: 600 },
  });
  const target = highlight == null ? -1 : source.findIndex((l) => l.line === highlight);

  useEffect(() => {
    if (target < 0) return;
    virtualizer.scrollToIndex(target, { align: 'center' });
    // On narrow screens the source sits below the views: bring it into sight as well.
    const box = scrollRef.current?.getBoundingClientRect();
    if (box && (box.bottom < 0 || box.top > window.innerHeight))
      scrollRef.current?.scrollIntoView({ block: 'nearest' });
  }, [target, virtualizer, highlight]);

  const gutter = `${String(source.at(-1)?.line ?? 0).length + 1}ch`;
  return (
    <section className="panel source" data-testid="source" aria-labelledby="source-h">
      <h2 id="source-h">
        Source{' '}
        <span className="muted small">
          {source.length ? `lines ${source[0].line}–${source[source.length - 1].line}` : ''}
          {highlight != null ? `, line ${highlight} highlighted` : ''}
        </span>
      </h2>
      {source.length === 0 ? (
        <p className="muted">No raw lines were kept for this event.</p>
      ) : (
        <div
          className="source-scroll"
          ref={scrollRef}
          tabIndex={0}
          role="region"
          aria-label="Raw log lines of this event"
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const l = source[item.index];
              const current = l.line === highlight;
              return (
                <div
                  key={l.line}
                  className={
                    current ? 'src-line src-current' : markedSet.has(l.line) ? 'src-line src-marked' : 'src-line'
                  }
                  data-line={l.line}
                  aria-current={current ? 'true' : undefined}
                  style={{ transform: `translateY(${item.start}px)`, height: LINE_HEIGHT }}
                >
                  <span className="src-no" style={{ width: gutter }}>
                    {l.line}
                  </span>
                  <span className="src-text">{l.raw}</span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoSourceView = memo(SourceView);
export { MemoSourceView as SourceView };
