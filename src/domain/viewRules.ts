import {
  DEFAULT_TITLES,
  DEFAULT_VIEW,
  MAX_TITLES,
  type Catalog,
  type ChartKind,
  type Metric,
  type Scale,
  type ViewState,
  type WeekRange,
} from './view';

/** The highest week a range may reach: a catalog from an empty or odd file still allows week 1. */
export function weekLimit(maxWeek: number): number {
  return Number.isFinite(maxWeek) && maxWeek >= 1 ? Math.floor(maxWeek) : 1;
}

/** Clamp a range into 1..max, keeping from <= to. */
export function clampRange([from, to]: WeekRange, max: number): WeekRange {
  const hi = weekLimit(max);
  const a = Math.min(Math.max(1, Math.round(from)), hi);
  const b = Math.min(Math.max(a, Math.round(to)), hi);
  return [a, b];
}

/**
 * Why a log axis cannot draw this view, or null when it can: a bar on a log axis has no true
 * length, and ranks 1..10 have no log scale. One rule for the link, the store and the controls.
 */
export function logScaleRefusal(metric: Metric, chart: ChartKind): string | null {
  if (metric === 'rank') return 'Rank has no log scale';
  if (chart === 'bar') return 'a bar on a log axis has no true length';
  return null;
}

/** The scale this view may use: log only where it applies, else linear. */
export function applicableScale(metric: Metric, chart: ChartKind, scale: Scale): Scale {
  return logScaleRefusal(metric, chart) === null ? scale : 'linear';
}

/** Add or remove a title; the last selected one stays. New titles join the legend's end. */
export function toggleTitle(titles: readonly string[], id: string): readonly string[] {
  if (!titles.includes(id)) return titles.length < MAX_TITLES ? [...titles, id] : titles;
  return titles.length > 1 ? titles.filter((t) => t !== id) : titles;
}

/** The default titles the catalog holds; failing that its first three, so the chart is never empty. */
export function defaultTitles(catalog: Catalog): readonly string[] {
  if (catalog.titleIds.length === 0) return DEFAULT_TITLES;
  const known = new Set(catalog.titleIds);
  const present = DEFAULT_TITLES.filter((id) => known.has(id));
  return present.length > 0 ? present : catalog.titleIds.slice(0, 3);
}

/** The default range, cut to what the data holds. */
export function defaultWeeks(maxWeek: number): WeekRange {
  return clampRange(DEFAULT_VIEW.weeks, maxWeek);
}

/** The default view, trimmed to what this catalog holds: what Reset shows and a bare link opens. */
export function defaultViewFor(catalog: Catalog): ViewState {
  return { ...DEFAULT_VIEW, titles: defaultTitles(catalog), weeks: defaultWeeks(catalog.maxWeek[DEFAULT_VIEW.align]) };
}
