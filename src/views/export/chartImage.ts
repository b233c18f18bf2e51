/**
 * Charts as files: the SVGs of a panel's charts stacked into one standalone SVG (colours and fonts resolved
 * from the page's CSS, a title above each chart), and that SVG drawn onto a canvas for a PNG. Nothing is
 * fetched: the SVG is self-contained and the image is read from a blob: URL the page made itself.
 */

/** Presentation properties an SVG drawn outside the page must carry itself (the page sets them through CSS). */
const STYLED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'font-size',
  'font-weight',
  'font-family',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const TITLE = 20;

/** A copy of `svg` whose every element carries its computed colours and font as attributes. */
function resolvedCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const prop of STYLED) {
      const value = style.getPropertyValue(prop);
      if (value) to[i].setAttribute(prop, value);
    }
    to[i].removeAttribute('class');
    to[i].removeAttribute('style');
  });
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('focusable');
  return copy;
}

function text(x: number, y: number, value: string, size: number, weight: string, fill: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', weight);
  t.setAttribute('fill', fill);
  t.textContent = value;
  return t;
}

export interface StackedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * One SVG from the charts (`.chart` elements, each holding an `<svg>`) inside `panel`: `heading` on top, each
 * chart below its `data-chart-title`, on the panel's background colour.
 */
export function stackCharts(panel: HTMLElement, heading: string): StackedSvg {
  const charts = [...panel.querySelectorAll<HTMLElement>('.chart')].filter((c) => c.querySelector('svg'));
  const style = getComputedStyle(panel);
  const fg = style.color || '#000';
  const bg = style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#fff';
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', style.fontFamily || 'sans-serif');
  let y = PAD + TITLE;
  let width = 0;
  const body: Element[] = [text(PAD, PAD + 14, heading, 16, '700', fg)];
  for (const chart of charts) {
    const svg = chart.querySelector('svg')!;
    const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const h = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    const title = chart.dataset.chartTitle;
    if (title) {
      y += 6;
      body.push(text(PAD, y + 12, title, 13, '600', fg));
      y += TITLE;
    }
    const copy = resolvedCopy(svg);
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    copy.setAttribute('overflow', 'visible');
    body.push(copy);
    y += h + 6;
    width = Math.max(width, w);
  }
  width = Math.ceil(width + 2 * PAD);
  const height = Math.ceil(y + PAD);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', bg);
  root.append(background, ...body);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The stacked SVG drawn at `scale` × its size as a PNG. */
export async function svgToPng({ svg, width, height }: StackedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
