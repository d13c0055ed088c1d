import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { announce, rowDetails } from '../domain/comparison/details';
import type { ChartRow, Comparison } from '../domain/comparison/types';
import { takePending } from './engagement';
import { CHART_LABEL, stepTo } from './chartLabel';
import { DetailsCard } from './ChartTooltip';
import { ComparisonChart, type ChartSeries, type Plot } from './ComparisonChart';

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

  // It replaces the static chart (StaticChart.tsx): what the reader did to that one is done to
  // this one, as it is committed (a render may be thrown away and run again; a commit is once).
  useLayoutEffect(() => {
    const { gesture, focus, keys } = takePending();
    const el = frame.current;
    if (focus) el?.focus();
    for (const key of keys) el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    if (!gesture) return;
    // recharts handles a pointer once it has laid itself out: two frames after its mount.
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => {
        const target = document.elementFromPoint(gesture.x, gesture.y);
        if (!target || !frame.current?.contains(target)) return;
        const init = { bubbles: true, cancelable: true, clientX: gesture.x, clientY: gesture.y, view: window };
        target.dispatchEvent(new MouseEvent(gesture.kind === 'hover' ? 'mousemove' : 'click', init));
      });
    });
    return () => cancelAnimationFrame(id);
  }, []);

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
    const count = c.rows.length;
    if (stepTo(e.key, null, count) === undefined) return;
    e.preventDefault();
    // From the state, not this render's index: keys replayed in one go (takePending) each step on.
    const key = e.key;
    setActive((at) => stepTo(key, at !== null && at < count ? at : null, count) ?? null);
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
