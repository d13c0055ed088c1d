import { chartSvgIn } from './bundle';
import { inlineComputedStyles } from './inlineStyles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
const TITLE_SIZE = 18;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
const LINE = 1.35;

export interface ImageText {
  title: string;
  notes: readonly string[];
  source: string;
  link: string;
}

type Measure = (text: string, size: number, weight?: number) => number;

function measurer(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight = 400) => {
    // Without a 2D context (old browsers), an average glyph is about 0.55 em wide.
    if (!ctx) return text.length * size * 0.55;
    ctx.font = `${weight} ${size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

/** Greedy word wrap to the image's width: text stays text, so it must be laid out by hand. */
export function wrap(text: string, width: number, size: number, measure: Measure, weight?: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone svg of the chart as it looks on screen: title, legend, the chart with its axis
 * titles and caveat marks, the notes, the source and the link. Colours are the computed ones
 * (right in either theme); text stays text in the page's own font stack, editable elsewhere.
 */
export function composeChartSvg(figure: Element, text: ImageText): SVGSVGElement {
  const chart = chartSvgIn(figure);
  if (!chart) throw new Error('There is no chart on screen to export; switch from the table to the chart.');
  const page = window.getComputedStyle(figure);
  const font = page.fontFamily;
  const ink = page.color;
  const muted = window.getComputedStyle(figure.querySelector('.source') ?? figure).color;
  const background =
    page.backgroundColor === 'rgba(0, 0, 0, 0)' ? window.getComputedStyle(document.body).backgroundColor : page.backgroundColor;
  const measure = measurer(font);

  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width) || Number(chart.getAttribute('width')) || 800;
  const chartHeight = Math.round(box.height) || Number(chart.getAttribute('height')) || 400;
  const width = Math.max(chartWidth + PAD * 2, 480);
  const inner = width - PAD * 2;

  const root = el('svg', { xmlns: SVG_NS, 'font-family': font, 'font-size': TEXT_SIZE });
  root.append(el('title', {}, text.title));
  const bg = el('rect', { x: 0, y: 0, width, fill: background });
  root.append(bg);

  let y = PAD;
  const textLines = (lines: string[], size: number, fill: string, weight = 400) => {
    for (const line of lines) {
      y += size * LINE;
      root.append(el('text', { x: PAD, y: y - size * 0.3, 'font-size': size, 'font-weight': weight, fill }, line));
    }
  };
  textLines(wrap(text.title, inner, TITLE_SIZE, measure, 700), TITLE_SIZE, ink, 700);
  y += 8;

  // Legend: the on-screen swatches (dash and marker shape, not colour alone) and names, flowed.
  let x = PAD;
  const rowHeight = TEXT_SIZE * LINE + 6;
  y += 2;
  for (const item of Array.from(figure.querySelectorAll('.legend__item'))) {
    const swatch = item.querySelector('svg');
    const name = item.textContent.trim();
    const itemWidth = 28 + 6 + measure(name, TEXT_SIZE, 600) + 18;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    if (swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      inlineComputedStyles(swatch, copy);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y + 1));
      root.append(copy);
    }
    root.append(el('text', { x: x + 34, y: y + TEXT_SIZE, 'font-weight': 600, fill: ink }, name));
    x += itemWidth;
  }
  y += rowHeight + 6;

  const plot = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, plot);
  plot.setAttribute('x', String(PAD));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(chartWidth));
  plot.setAttribute('height', String(chartHeight));
  plot.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  plot.setAttribute('overflow', 'visible');
  root.append(plot);
  y += chartHeight + 10;

  for (const note of text.notes) textLines(wrap(`* ${note}`, inner, SMALL_SIZE, measure), SMALL_SIZE, ink);
  if (text.notes.length > 0) y += 6;
  textLines(wrap(text.source, inner, SMALL_SIZE, measure), SMALL_SIZE, muted);
  textLines(wrap(text.link, inner, SMALL_SIZE, measure), SMALL_SIZE, muted);
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  bg.setAttribute('height', String(height));
  return root;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
