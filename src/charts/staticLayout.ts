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
 * The x ticks that get a label: each tick at its row, and, as recharts' `preserveStartEnd` does,
 * the first and last always, the rest dropped where a label would crowd the one before it.
 */
export function xTicks(axis: Axis, rows: readonly ChartRow[], box: PlotBox): XTick[] {
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const all = axis.ticks.flatMap((t, i) => {
    const at = index.get(t);
    return at === undefined ? [] : [{ x: xOf(at, rows.length, box), label: axis.labels[i] ?? String(t) }];
  });
  if (all.length <= 2) return all;
  const width = (t: XTick) => t.label.length * CHAR_WIDTH;
  const last = all.at(-1)!;
  const kept = [all[0]!];
  for (const tick of all.slice(1, -1)) {
    const prev = kept.at(-1)!;
    const clearsPrev = tick.x - width(tick) / 2 >= prev.x + width(prev) / 2 + MIN_TICK_GAP;
    const clearsLast = tick.x + width(tick) / 2 + MIN_TICK_GAP <= last.x - width(last) / 2;
    if (clearsPrev && clearsLast) kept.push(tick);
  }
  kept.push(last);
  return kept;
}

/** The SVG path of one unbroken run: straight lines between its points, as recharts' `linear`. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
}

const round = (n: number) => Math.round(n * 100) / 100;
