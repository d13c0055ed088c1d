import {
  ALIGNS,
  CHARTS,
  DEFAULT_TITLES,
  DEFAULT_VIEW,
  MAX_TITLES,
  METRICS,
  SCALES,
  THEMES,
  VIEWS,
  type Catalog,
  type ViewState,
} from '../view';
import { capIssues, urlIssue, type UrlIssue } from './issues';
import { defaultTitles, defaultWeeks, logScaleRefusal } from '../viewRules';
import {
  formatTitles,
  formatWeeks,
  isUrlKey,
  NO_KNOWN_TITLE,
  OUTSIDE_WEEKS,
  UNKNOWN_TITLE,
  parseAlign,
  parseChart,
  parseEmbed,
  parseMetric,
  parseScale,
  parseTheme,
  parseTitles,
  parseViewMode,
  parseWeeks,
  type KeyParse,
  type UrlKey,
} from './keys';
import { migrate, type UrlMigration } from './migrations';
import { MAX_SEARCH_LENGTH, readParams } from './params';

export type { UrlIssue } from './issues';
export type { UrlMigration } from './migrations';

export interface DecodedView {
  view: ViewState;
  issues: UrlIssue[];
}

export interface DecodeOptions {
  /** Replaces MIGRATIONS; for tests of the migration mechanism. */
  migrations?: readonly UrlMigration[];
}

/** Reads a query string (with or without `?`) into a valid view. Never throws. */
export function decodeView(search: string, catalog: Catalog, options: DecodeOptions = {}): DecodedView {
  const issues: UrlIssue[] = [];
  const { params, truncated } = readParams(search);
  if (truncated) {
    issues.push(urlIssue(null, null, `the address is longer than ${MAX_SEARCH_LENGTH} characters; the rest was ignored`));
  }

  const given = new Map<UrlKey, string>();
  for (const { key, value } of migrate(params, options.migrations)) {
    if (!isUrlKey(key)) issues.push(urlIssue(key, null, 'is not a known key; ignored'));
    else if (given.has(key)) issues.push(urlIssue(key, value, 'was given again; only the first value counts'));
    else given.set(key, value);
  }

  function take<T>(key: UrlKey, result: KeyParse<T>, fallback: T): T {
    if (result.kind === 'missing') return fallback;
    if (result.kind === 'invalid') {
      issues.push(urlIssue(key, result.raw, result.reason));
      return fallback;
    }
    for (const note of result.notes ?? []) issues.push(urlIssue(key, note.raw, note.reason));
    return result.value;
  }

  // The week bounds depend on the alignment, so it is read first; its issue still lists in key order.
  const alignResult = parseAlign(given.get('align'));
  const align = alignResult.kind === 'valid' ? alignResult.value : DEFAULT_VIEW.align;
  const maxWeek = catalog.maxWeek[align];

  const titles = take('titles', parseTitles(given.get('titles'), new Set(catalog.titleIds)), defaultTitles(catalog));
  const weeks = take('weeks', parseWeeks(given.get('weeks'), maxWeek), defaultWeeks(maxWeek));
  const metric = take('metric', parseMetric(given.get('metric')), DEFAULT_VIEW.metric);
  take('align', alignResult, DEFAULT_VIEW.align);
  const chart = take('chart', parseChart(given.get('chart')), DEFAULT_VIEW.chart);
  let scale = take('scale', parseScale(given.get('scale')), DEFAULT_VIEW.scale);
  // A scale that does not apply is refused, as the controls refuse it: linear, and said.
  const refusal = scale === 'log' ? logScaleRefusal(metric, chart) : null;
  if (refusal !== null) {
    issues.push(urlIssue('scale', scale, `does not apply: ${refusal}; using linear`));
    scale = 'linear';
  }
  const view: ViewState = {
    titles,
    weeks,
    metric,
    align,
    chart,
    scale,
    view: take('view', parseViewMode(given.get('view')), DEFAULT_VIEW.view),
    theme: take<ViewState['theme']>('theme', parseTheme(given.get('theme')), null),
  };
  // Set only when asked for, so a full-app view keeps the shape it always had.
  if (take('embed', parseEmbed(given.get('embed')), false)) view.embed = true;
  return { view, issues: capIssues(issues) };
}

const ENUM_KEYS = ['metric', 'align', 'chart', 'scale', 'view'] as const;

/** `''` for the default view, else `?key=value&...` with only non-default keys, in URL_KEYS order. */
export function encodeView(view: ViewState): string {
  const pairs: string[] = [];
  if (!sameIds(view.titles, DEFAULT_TITLES)) pairs.push(`titles=${formatTitles(view.titles)}`);
  if (view.weeks[0] !== DEFAULT_VIEW.weeks[0] || view.weeks[1] !== DEFAULT_VIEW.weeks[1]) {
    pairs.push(`weeks=${formatWeeks(view.weeks)}`);
  }
  for (const key of ENUM_KEYS) {
    if (view[key] !== DEFAULT_VIEW[key]) pairs.push(`${key}=${encodeURIComponent(view[key])}`);
  }
  if (view.theme !== null) pairs.push(`theme=${encodeURIComponent(view.theme)}`);
  if (view.embed === true) pairs.push('embed=1');
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/**
 * True when the link names a title or a week this data lacks, so a bigger dataset (the catalog,
 * a reader's newer file) may hold them: the link waits for it rather than losing them.
 */
export function linkNeedsMore(search: string, catalog: Catalog): boolean {
  return decodeView(search, catalog).issues.some(biggerDataMayResolve);
}

/** An issue that more titles or weeks than the catalog's could remove: a title it lacks, weeks past its limit. */
export function biggerDataMayResolve(i: UrlIssue): boolean {
  return (
    (i.key === 'titles' && (i.reason === UNKNOWN_TITLE || i.reason === NO_KNOWN_TITLE)) ||
    (i.key === 'weeks' && i.reason.startsWith(OUTSIDE_WEEKS))
  );
}

/** The address a link should be rewritten to once read: equal views, equal strings. */
export function canonicalSearch(search: string, catalog: Catalog): string {
  return encodeView(decodeView(search, catalog).view);
}

/** What decodeView promises about its result; encodeView round-trips exactly these. */
export function isValidView(view: ViewState, catalog: Catalog): boolean {
  const known = new Set(catalog.titleIds);
  const [from, to] = view.weeks;
  const oneOf = (values: readonly string[], value: string) => values.includes(value);
  return (
    view.titles.length > 0 &&
    view.titles.length <= MAX_TITLES &&
    new Set(view.titles).size === view.titles.length &&
    view.titles.every((id) => known.has(id)) &&
    oneOf(ALIGNS, view.align) &&
    Number.isInteger(from) &&
    Number.isInteger(to) &&
    from >= 1 &&
    from <= to &&
    to <= catalog.maxWeek[view.align] &&
    oneOf(METRICS, view.metric) &&
    oneOf(CHARTS, view.chart) &&
    oneOf(SCALES, view.scale) &&
    (view.scale === 'linear' || logScaleRefusal(view.metric, view.chart) === null) &&
    oneOf(VIEWS, view.view) &&
    (view.theme === null || oneOf(THEMES, view.theme)) &&
    (view.embed === undefined || typeof view.embed === 'boolean')
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
