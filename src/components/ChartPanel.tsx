import { Suspense, useMemo } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import { reentryMarkers } from '../domain/caveats';
import { chartHeading, chartSummary } from '../domain/summary';
import type { Dataset } from '../domain/types';
import { effectiveScale } from '../domain/viewRules';
import { useActions, useAlign, useChartKind, useMetric, useScale, useViewMode, useWeeks } from '../state/hooks';
import { useChartRows, useSeries, useTotals } from '../state/useComparison';
import { Caveats } from './Caveats';
import { Legend } from './Legend';
import { SourceLine } from './SourceLine';
import { ViewSwitch } from './ViewSwitch';
import { useIsClient } from './useIsClient';
import { ChartSkeleton } from './ChartSkeleton';
import { LazyBoundary } from './LazyBoundary';
import { retryableLazy } from './retryableLazy';

// The chart (recharts) and the table load after the first paint: the page's text comes first.
const ComparisonChart = retryableLazy(() => import('../charts/ComparisonChart'));
const DataTable = retryableLazy(() => import('./DataTable'));
const CHART_TITLE = 'Chart. Left and right arrow keys step through the weeks.';

export function ChartPanel({ dataset, series }: { dataset: Dataset; series: readonly ChartSeries[] }) {
  const metric = useMetric();
  const align = useAlign();
  const weeks = useWeeks();
  const view = useViewMode();
  const kind = useChartKind();
  const { viewChosen } = useActions();
  const titleSeries = useSeries(dataset);
  const totals = useTotals(dataset);
  // The prerendered page holds the chart's place; recharts loads once the page is live.
  const live = useIsClient();
  const summary = useMemo(() => chartSummary(metric, align, weeks, totals), [metric, align, weeks, totals]);
  return (
    <section className="figure" aria-labelledby="chart-heading">
      <div className="figure__head">
        <h2 id="chart-heading" className="section-title">
          {chartHeading(metric, align, weeks)}
        </h2>
        <ViewSwitch />
      </div>
      <Legend series={series} />
      <Caveats series={titleSeries} kind={kind} />
      {view === 'table' ? (
        <LazyBoundary what="table" reload={DataTable.reload}>
          <Suspense fallback={<ChartSkeleton what="table" />}>
            <DataTable dataset={dataset} series={series} />
          </Suspense>
        </LazyBoundary>
      ) : (
        <figure className="figure__chart" aria-describedby="chart-summary">
          {live ? (
            <LazyBoundary what="chart" reload={ComparisonChart.reload}>
              <Suspense fallback={<ChartSkeleton what="chart" />}>
                <ChartBody dataset={dataset} series={series} summary={summary} />
              </Suspense>
            </LazyBoundary>
          ) : (
            <ChartSkeleton what="chart" />
          )}
          <figcaption id="chart-summary" className="figure__summary">
            {summary}{' '}
            <button type="button" className="link-button" onClick={() => viewChosen('table')}>
              See every figure in a table
            </button>
          </figcaption>
        </figure>
      )}
      <SourceLine source={dataset.source} />
    </section>
  );
}

function ChartBody({ dataset, series, summary }: { dataset: Dataset; series: readonly ChartSeries[]; summary: string }) {
  const rows = useChartRows(dataset);
  const metric = useMetric();
  const align = useAlign();
  const kind = useChartKind();
  const scale = useScale();
  const titleSeries = useSeries(dataset);
  const markers = useMemo(() => reentryMarkers(titleSeries, align), [titleSeries, align]);
  return (
    <div className="figure__canvas">
      <ComparisonChart
        rows={rows}
        series={series}
        metric={metric}
        align={align}
        kind={kind}
        scale={effectiveScale(metric, scale)}
        markers={markers}
        title={CHART_TITLE}
        description={summary}
      />
    </div>
  );
}
