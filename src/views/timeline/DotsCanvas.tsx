/**
 * The timeline's dots on a canvas over Recharts' plot area: coloured by kind, area ∝ the memory the (largest)
 * victim held, as dark as the events they stand for are many; allocation failures as triangles; the open
 * event ringed. Hover shows what a dot holds, a click hands it to the timeline. Drawing thousands of dots
 * takes a few milliseconds and adds no DOM node.
 */
import { memo, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Dot } from './dots';
import { FAILURE } from './lanes';
import type { PlotArea } from './TimelineChart';

/** A dot as drawn: its radius (px), opacity (how many it stands for) and whether it holds the open event. */
export type TimelineDot = Dot & { r: number; opacity: number; selected: boolean };

export const KIND_COLOURS: Record<string, string> = {
  global: 'var(--c1)',
  memcg: 'var(--c2)',
  cpuset: 'var(--c4)',
  mempolicy: 'var(--c5)',
  sysrq: 'var(--c3)',
  fragment: 'var(--c8)',
  unknown: 'var(--c8)',
  [FAILURE]: 'var(--c6)',
};

/** The theme's colours as the canvas needs them (custom properties hold `light-dark(…)`, which it cannot read). */
function resolveColours(host: HTMLElement): Record<string, string> {
  const probe = document.createElement('span');
  host.append(probe);
  const out: Record<string, string> = {};
  for (const [kind, colour] of [...Object.entries(KIND_COLOURS), ['other', 'var(--c7)'], ['ring', 'var(--text)']]) {
    probe.style.color = colour;
    out[kind] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
}

function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media?.removeEventListener?.('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}

interface Props {
  dots: TimelineDot[];
  area: PlotArea;
  view: readonly [number, number];
  lanes: number;
  tooltip: (dot: Dot) => string[];
  onDot: (dot: Dot) => void;
}

function DotsCanvas({ dots, area, view, lanes, tooltip, onDot }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const colourCache = useRef<{ theme: number; colours: Record<string, string> } | null>(null);
  const [hover, setHover] = useState<{ dot: TimelineDot; x: number; y: number } | null>(null);
  const placed = useMemo(() => {
    const sx = area.width / Math.max(1e-9, view[1] - view[0]);
    const sy = area.height / Math.max(1, lanes);
    return dots.map((d) => ({ d, px: (d.x - view[0]) * sx, py: (d.lane + 0.5) * sy }));
  }, [dots, area, view, lanes]);

  // Drawn in the next animation frame, not in the commit: reading the theme's colours (getComputedStyle)
  // would restyle the page inside the task that mounted the chart; in the frame the browser restyles anyway.
  useEffect(() => {
    const draw = () => {
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      const ratio = window.devicePixelRatio || 1;
      el.width = Math.round(area.width * ratio);
      el.height = Math.round(area.height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, area.width, area.height);
      if (colourCache.current?.theme !== theme)
        colourCache.current = { theme, colours: resolveColours(el.parentElement ?? document.body) };
      const colours = colourCache.current.colours;
      for (const { d, px, py } of placed) {
        ctx.globalAlpha = d.opacity;
        ctx.fillStyle = colours[d.kind] ?? colours.other;
        ctx.beginPath();
        if (d.failure) {
          const s = d.r + 1;
          ctx.moveTo(px, py - s);
          ctx.lineTo(px + s, py + s);
          ctx.lineTo(px - s, py + s);
          ctx.closePath();
        } else ctx.arc(px, py, d.r, 0, 2 * Math.PI);
        ctx.fill();
        if (d.selected) {
          ctx.globalAlpha = 1;
          ctx.strokeStyle = colours.ring;
          ctx.lineWidth = 2;
          ctx.stroke();
        }
      }
      ctx.globalAlpha = 1;
    };
    if (typeof requestAnimationFrame === 'undefined') return draw();
    const frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [placed, area, theme]);

  /** The dot under the pointer: the nearest one whose disc (plus a little) holds it. */
  const hit = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    let best: { dot: TimelineDot; x: number; y: number; d2: number } | null = null;
    for (const { d, px, py } of placed) {
      const d2 = (px - x) ** 2 + (py - y) ** 2;
      if (d2 <= (d.r + 3) ** 2 && (!best || d2 < best.d2)) best = { dot: d, x: px, y: py, d2 };
    }
    return best;
  };

  return (
    <>
      <canvas
        ref={canvas}
        className="timeline-dots"
        aria-hidden="true"
        style={{ left: area.x, top: area.y, width: area.width, height: area.height }}
        onPointerMove={(e) => {
          const found = hit(e);
          setHover(found ? { dot: found.dot, x: found.x, y: found.y } : null);
          e.currentTarget.style.cursor = found ? 'pointer' : '';
        }}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const found = hit(e as unknown as PointerEvent<HTMLCanvasElement>);
          if (found) onDot(found.dot);
        }}
      />
      {hover ? (
        <div
          className="timeline-tip"
          role="presentation"
          style={{ left: area.x + hover.x + 12, top: area.y + hover.y + 8 }}
        >
          {tooltip(hover.dot).map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      ) : null}
    </>
  );
}

const MemoDotsCanvas = memo(DotsCanvas);
export { MemoDotsCanvas as DotsCanvas };
