/** "SVG" and "PNG" buttons in a chart panel's head: the panel's charts as one picture (chartImage.ts). */
import type { RefObject } from 'react';
import { useT } from '../common/useT';
import { downloadBlob, downloadText } from './download';
import { useExportFileName } from './exportName';
import { stackCharts, svgToPng } from './chartImage';

export function ChartExport({
  panel,
  heading,
  what,
}: {
  panel: RefObject<HTMLElement | null>;
  /** The panel's heading, written above the charts in the picture. */
  heading: string;
  /** The file name part: "zones", "buddy", "memory", "memcg". */
  what: string;
}) {
  const t = useT();
  const name = useExportFileName();
  const svg = () => (panel.current ? stackCharts(panel.current, heading) : null);
  return (
    <div className="segmented chart-export" role="group" aria-label={t('exports.chartGroup', { chart: heading })}>
      <button
        type="button"
        data-testid="export-svg"
        title={t('exports.svgTitle')}
        onClick={() => {
          const made = svg();
          if (made) downloadText(made.svg, name(what, 'svg'), 'image/svg+xml');
        }}
      >
        SVG
      </button>
      <button
        type="button"
        data-testid="export-png"
        title={t('exports.pngTitle')}
        onClick={() => {
          const made = svg();
          if (made)
            void svgToPng(made)
              .then((png) => downloadBlob(png, name(what, 'png')))
              .catch(() => {});
        }}
      >
        PNG
      </button>
    </div>
  );
}
