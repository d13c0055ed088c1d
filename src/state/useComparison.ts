import { useMemo } from 'react';
import { buildChartRows } from '../domain/chartRows';
import { buildAllSeries, type TitleSeries } from '../domain/series';
import { buildTotals } from '../domain/totals';
import type { Dataset } from '../domain/types';
import type { Align, WeekRange } from '../domain/view';
import { useAlign, useMetric, useTitles, useWeeks } from './hooks';

interface SeriesKey {
  dataset: Dataset;
  titles: readonly string[];
  weeks: WeekRange;
  align: Align;
}

// The chart, the table, the caveats and the totals all read the same series: build it once per
// change, not once per component. Store values are replaced, never mutated, so identity is enough.
let last: { key: SeriesKey; value: TitleSeries[] } | null = null;

function seriesFor(key: SeriesKey): TitleSeries[] {
  if (last && last.key.dataset === key.dataset && last.key.titles === key.titles && last.key.weeks === key.weeks && last.key.align === key.align) {
    return last.value;
  }
  const value = buildAllSeries(key.dataset, key);
  last = { key, value };
  return value;
}

/** Series for the selected titles and weeks: derived during render, never stored. */
export function useSeries(dataset: Dataset): TitleSeries[] {
  const titles = useTitles();
  const weeks = useWeeks();
  const align = useAlign();
  return seriesFor({ dataset, titles, weeks, align });
}

export function useTotals(dataset: Dataset) {
  const series = useSeries(dataset);
  const align = useAlign();
  const weeks = useWeeks();
  return useMemo(() => buildTotals(series, align, weeks), [series, align, weeks]);
}

export function useChartRows(dataset: Dataset) {
  const series = useSeries(dataset);
  const metric = useMetric();
  const align = useAlign();
  const weeks = useWeeks();
  return useMemo(() => buildChartRows(series, metric, align, weeks), [series, metric, align, weeks]);
}
