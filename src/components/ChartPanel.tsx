import { lazy, Suspense, useMemo } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import { chartHeading, chartSummary } from '../domain/summary';
import type { Dataset } from '../domain/types';
import { effectiveScale } from '../domain/viewRules';
import { useAlign, useChartKind, useMetric, useScale, useViewMode, useWeeks } from '../state/hooks';
import { useChartRows, useSeries, useTotals } from '../state/useComparison';
import { Caveats } from './Caveats';
import { Legend } from './Legend';
import { SourceLine } from './SourceLine';
import { ViewSwitch } from './ViewSwitch';
import { useIsClient } from './useIsClient';

// The chart (recharts) and the table load after the first paint: the page's text comes first.
const ComparisonChart = lazy(() => import('../charts/ComparisonChart'));
const DataTable = lazy(() => import('./DataTable'));

export function ChartPanel({ dataset, series }: { dataset: Dataset; series: readonly ChartSeries[] }) {
  const metric = useMetric();
  const align = useAlign();
  const weeks = useWeeks();
  const view = useViewMode();
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
      <Caveats series={titleSeries} />
      {view === 'table' ? (
        <Suspense fallback={<div className="figure__placeholder">Loading table…</div>}>
          <DataTable dataset={dataset} series={series} />
        </Suspense>
      ) : (
        <figure className="figure__chart" aria-describedby="chart-summary">
          {live ? (
            <Suspense fallback={<div className="figure__placeholder" />}>
              <ChartBody dataset={dataset} series={series} />
            </Suspense>
          ) : (
            <div className="figure__placeholder" />
          )}
          <figcaption id="chart-summary" className="figure__summary">
            {summary} <span className="visually-hidden">The same figures are in the table view.</span>
          </figcaption>
        </figure>
      )}
      <SourceLine source={dataset.source} />
    </section>
  );
}

function ChartBody({ dataset, series }: { dataset: Dataset; series: readonly ChartSeries[] }) {
  const rows = useChartRows(dataset);
  const metric = useMetric();
  const align = useAlign();
  const kind = useChartKind();
  const scale = useScale();
  return (
    <div className="figure__canvas">
      <ComparisonChart rows={rows} series={series} metric={metric} align={align} kind={kind} scale={effectiveScale(metric, scale)} />
    </div>
  );
}
