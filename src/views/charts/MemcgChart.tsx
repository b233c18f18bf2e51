/** A memory cgroup's counters against their limits as SVG bars (a full bar is red): memory, memory+swap, swap, kmem. */
import { ChartFigure } from './svg/ChartFigure';

export interface CounterBar {
  /** The kernel's counter name. */
  name: string;
  /** usage / limit, 0..1 (capped). */
  ratio: number;
  /** The percentage as shown. */
  pct: string;
}

const ROW = 26;
const LABEL_W = 110;
const PCT_W = 56;

export function MemcgChart({ bars, label, title }: { bars: CounterBar[]; label: string; title: string }) {
  return (
    <ChartFigure label={label} title={title} height={ROW * bars.length + 4} className="memcg-chart">
      {(width) => {
        const track = Math.max(10, width - LABEL_W - PCT_W);
        return bars.map((b, i) => (
          <g key={b.name} data-counter={b.name}>
            <text x={LABEL_W - 6} y={i * ROW + 17} className="axis-label category" textAnchor="end">
              {b.name}
            </text>
            <rect className="track" x={LABEL_W} y={i * ROW + 5} width={track} height={16} />
            <rect
              className={b.ratio >= 0.98 ? 'bar bar-bad' : 'bar bar-accent'}
              data-value={b.ratio}
              x={LABEL_W}
              y={i * ROW + 5}
              width={Math.max(1, track * b.ratio)}
              height={16}
            >
              <title>{`${b.name}: ${b.pct}`}</title>
            </rect>
            <text x={LABEL_W + track + 6} y={i * ROW + 17} className="axis-label">
              {b.pct}
            </text>
          </g>
        ));
      }}
    </ChartFigure>
  );
}
