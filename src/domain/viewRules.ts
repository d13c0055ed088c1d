import type { Catalog, Metric, Scale, ViewState, WeekRange } from './view';

/** Clamp a range into 1..max, keeping from <= to. */
export function clampRange([from, to]: WeekRange, max: number): WeekRange {
  const hi = Math.max(1, max);
  const a = Math.min(Math.max(1, Math.round(from)), hi);
  const b = Math.min(Math.max(a, Math.round(to)), hi);
  return [a, b];
}

/** A log axis has no meaning for ranks 1..10, so Rank always draws linear. */
export function effectiveScale(metric: Metric, scale: Scale): Scale {
  return metric === 'rank' ? 'linear' : scale;
}

/** Add or remove a title; the last selected one stays. New titles join the legend's end. */
export function toggleTitle(titles: readonly string[], id: string): readonly string[] {
  if (!titles.includes(id)) return [...titles, id];
  return titles.length > 1 ? titles.filter((t) => t !== id) : titles;
}

/** The default view, trimmed to what this catalog holds. */
export function defaultViewFor(defaults: ViewState, catalog: Catalog): ViewState {
  const known = defaults.titles.filter((id) => catalog.titleIds.includes(id));
  const titles = known.length > 0 ? known : catalog.titleIds.slice(0, 3);
  return { ...defaults, titles, weeks: clampRange(defaults.weeks, catalog.maxWeek[defaults.align]) };
}
