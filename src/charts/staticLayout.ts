/**
 * Where recharts puts things in the line chart, worked out without recharts: the static chart
 * (StaticChart) draws the first view with these, and the interactive one (ComparisonChart) is
 * laid out by recharts from the same margins and axis widths, so the swap moves nothing.
 * Pure: no React, no DOM.
 */
import type { Axis, ChartRow } from '../domain/comparison/types';
import type { Scale } from '../domain/view';

export const MARGIN = { top: 12, right: 16, bottom: 28, left: 4 };
/** recharts' default x axis height, and its tick length and gap to the label. */
export const X_AXIS_HEIGHT = 30;
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;
/** The x axis title sits this far below the axis band (recharts' `insideBottom` with offset -18). */
export const X_TITLE_OFFSET = 18;
/** A label needs about this much width per character at the axis' 12 px. */
const CHAR_WIDTH = 6.6;
const MIN_TICK_GAP = 8;
/** recharts' label offset: a re-entry rule's words start this far from the rule and the plot's top. */
export const LABEL_OFFSET = 5;
/** Axis tick labels and rule labels alike. */
export const CHART_TEXT = { fill: 'var(--muted)', fontSize: 12 };

/** A re-entry rule past the middle puts its words on its left (recharts' insideTopRight), else on its right. */
export function labelOnLeft(index: number, count: number): boolean {
  return index > count / 2;
}

/** A hollow marker flags a figure with a caveat (a short week, a re-entry). */
export function isHollow(row: ChartRow | undefined, titleId: string): boolean {
  return (row?.points[titleId]?.notes.length ?? 0) > 0;
}

export function yAxisWidth(isRank: boolean): number {
  return isRank ? 40 : 52;
}

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The plot area inside a chart of `width` × `height`. */
export function plotBox(width: number, height: number, isRank: boolean): PlotBox {
  const left = MARGIN.left + yAxisWidth(isRank);
  const top = MARGIN.top;
  return {
    left,
    top,
    width: Math.max(0, width - left - MARGIN.right),
    height: Math.max(0, height - top - MARGIN.bottom - X_AXIS_HEIGHT),
  };
}

/** The x of the row at `index` of `count`: a point scale, one row alone in the middle. */
export function xOf(index: number, count: number, box: PlotBox): number {
  if (count <= 1) return box.left + box.width / 2;
  return box.left + (index * box.width) / (count - 1);
}

/**
 * The y of a value on the axis: linear or log between the axis' domain ends, upside down when
 * the axis is reversed (Rank: #1 at the top). Null for what the scale cannot place (≤ 0 on log).
 */
export function yScale(axis: Axis & { reversed: boolean }, scale: Scale, box: PlotBox): (value: number) => number | null {
  const ticks = axis.ticks.map(Number);
  const [d0, d1] = axis.domain ?? [Math.min(...ticks), Math.max(...ticks)];
  const log = scale === 'log';
  const f = (v: number) => (log ? Math.log10(v) : v);
  const lo = f(d0);
  const span = f(d1) - lo;
  const bottom = box.top + box.height;
  return (value) => {
    if (log && !(value > 0)) return null;
    const t = span === 0 ? 0.5 : (f(value) - lo) / span;
    return axis.reversed ? box.top + t * box.height : bottom - t * box.height;
  };
}

export interface XTick {
  x: number;
  label: string;
}

/**
 * The x ticks that get a label, chosen as recharts' `interval="preserveStartEnd"` chooses them
 * (its getTicksStart): the last first, then from the first on, each label kept only when it
 * clears the one before by `minTickGap` and stays clear of the last. An end label that would
 * overflow the frame is reckoned moved inwards (recharts still draws it at its tick). `width` sizes a
 * label as recharts does (12 px text in the page's font).
 */
export function xTicks(axis: Axis, rows: readonly ChartRow[], box: PlotBox, width: (label: string) => number): XTick[] {
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const all = axis.ticks.flatMap((t, i) => {
    const at = index.get(t);
    return at === undefined ? [] : [{ x: xOf(at, rows.length, box), label: axis.labels[i] ?? String(t) }];
  });
  let start = box.left;
  let end = box.left + box.width;
  const visible = (at: number, size: number) => at - size / 2 >= start && at + size / 2 <= end;
  const tail = all.at(-1);
  let kept: XTick | null = null;
  if (tail) {
    const size = width(tail.label);
    const overflow = tail.x + size / 2 - end;
    const labelX = overflow > 0 ? tail.x - overflow : tail.x;
    if (visible(labelX, size)) {
      kept = tail;
      end = labelX - (size / 2 + MIN_TICK_GAP);
    }
  }
  const out: XTick[] = [];
  all.slice(0, -1).forEach((tick, i) => {
    const size = width(tick.label);
    const underflow = tick.x - size / 2 - start;
    const labelX = i === 0 && underflow < 0 ? tick.x - underflow : tick.x;
    if (!visible(labelX, size)) return;
    out.push(tick);
    start = labelX + size / 2 + MIN_TICK_GAP;
  });
  if (kept) out.push(kept);
  return out;
}

/** A label's width without the page's fonts (jsdom): about 6.6 px a character at 12 px. */
export const estimateWidth = (label: string): number => label.length * CHAR_WIDTH;

/** The SVG path of one unbroken run: straight lines between its points, as recharts' `linear`. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
}

const round = (n: number) => Math.round(n * 100) / 100;
