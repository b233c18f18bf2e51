/**
 * The handle between the views and the source panel: drag it, or focus it and use the arrow keys, to give the
 * source more or less of the width (a window splitter, WAI-ARIA "separator"). Wide layouts only (CSS hides it).
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../common/useT';

export const SOURCE_MIN = 20;
export const SOURCE_MAX = 65;

export function Splitter({ percent, onChange }: { percent: number; onChange: (percent: number) => void }) {
  const t = useT();
  const dragging = useRef(false);
  const clamp = (p: number) => Math.round(Math.min(SOURCE_MAX, Math.max(SOURCE_MIN, p)));
  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (box && box.width > 0) onChange(clamp(((box.right - e.clientX) / box.width) * 100));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowLeft: 2, ArrowRight: -2, PageUp: 10, PageDown: -10 }[e.key];
    if (e.key === 'Home') onChange(SOURCE_MAX);
    else if (e.key === 'End') onChange(SOURCE_MIN);
    else if (step) onChange(clamp(percent + step));
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('eventView.resize')}
      aria-valuemin={SOURCE_MIN}
      aria-valuemax={SOURCE_MAX}
      aria-valuenow={percent}
      tabIndex={0}
      data-testid="source-splitter"
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => dragging.current && fromPointer(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    />
  );
}
