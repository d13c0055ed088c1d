import { memo, Suspense, useRef } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import type { Comparison } from '../domain/comparison/types';
import type { Dataset } from '../domain/types';
import { FigureDrawn } from '../state/CatalogContext';
import { useActions } from '../state/hooks';
import { useBusy } from './useBusy';
import type { StaleFlag } from '../state/useComparison';
import { Caveats } from './Caveats';
import { EmptyRangeMessage } from './EmptyRangeMessage';
import { Legend } from './Legend';
import { SourceLine } from './SourceLine';
import { ViewSwitch } from './ViewSwitch';
import { useIsClient } from './useIsClient';
import { useEngaged } from './useEngaged';
import { StaticChart } from '../charts/StaticChart';
import { ChartSkeleton } from './ChartSkeleton';
import { LazyBoundary } from './LazyBoundary';
import { retryableLazy } from './retryableLazy';

// The chart (recharts) and the table load after the first paint: the page's text comes first.
// Lines and bars are separate chunks: the first view draws lines, and bars load when picked.
const LineChartPart = retryableLazy(() => import('../charts/LineChartPart'));
const BarChartPart = retryableLazy(() => import('../charts/BarChartPart'));
const DataTable = retryableLazy(() => import('./DataTable'));

interface ChartPanelProps {
  dataset: Dataset;
  comparison: Comparison;
  series: readonly ChartSeries[];
  /** The panel still shows the previous view while the new one is worked out. */
  stale: StaleFlag;
  /** Titles can leave from the legend; an embed has no controls. */
  removable?: boolean;
}

function ChartPanelView({ dataset, comparison: c, series, stale: staleFlag, removable = true }: ChartPanelProps) {
  const panel = useRef<HTMLElement>(null);
  useBusy(panel, staleFlag);
  const { viewChosen } = useActions();
  // The prerendered page holds the chart's place; recharts loads once the page is live.
  const live = useIsClient();
  // Lines are drawn as plain SVG until the reader reaches for the page; then recharts takes over.
  const engaged = useEngaged();
  // Lines without recharts: the first view's chart, and what stays if recharts' code cannot be fetched.
  const staticChart = <StaticChart comparison={c} series={series} />;
  const focusTable = useRef(false);
  const kind = c.view.chart;
  const ChartPart = kind === 'bar' ? BarChartPart : LineChartPart;
  const openTable = () => {
    focusTable.current = true;
    viewChosen('table');
  };
  return (
    <section ref={panel} className="figure" aria-labelledby="chart-heading">
      <div className="figure__head">
        <h2 id="chart-heading" className="section-title">
          {c.heading}
        </h2>
        <ViewSwitch />
      </div>
      <Legend series={series} kind={kind} removable={removable} />
      <Caveats caveats={c.caveats} kind={kind} />
      {c.empty ? (
        <EmptyRangeMessage empty={c.empty} />
      ) : c.view.view === 'table' ? (
        <LazyBoundary what="table" reload={DataTable.reload}>
          <Suspense fallback={<ChartSkeleton what="table" />}>
            <DataTable table={c.table} focusCaptionRef={focusTable} />
            <FigureDrawn />
          </Suspense>
        </LazyBoundary>
      ) : (
        <figure className="figure__chart" aria-describedby="chart-summary">
          {live ? (
            <LazyBoundary
              key={kind}
              what="chart"
              reload={ChartPart.reload}
              stillDrawn={kind === 'bar' ? undefined : <div className="figure__canvas">{staticChart}</div>}
            >
              <Suspense fallback={<ChartSkeleton what="chart" />}>
                <div className="figure__canvas">
                  {engaged || kind === 'bar' ? <ChartPart comparison={c} series={series} /> : staticChart}
                </div>
                <FigureDrawn />
              </Suspense>
            </LazyBoundary>
          ) : (
            <ChartSkeleton what="chart" />
          )}
          <figcaption id="chart-summary" className="figure__summary">
            {c.summary}{' '}
            <button type="button" className="link-button" onClick={openTable}>
              See every figure in a table
            </button>
          </figcaption>
        </figure>
      )}
      <SourceLine source={dataset.source} />
    </section>
  );
}

/** Memoised: a control's click does not render it; it is marked busy (useBusy) until the new view is ready. */
export const ChartPanel = memo(ChartPanelView);
