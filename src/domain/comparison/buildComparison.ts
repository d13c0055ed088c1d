import { VIEWS_SINCE } from '../catalog/views';
import { formatDate, formatList, formatWeekSpan } from '../format';
import type { Dataset } from '../types';
import { applicableScale } from '../viewRules';
import { type Align, type WeekRange } from '../view';
import { applyCaveats } from './caveats';
import { logRefusalFor } from './scale';
import { yAxisOf, xAxisOf } from './axes';
import { listName, shortNames } from './names';
import { firstWeekOf, inRange, longestRun, placeWeeks, selectedTitles, weekNumberOf } from './place';
import { buildChartRows, buildSegments, reentryMarkers } from './rows';
import { buildTable } from './table';
import { chartHeading } from './heading';
import { chartSummary, dekFor, documentTitle, totalsSentence } from './text';
import { buildTotals } from './totals';
import type { Comparison, ComparisonSeries, ComparisonView, EmptyRange } from './types';

const ALIGN_WORDS: Record<Align, string> = { top10: 'in the Top 10', premiere: 'since premiere', calendar: 'in the Top 10' };

function emptyRange(series: readonly ComparisonSeries[], align: Align, weeks: WeekRange, weekMax: number): EmptyRange | null {
  if (series.length === 0 || series.some((s) => s.points.length > 0)) return null;
  const first = Math.min(...series.map((s) => firstWeekOf(s.title, align)));
  const suggestion: WeekRange = [first, Math.max(first, weekMax)];
  const names = formatList(series.map((s) => s.name));
  const verb = series.length > 1 ? 'None of them was' : 'It was not';
  return {
    message: `${names}: nothing to draw in ${formatWeekSpan(weeks)} ${ALIGN_WORDS[align]}. ${verb} on the list in those weeks.`,
    suggestion,
    suggestionLabel: `Show ${formatWeekSpan(suggestion)}`,
  };
}

/**
 * Under Views, weeks on the list before 2023-06-18 have no figure: when none in range has one,
 * the chart says so rather than draw blank axes, and offers the weeks that do have views.
 */
function noViewsToDraw(series: readonly ComparisonSeries[], align: Align, weeks: WeekRange): EmptyRange | null {
  if (series.length === 0 || series.some((s) => s.points.some((p) => p.week.views !== null))) return null;
  const withViews = series.flatMap((s) =>
    [...s.points, ...s.outside].filter((p) => p.week.views !== null).map((p) => weekNumberOf(p, align)),
  );
  const suggestion: WeekRange | null = withViews.length > 0 ? [Math.min(...withViews), Math.max(...withViews)] : null;
  return {
    message: `${formatList(series.map((s) => s.name))}: no views to draw in ${formatWeekSpan(weeks)} ${ALIGN_WORDS[align]}. Netflix published none before the week ending ${formatDate(VIEWS_SINCE)}.`,
    suggestion,
    suggestionLabel: suggestion ? `Show ${formatWeekSpan(suggestion)}, the weeks with views` : '',
  };
}

/** Everything the reader sees for one view, worked out in one place from the data and the view. */
export function buildComparison(dataset: Dataset, view: ComparisonView): Comparison {
  const { metric, align, weeks, chart } = view;
  const titles = selectedTitles(dataset, view.titles);
  const short = shortNames(titles);
  const series: ComparisonSeries[] = titles.map((title) => {
    const placed = placeWeeks(title);
    return {
      id: title.id,
      name: title.name,
      shortName: short.get(title.id) ?? title.name,
      category: title.category,
      title,
      points: placed.filter((p) => inRange(p, align, weeks)),
      outside: placed.filter((p) => !inRange(p, align, weeks)),
    };
  });
  const { caveats, columnMarks } = applyCaveats(series, { metric, align, fileLastWeek: dataset.source.lastWeek });
  const segments = buildSegments(series);
  const rows = buildChartRows(series, segments, metric, align, weeks);
  const totals = buildTotals(series, metric, align, weeks);
  const logRefusal = logRefusalFor(metric, chart);
  const scale = applicableScale(metric, chart, view.scale);
  const rankTitle = `Rank in ${listName(series.map((s) => s.category))}`;
  const weekMax = longestRun(titles, view.titles, align);
  const heading = chartHeading(metric, align, weeks);
  return {
    view,
    scale,
    logRefusal,
    series,
    segments,
    rows,
    xAxis: xAxisOf(rows, align),
    yAxis: yAxisOf(rows, metric, scale, rankTitle),
    markers: reentryMarkers(series, align, rows.length),
    caveats,
    totals,
    table: buildTable({ heading, series, rows, totals, caveats, columnMarks, metric, align, weeks }),
    empty: emptyRange(series, align, weeks, weekMax) ?? (metric === 'views' ? noViewsToDraw(series, align, weeks) : null),
    weekMax,
    heading,
    dek: dekFor(metric, align),
    summary: chartSummary(metric, align, weeks, series, totals),
    totalsSentence: totalsSentence(metric, align, weeks),
    documentTitle: documentTitle(
      series.map((s) => s.shortName),
      metric,
      align,
      weeks,
    ),
  };
}
