import { formatCompact, formatMonthYear } from '../format';
import type { Align, Metric, Scale } from '../view';
import type { Axis, ChartRow } from './types';

const RANK_TICKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const NICE = [1, 2, 2.5, 5, 10];
const WEEK_STEPS = [1, 2, 4, 13, 26, 52];
const MAX_WEEK_TICKS = 10;

const Y_TITLES: Record<Exclude<Metric, 'rank'>, string> = {
  hours: 'Hours viewed',
  views: 'Views',
  cumulative: 'Cumulative hours viewed',
};

const X_TITLES: Record<Align, string> = {
  top10: 'Week in the Top 10',
  premiere: 'Week since premiere',
  calendar: 'Week ending',
};

/** A step of 1, 2, 2.5 or 5 × 10ⁿ giving at most about six ticks from 0 to max. */
export function niceStep(max: number, target = 5): number {
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return NICE.map((m) => m * mag).find((step) => step >= raw) ?? 10 * mag;
}

export function linearTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const step = niceStep(max);
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** 1, 2, 5 × 10ⁿ around the values; powers of ten only when that would crowd the axis. */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const all: number[] = [];
  for (let e = lo; e <= hi; e++) for (const m of [1, 2, 5]) all.push(m * 10 ** e);
  const first = all.findLastIndex((t) => t <= min);
  const last = all.findIndex((t) => t >= max);
  const span = all.slice(Math.max(0, first), last + 1);
  if (span.length <= 7) return span;
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

export function yAxisOf(rows: readonly ChartRow[], metric: Metric, scale: Scale, rankTitle: string): Axis & { reversed: boolean } {
  if (metric === 'rank') {
    return { title: rankTitle, ticks: RANK_TICKS, labels: RANK_TICKS.map((t) => `#${t}`), domain: [0.5, 10.5], reversed: true };
  }
  const values = rows.flatMap((r) => Object.values(r.values).filter((v): v is number => v !== null));
  const title = Y_TITLES[metric];
  const positive = values.filter((v) => v > 0);
  const ticks =
    scale === 'log' && positive.length > 0 ? logTicks(Math.min(...positive), Math.max(...positive)) : linearTicks(Math.max(0, ...values));
  return { title, ticks, labels: ticks.map(formatCompact), domain: [ticks[0]!, ticks.at(-1)!], reversed: false };
}

/** Week-number ticks on a regular step (1, 2, 4, 13, 26 or 52 weeks), counted from week 1. */
export function weekTicks(keys: readonly number[]): number[] {
  if (keys.length === 0) return [];
  const step = WEEK_STEPS.find((s) => keys.filter((k) => (k - 1) % s === 0).length <= MAX_WEEK_TICKS) ?? 52;
  const ticks = keys.filter((k) => (k - 1) % step === 0);
  return ticks.length > 0 ? ticks : [keys[0]!];
}

/**
 * Calendar ticks: the first week of each month, or of each quarter or year when the span
 * is long, so labels never repeat ("Oct 2021, Oct 2021") however many weeks are drawn.
 */
export function calendarTicks(keys: readonly string[]): string[] {
  const step = keys.length <= 60 ? 1 : keys.length <= 160 ? 3 : 12;
  // Keys are Sundays a week apart: exactly one per month falls on day 1-7.
  return keys.filter((key) => Number(key.slice(8, 10)) <= 7 && (Number(key.slice(5, 7)) - 1) % step === 0);
}

export function xAxisOf(rows: readonly ChartRow[], align: Align): Axis {
  if (align === 'calendar') {
    const ticks = calendarTicks(rows.map((r) => String(r.key)));
    return { title: X_TITLES.calendar, ticks, labels: ticks.map(formatMonthYear), domain: null };
  }
  const ticks = weekTicks(rows.map((r) => Number(r.key)));
  return { title: X_TITLES[align], ticks, labels: ticks.map(String), domain: null };
}
