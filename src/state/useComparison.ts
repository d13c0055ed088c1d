import { useMemo } from 'react';
import { buildChartRows } from '../domain/chartRows';
import { buildAllSeries } from '../domain/series';
import { buildTotals } from '../domain/totals';
import type { Dataset } from '../domain/types';
import { useAlign, useMetric, useTitles, useWeeks } from './hooks';

/** Series for the selected titles and weeks: derived during render, never stored. */
export function useSeries(dataset: Dataset) {
  const titles = useTitles();
  const weeks = useWeeks();
  const align = useAlign();
  return useMemo(() => buildAllSeries(dataset, { titles, weeks, align }), [dataset, titles, weeks, align]);
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
