/**
 * Source view: the raw lines of the event, virtualised (a 100,000-task table is 100,000 lines). Evidence links
 * elsewhere set `highlight`; this view scrolls to it and marks it, and offers the way back. Options: strip the
 * prefixes (timestamp, host, facility) to read the kernel's messages, wrap long lines, and copy lines — the ones
 * selected by clicking line numbers (shift-click for a range), else the highlighted evidence, else all. The
 * panel's height can be dragged (its corner); its width with the splitter beside it.
 */
import { memo, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { calmVirtual } from '../common/calmVirtual';
import { useSettled } from '../common/Staged';
import type { SourceLine } from '../../worker/protocol';
import { useT } from '../common/useT';
import { copyText } from '../export/download';
import { countRender } from '../app/renderProbe';
import { LineBackContext } from './useLineJump';

const LINE_HEIGHT = 20;

/** The scroll box's inner height as styles.css sets it (.source-scroll: 100vh − 9.5rem, at least 16rem, 1px borders). */
const sourceBoxHeight = () =>
  typeof window === 'undefined' ? 600 : Math.max(16 * 16, (window.innerHeight || 800) - 9.5 * 16) - 2;

/** The lines to copy: a selected range, else the highlighted evidence, else everything. */
export function linesToCopy(
  source: readonly SourceLine[],
  selection: { from: number; to: number } | null,
  evidence: ReadonlySet<number>,
): readonly SourceLine[] {
  if (selection)
    return source.slice(Math.min(selection.from, selection.to), Math.max(selection.from, selection.to) + 1);
  const picked = source.filter((l) => evidence.has(l.line));
  return picked.length ? picked : source;
}

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
  const t = useT();
  const { line: backLine, back } = useContext(LineBackContext);
  const [strip, setStrip] = useState(false);
  const [wrap, setWrap] = useState(false);
  const [selection, setSelection] = useState<{ from: number; to: number } | null>(null);
  const [note, setNote] = useState('');
  const markedSet = useMemo(() => new Set(marked), [marked]);
  const evidence = useMemo(() => new Set(highlight == null ? marked : [highlight, ...marked]), [highlight, marked]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The lines in view first; the ones kept ready above and below come in a turn of their own.
  const settled = useSettled('source lines');
  // The virtualizer's methods are read only here (render and effects), never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- that is the safe use of TanStack Virtual
  const virtualizer = useVirtualizer({
    count: source.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: settled ? 20 : 0,
    // The box is as tall as its style says (.source-scroll): no layout read at mount (common/calmVirtual.ts).
    initialRect: { width: 600, height: sourceBoxHeight() },
    ...calmVirtual,
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

  // Wrapped lines have their own heights: measure them again when wrapping or stripping changes.
  useEffect(() => virtualizer.measure(), [wrap, strip, virtualizer]);
  // A new event's lines: the old selection means nothing there.
  useEffect(() => setSelection(null), [source]);

  const select = (index: number, extend: boolean) =>
    setSelection((s) => (extend && s ? { from: s.from, to: index } : { from: index, to: index }));
  const copy = async () => {
    const lines = linesToCopy(source, selection, evidence);
    const ok = await copyText(lines.map((l) => (strip ? (l.text ?? l.raw) : l.raw)).join('\n'));
    setNote(ok ? t('source.copied', { count: lines.length }) : t('source.copyFailed'));
  };
  const inSelection = (i: number) =>
    selection != null && i >= Math.min(selection.from, selection.to) && i <= Math.max(selection.from, selection.to);
  const selectedCount = selection ? Math.abs(selection.to - selection.from) + 1 : 0;

  const gutter = `${String(source.at(-1)?.line ?? 0).length + 1}ch`;
  return (
    <section className="panel source" data-testid="source" aria-labelledby="source-h">
      <h2 id="source-h">
        {t('source.title')}{' '}
        <span className="muted small">
          {source.length ? t('source.range', { first: source[0].line, last: source[source.length - 1].line }) : ''}
          {highlight != null ? `${t('findings.separator')}${t('source.highlighted', { line: highlight })}` : ''}
        </span>
      </h2>
      {source.length === 0 ? (
        <p className="muted">{t('source.none')}</p>
      ) : (
        <>
          <div className="source-tools small">
            <label className="check" title={t('source.stripHelp')}>
              <input
                type="checkbox"
                data-testid="source-strip"
                checked={strip}
                onChange={(e) => setStrip(e.target.checked)}
              />{' '}
              {t('source.stripPrefixes')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                data-testid="source-wrap"
                checked={wrap}
                onChange={(e) => setWrap(e.target.checked)}
              />{' '}
              {t('source.wrap')}
            </label>
            <button type="button" data-testid="source-copy" title={t('source.copyHelp')} onClick={() => void copy()}>
              {t('source.copy', { count: selectedCount })}
            </button>
            {backLine != null ? (
              <button
                type="button"
                data-testid="source-back"
                title={t('source.backTitle', { line: backLine })}
                onClick={back}
              >
                ← {t('source.back')}
              </button>
            ) : null}
            <span role="status" className="muted" data-testid="source-note">
              {note}
            </span>
          </div>
          <div
            className={wrap ? 'source-scroll source-wrap' : 'source-scroll'}
            ref={scrollRef}
            tabIndex={0}
            role="region"
            aria-label={t('source.region')}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const l = source[item.index];
                const current = l.line === highlight;
                const cls = ['src-line'];
                if (current) cls.push('src-current');
                else if (markedSet.has(l.line)) cls.push('src-marked');
                if (inSelection(item.index)) cls.push('src-selected');
                return (
                  <div
                    key={l.line}
                    // Unwrapped, every line is one LINE_HEIGHT: measuring them at mount would lay out the page.
                    ref={wrap ? virtualizer.measureElement : undefined}
                    data-index={item.index}
                    className={cls.join(' ')}
                    data-line={l.line}
                    aria-current={current ? 'true' : undefined}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span
                      className="src-no"
                      style={{ width: gutter }}
                      title={t('source.lineNumber', { line: l.line })}
                      onClick={(e) => select(item.index, e.shiftKey)}
                    >
                      {l.line}
                    </span>
                    <span className="src-text">{strip ? (l.text ?? l.raw) : l.raw}</span>
                  </div>
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoSourceView = memo(SourceView);
export { MemoSourceView as SourceView };
