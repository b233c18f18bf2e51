/**
 * What RAM held, as horizontal SVG bars, one per kind, largest first. One bar per kind rather than one stacked
 * bar: some kinds nest inside others (shmem is part of anon), so a stack would count them twice.
 */
import { formatKb } from '../../present/units';
import { ChartFigure, BottomAxis } from './svg/ChartFigure';
import { scaleOf, sizeTicks, ticksThatFit } from './svg/scale';

export interface RamItem {
  id: string;
  /** The full label (the table and the text alternative keep the explanation in parentheses). */
  label: string;
  kb: number;
}

const ROW = 24;
const LABEL_W = 170;
const RIGHT = 16;

/** The label without its parenthesised explanation, cut to fit the label column. */
export function shortLabel(label: string): string {
  const short = label.replace(/\s*[(（].*[)）]\s*$/, '');
  return short.length > 26 ? `${short.slice(0, 25)}…` : short;
}

export function RamChart({
  items,
  maxKb,
  label,
  title,
}: {
  items: RamItem[];
  /** The axis' end: RAM (or the cgroup's limit) when known. */
  maxKb: number | null;
  label: string;
  title: string;
}) {
  const top = Math.max(maxKb ?? 0, ...items.map((i) => i.kb), 1);
  const height = ROW * items.length + 28;
  return (
    <ChartFigure label={label} title={title} height={height} className="ram-chart">
      {(width) => {
        // The bars get what the label column leaves: on a narrow screen, room for two or three tick labels.
        const ticks = sizeTicks(top, ticksThatFit(width - LABEL_W - RIGHT));
        const max = ticks[ticks.length - 1];
        const x = scaleOf(max, LABEL_W, width - RIGHT);
        return (
          <>
            {items.map((item, i) => (
              <g key={item.id} data-item={item.id}>
                <text x={LABEL_W - 6} y={i * ROW + 16} className="axis-label category" textAnchor="end">
                  {shortLabel(item.label)}
                </text>
                <rect
                  className="bar bar-accent"
                  data-value={item.kb}
                  x={LABEL_W}
                  y={i * ROW + 5}
                  width={Math.max(1, x(item.kb) - LABEL_W)}
                  height={14}
                >
                  <title>{`${item.label}: ${formatKb(item.kb)}`}</title>
                </rect>
              </g>
            ))}
            <BottomAxis
              ticks={ticks}
              x={x}
              y={ROW * items.length + 4}
              from={LABEL_W}
              to={width - RIGHT}
              format={(v) => formatKb(v)}
            />
          </>
        );
      }}
    </ChartFigure>
  );
}
