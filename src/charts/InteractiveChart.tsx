import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { announce, rowDetails } from '../domain/comparison/details';
import type { ChartRow, Comparison } from '../domain/comparison/types';
import { DetailsCard } from './ChartTooltip';
import { ComparisonChart, type ChartSeries, type Plot } from './ComparisonChart';

export const CHART_LABEL = 'Chart. Left and right arrow keys step through the weeks; Home and End jump to the first and last.';

export interface ChartPartProps {
  comparison: Comparison;
  series: readonly ChartSeries[];
  width?: number;
  height?: number;
}

interface InteractiveChartProps extends ChartPartProps {
  /** Lines or bars (LinePlot, BarPlot), each loaded with its own chunk. */
  plot: Plot;
}

/**
 * The chart plus the ways to read it without a mouse: arrow keys, Home and End step through
 * the weeks, a tap shows what hover shows, and every step is read out by a polite live region.
 */
function InteractiveChartView({ comparison: c, series, width, height, plot }: InteractiveChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const { metric, align, weeks } = c.view;
  const detailsOf = useCallback((row: ChartRow) => rowDetails(row, c.series, metric, align, weeks), [c.series, metric, align, weeks]);
  const index = active !== null && active < c.rows.length ? active : null;
  const details = useMemo(() => (index === null ? null : detailsOf(c.rows[index]!)), [index, detailsOf, c.rows]);

  // A tap anywhere outside the chart puts the card away.
  useEffect(() => {
    if (index === null) return;
    const away = (e: PointerEvent) => {
      if (!frame.current?.contains(e.target as Node)) setActive(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [index]);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = c.rows.length - 1;
    const next: Record<string, () => number | null> = {
      ArrowRight: () => Math.min(last, (index ?? -1) + 1),
      ArrowLeft: () => Math.max(0, (index ?? last + 1) - 1),
      Home: () => 0,
      End: () => last,
      Escape: () => null,
    };
    const step = next[e.key];
    if (!step || last < 0) return;
    e.preventDefault();
    setActive(step());
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- role="application": its arrow keys step through the weeks
    <div
      ref={frame}
      className="chart"
      role="application"
      aria-label={CHART_LABEL}
      aria-describedby="chart-summary"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setActive(null);
      }}
    >
      <p className="chart__axis-title">{c.yAxis.title}</p>
      <div className="chart__plot">
        <ComparisonChart
          rows={c.rows}
          segments={c.segments}
          series={series}
          metric={metric}
          kind={c.view.chart}
          scale={c.scale}
          xAxis={c.xAxis}
          yAxis={c.yAxis}
          markers={c.markers}
          detailsOf={detailsOf}
          activeIndex={index}
          onPick={setActive}
          title={c.heading}
          description={c.summary}
          width={width}
          height={height}
          plot={plot}
        />
        {details && <DetailsCard details={details} series={series} className="tooltip chart__card" />}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {details ? announce(details) : ''}
      </p>
    </div>
  );
}

/** Memoised: the chart redraws when its comparison or series change, never for a busy flag. */
export const InteractiveChart = memo(InteractiveChartView);
