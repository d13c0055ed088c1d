import { useDeferredValue, useMemo } from 'react';
import { buildComparison } from '../domain/comparison/buildComparison';
import type { Comparison, ComparisonView } from '../domain/comparison/types';
import type { Dataset } from '../domain/types';
import { useAlign, useChartKind, useMetric, useScale, useTitles, useViewMode, useWeeks } from './hooks';

/** The view as the store holds it now: a new object only when a field changes. */
export function useComparisonView(): ComparisonView {
  const titles = useTitles();
  const weeks = useWeeks();
  const metric = useMetric();
  const align = useAlign();
  const chart = useChartKind();
  const scale = useScale();
  const view = useViewMode();
  return useMemo(() => ({ titles, weeks, metric, align, chart, scale, view }), [titles, weeks, metric, align, chart, scale, view]);
}

export interface ComparisonState {
  comparison: Comparison;
  /** True while the panels still show the previous view and React works on the new one. */
  stale: boolean;
}

/**
 * Everything the reader sees, computed once per view. The panels follow a deferred copy of
 * the view, so a control paints its new state in the next frame and the chart catches up.
 */
export function useComparison(dataset: Dataset): ComparisonState {
  const current = useComparisonView();
  const deferred = useDeferredValue(current);
  const comparison = useMemo(() => buildComparison(dataset, deferred), [dataset, deferred]);
  return { comparison, stale: deferred !== current };
}
